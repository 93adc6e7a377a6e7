/** Job and requisition ids: the surest way to join a message to an application. */

import { findAtsByLinkHost } from '../read/ats-senders.ts';
import type { ParsedLink } from '../prepare/extract-links.ts';

export interface AtsIdResult {
  atsProvider: string | null;
  atsJobId: string | null;
  evidence: string | null;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const TEXT_ID_PATTERNS: readonly RegExp[] = [
  /\b(?:req(?:uisition)?(?![-\d])\.?\s{0,2}(?:id|#|no\.?|number)?|job\s{0,2}(?:id|#|no\.?|number|code)|posting\s{0,2}(?:id|#)|position\s{0,2}(?:id|#|no\.?)|reference\s{0,2}(?:id|#|no\.?)|ref\.?\s{0,2}(?:id|#|no\.?)?|vacancy\s{0,2}(?:id|#|no\.?))\s{0,2}[:#]?\s{0,2}([A-Z]{0,4}-?\d[\w-]{1,20})/i,
  /\bannouncement\s+number:?\s{0,2}([A-Z0-9][\w-]{3,30})/i,
  /(?<![\w-])((?:JR|R|REQ)-?\d{4,8})(?![\w-])/,
  /\(ID\s{0,2}(\d[\w-]{2,20})\)/,
  /#(\d{3,10})\b/,
];

export function extractAtsJobId(links: readonly ParsedLink[], subject: string, body: string, senderAts: string | null): AtsIdResult {
  for (const link of links) {
    const fromLink = idFromLink(link);
    if (!fromLink) continue;
    // The link may carry the short form of a year-numbered requisition ("…/jobs/14471/…" for "Job ID 2026-14471"):
    // the year is part of the number as the employer writes it. Other prefixes ("24-1187") stay the link's.
    const written = idFromText(subject, body);
    if (written && written.id === `${/^(?:19|20)\d\d-/.exec(written.id)?.[0] ?? '-'}${fromLink.atsJobId}`) {
      return { atsProvider: fromLink.atsProvider, atsJobId: written.id, evidence: `job id ${written.id} from ${written.where} (short form ${fromLink.atsJobId} in the ${fromLink.atsProvider} link)` };
    }
    return { ...fromLink, evidence: `job id ${fromLink.atsJobId} from ${fromLink.atsProvider} link` };
  }
  const written = idFromText(subject, body);
  if (written) return { atsProvider: senderAts, atsJobId: written.id, evidence: `job id ${written.id} from ${written.where}` };
  return { atsProvider: senderAts, atsJobId: null, evidence: null };
}

function idFromText(subject: string, body: string): { id: string; where: 'subject' | 'body' } | null {
  for (const [text, where] of [
    [subject, 'subject'],
    [body.slice(0, 8000), 'body'],
  ] as const) {
    for (const pattern of TEXT_ID_PATTERNS) {
      const m = pattern.exec(text);
      if (m?.[1]) return { id: m[1], where };
    }
  }
  return null;
}

function idFromLink(link: ParsedLink): { atsProvider: string; atsJobId: string } | null {
  const ats = findAtsByLinkHost(link.host);
  const ghJid = /[?&]gh_jid=(\d{3,12})/.exec(link.search);
  if (ghJid?.[1]) return { atsProvider: 'Greenhouse', atsJobId: ghJid[1] };
  if (!ats) return null;
  const segments = link.path.split('/').filter((s) => s.length > 0);
  switch (ats.name) {
    case 'Greenhouse': {
      const i = segments.indexOf('jobs');
      const id = i >= 0 ? segments[i + 1] : undefined;
      return id && /^\d{3,12}$/.test(id) ? { atsProvider: ats.name, atsJobId: id } : null;
    }
    case 'Lever':
    case 'Ashby': {
      // Only posting links carry the job's id; scheduling links carry an interview's.
      if (!link.host.startsWith('jobs.')) return null;
      const id = segments.find((s) => UUID.test(s));
      return id ? { atsProvider: ats.name, atsJobId: id.toLowerCase() } : null;
    }
    case 'Workday': {
      // …/job/City/Senior-Engineer_R-12345 or _JR12345
      const last = segments[segments.length - 1] ?? '';
      const m = /_((?:JR|R|REQ)-?\d{3,10}(?:-\d{1,3})?)$/i.exec(last);
      return m?.[1] ? { atsProvider: ats.name, atsJobId: m[1] } : null;
    }
    case 'SmartRecruiters': {
      const id = segments.find((s) => /^\d{6,}/.test(s));
      return id ? { atsProvider: ats.name, atsJobId: (/^\d+/.exec(id) ?? [id])[0] } : null;
    }
    case 'iCIMS': {
      const i = segments.indexOf('jobs');
      const id = i >= 0 ? segments[i + 1] : undefined;
      return id && /^\d{2,10}$/.test(id) ? { atsProvider: ats.name, atsJobId: id } : null;
    }
    case 'Workable':
    case 'Jobvite':
    case 'Teamtailor':
    case 'Recruitee':
    case 'BambooHR':
    case 'Personio': {
      const i = segments.findIndex((s) => s === 'j' || s === 'jobs' || s === 'job' || s === 'o');
      const id = i >= 0 ? segments[i + 1] : undefined;
      return id && /^[\w-]{3,40}$/.test(id) && /\d/.test(id) ? { atsProvider: ats.name, atsJobId: (/^[\dA-Za-z]+/.exec(id) ?? [id])[0] } : null;
    }
    default:
      return null;
  }
}
