/**
 * The employer, never the relay. Every source proposes candidates with a
 * weight; candidates naming the same company add up, so a display name that
 * the body confirms beats a lone guess.
 */

import { ASSESSMENT_PLATFORMS, ATS_PROVIDERS, JOB_PLATFORMS, SCREENING_PLATFORMS } from '../read/ats-senders.ts';
import { companyKey, normalizeCompanyName, prettifySlug } from './company-name.ts';
import type { CompiledTables } from '../read/compile-tables.ts';
import type { ParsedLink } from '../prepare/extract-links.ts';
import type { SenderProfile } from '../read/sender-profile.ts';
import { visitTemplateMatches } from './template-matches.ts';
import type { TemplateText } from './template-matches.ts';

export interface CompanyResult {
  company: string | null;
  evidence: string | null;
}

interface Candidate {
  name: string;
  weight: number;
  source: string;
  /** A slug guessed from an address or link: trusted less unless the text confirms it. */
  fromSlug: boolean;
}

const RELAY_WORDS = new Set(
  [...ATS_PROVIDERS.map((a) => a.name), ...JOB_PLATFORMS.map((p) => p.name), ...ASSESSMENT_PLATFORMS.map((p) => p.name), ...SCREENING_PLATFORMS.map((p) => p.name), 'docusign', 'adobe sign', 'dropbox sign', 'hellosign', 'pandadoc', 'workday', 'myworkday', 'icims', 'greenhouse', 'lever', 'taleo', 'linkedin', 'indeed', 'glassdoor', 'gmail', 'outlook', 'google calendar', 'calendly', 'zoom', 'microsoft teams', 'spark hire recruit', 'spark hire']
    .map((s) => companyKey(s)),
);

/** A display name made only of these ("People Team", "Talent Acquisition") names a department, not an employer. */
const DEPARTMENT_WORDS = new Set([
  'the', 'people', 'team', 'teams', 'hr', 'human', 'resources', 'talent', 'acquisition', 'recruiting', 'recruitment', 'recruiter',
  'recruiters', 'careers', 'career', 'hiring', 'jobs', 'job', 'staffing', 'operations', 'ops', 'notifications', 'notification',
  'candidate', 'candidates', 'experience', 'global', 'university', 'campus', 'alerts', 'alert', '&', 'and', 'of',
]);

function namesOnlyADepartment(name: string): boolean {
  return name.toLowerCase().split(/[\s,/|-]+/).filter(Boolean).every((word) => DEPARTMENT_WORDS.has(word));
}

/** "LinkedIn Job Alerts", "Indeed Apply", "HackerRank Team": a relay's own mailbox, named after the relay. */
function namedAfterRelay(name: string): boolean {
  const words = name.split(/\s+/);
  return [1, 2].some((n) => words.length >= n && RELAY_WORDS.has(companyKey(words.slice(0, n).join(' '))));
}

/** Address and host labels that are infrastructure, not a company slug. */
const GENERIC_LABELS = new Set([
  'mail', 'email', 'emails', 'talent', 'us', 'eu', 'uk', 'ca', 'notifications', 'notification', 'noreply', 'no-reply', 'donotreply',
  'do-not-reply', 'do_not_reply', 'app', 'apps', 'jobs', 'careers', 'career', 'www', 'em', 'e', 'mg', 'reply', 'nurture', 'jobalerts',
  'trm', 'hire', 'recruiting', 'recruit', 'hr', 'scheduler', 'mailer-noreply', 'mailer', 'notify', 'info', 'system', 'admin',
  'support', 'enterprise', 'candidates', 'candidate', 'apply', 'boards', 'job-boards', 'api', 'wd1', 'wd3', 'wd5', 'wd10', 'wd12',
  'wd103', 'wd501', 'fa', 'ats', 'applications', 'autoreply', 'news', 'team', 'hello', 'message', 'messages', 'send', 'bounce',
]);

/** Link shapes whose first path segment is the employer's slug. */
const PATH_SLUG_HOSTS = [
  'boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io', 'jobs.lever.co',
  'jobs.eu.lever.co', 'jobs.ashbyhq.com', 'careers.smartrecruiters.com', 'jobs.smartrecruiters.com', 'apply.workable.com',
  'jobs.jobvite.com', 'careers.jobvite.com', 'ats.rippling.com', 'app.dover.io',
];
/** Link hosts whose left-most label is the employer's slug. */
const SUBDOMAIN_SLUG_SUFFIXES = [
  'myworkdayjobs.com', 'myworkdaysite.com', 'icims.com', 'bamboohr.com', 'teamtailor.com', 'recruitee.com', 'breezy.hr',
  'applytojob.com', 'jobs.personio.de', 'jobs.personio.com', 'workable.com', 'taleo.net', 'avature.net', 'pinpointhq.com',
];
const SENDER_SUBDOMAIN_SLUG_SUFFIXES = ['comeet-notifications.com', 'clinchtalent.com', 'avature.net', 'icims.com', 'taleo.net', 'successfactors.com'];

export function extractCompany(input: {
  sender: SenderProfile;
  subject: TemplateText;
  flatBody: string;
  lineBody: TemplateText;
  links: readonly ParsedLink[];
  tables: CompiledTables;
}): CompanyResult {
  const { sender, tables } = input;
  const candidates: Candidate[] = [];
  const add = (raw: string, weight: number, source: string, fromSlug = false): void => {
    const name = normalizeCompanyName(raw);
    const key = companyKey(name);
    if (key.length < 2 || name.length > 60 || RELAY_WORDS.has(key)) return;
    if (tables.notCompanies.has(name.toLowerCase()) || namesOnlyADepartment(name)) return;
    // Signatures put a person's job next to "Recruiting": "Jane Roe, Senior Recruiter Recruiting".
    if (tables.roleNoun.test(name.toLowerCase()) || /\b(?:sr|jr|dir|senior)\b/i.test(name)) return;
    if (/^[+\d][\d\s().-]{5,}/.test(name)) return;
    // "Join Zoom Meeting", "Join Microsoft Teams Meeting": the meeting, not the employer.
    if (MEETING_NAME.test(name)) return;
    candidates.push({ name, weight, source, fromSlug });
  };

  // On a free-mail address the display name is a person (or an independent recruiter), never an employer.
  if (!sender.freeMail) fromDisplayName(sender, add);
  fromSenderAddress(sender, add);
  for (const link of input.links) fromLink(link, add);
  fromTemplates(input.subject, tables, 3.5, 'subject', add);
  fromTemplates(input.lineBody, tables, 3, 'body', add);
  if (sender.domainNamesEmployer) {
    const label = registrableLabel(sender.domain);
    // A staffing agency's domain names the agency, not the client it recruits for.
    const agency = label !== null && /staffing|recruit|talent|search|resourc|consult|hire/.test(label);
    if (label) add(prettifySlug(label), agency ? 0.5 : 2, `sender domain ${sender.domain}`, true);
  }
  return pickCompany(candidates, `${input.subject.text}\n${input.lineBody.text}`);
}

type Add = (raw: string, weight: number, source: string, fromSlug?: boolean) => void;

const MEETING_NAME = /^(?:zoom|(?:microsoft\s+)?teams|google\s+meet|webex|skype|gotomeeting)(?:\s+(?:meeting|call|video|webinar|link|session)s?)?$/i;
const RELAY_SUFFIX = /^(.{2,60}?)\s+(?:via|@|at)\s+(?:greenhouse|lever|workday|ashby|icims|smartrecruiters|workable|jobvite|bamboohr|teamtailor|recruitee|comeet|breezy|jazzhr|taleo|spark hire\w*)\b/i;
const RECRUITING_SUFFIX =
  /^(.{2,60}?)(?:[\s,\-–|]+(?:global\s+)?(?:talent\s+acquisition(?:\s+team)?|recruiting(?:\s+team)?|recruitment(?:\s+team)?|recruiters?|careers?|hiring(?:\s+team)?|talent(?:\s+team)?|jobs|hr|human\s+resources|people(?:\s+team)?|workday(?:\s+notification)?|notifications?)){1,3}$/i;
const RECRUITING_PREFIX = /^(?:team|careers?|jobs|recruiting|talent\s+acquisition|talent|hr|workday|myworkday@)\s*[@:\-–]?\s*(.{2,60})$/i;
/** "Alicia Romero - Mercy Glen", "Tyler Quinn | Bluecrest Nurse Staffing": a person, then their organisation. */
const PERSON_THEN_ORGANISATION = /^([A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){1,2})\s+[-–|]\s+(.{2,60})$/;
const PERSON_FROM = /^[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,2}\s+(?:from|at|@)\s+(.{2,60})$/;

function fromDisplayName(sender: SenderProfile, add: Add): void {
  const name = splitCamelCase(
    sender.name
      .replace(/\[[^\]]{0,40}\]/g, '')
      .replace(/(?:do[_-]?not[_-]?reply|no[_-]?reply)[_\s-]*/gi, '')
      .replace(/_/g, ' ')
      .trim(),
  );
  if (!name || name.includes('@') && !/^myworkday@/i.test(name) && !RELAY_SUFFIX.test(name)) return;
  if (namedAfterRelay(name)) return;
  // "Jane Roe via DocuSign": a person sending through a relay names neither the employer nor the relay.
  const via = /^(.{2,60}?)\s+via\s+(.{2,40})$/i.exec(name);
  if (via?.[1] && via[2] && RELAY_WORDS.has(companyKey(via[2])) && looksLikePersonName(via[1])) return;
  const relay = RELAY_SUFFIX.exec(name);
  if (relay?.[1]) return add(relay[1], 5, `sender name "${name}"`);
  const person = PERSON_FROM.exec(name);
  if (person?.[1]) return add(person[1], 5, `sender name "${name}"`);
  const personThen = PERSON_THEN_ORGANISATION.exec(name);
  if (personThen?.[1] && personThen[2] && looksLikePersonName(personThen[1])) {
    const organisation = RECRUITING_SUFFIX.exec(personThen[2])?.[1] ?? personThen[2];
    return add(organisation, 5, `sender name "${name}"`);
  }
  const suffix = RECRUITING_SUFFIX.exec(name);
  if (suffix?.[1]) return add(suffix[1].replace(/^(?:the)\s+/i, ''), 5, `sender name "${name}"`);
  const prefix = RECRUITING_PREFIX.exec(name);
  if (prefix?.[1]) return add(prefix[1], 5, `sender name "${name}"`);
  if (/\b(?:do[\s_-]?not[\s_-]?reply|no[\s_-]?reply|notification|automated)\b/i.test(name)) return;
  // A bare display name from an ATS or a company mailbox is usually the company; a person's name is not.
  // A bare display name from an ATS or a company mailbox is usually the company, a person's name is not;
  // names that could be either get a small weight and win only when the body agrees.
  const personLike = looksLikePersonName(name);
  if (sender.domainNamesEmployer && companyKey(name) === companyKey(registrableLabel(sender.domain) ?? '')) add(name, 4, `sender name "${name}"`);
  else if (sender.ats || sender.recruitingMailbox) add(name, personLike ? 1 : 3, `sender name "${name}"`);
  else if (!personLike) add(name, 1.5, `sender name "${name}"`);
}

function fromSenderAddress(sender: SenderProfile, add: Add): void {
  if (!sender.ats) return;
  const local = (sender.localPart.split('+')[0] ?? '')
    .replace(/^user-.*/, '')
    .split(/[._]/)
    .filter((part) => !GENERIC_LABELS.has(part))
    .join('-');
  if (local && !GENERIC_LABELS.has(local) && !/\d{3,}/.test(local) && local.length > 2) {
    add(prettifySlug(local), 3, `sender address ${sender.address}`, true);
  }
  for (const suffix of SENDER_SUBDOMAIN_SLUG_SUFFIXES) {
    if (sender.domain.endsWith(`.${suffix}`)) {
      const labels = sender.domain.slice(0, -suffix.length - 1).split('.');
      const slug = labels.find((l) => !GENERIC_LABELS.has(l));
      if (slug) add(prettifySlug(slug), 3, `sender address ${sender.address}`, true);
    }
  }
}

function fromLink(link: ParsedLink, add: Add): void {
  if (PATH_SLUG_HOSTS.includes(link.host)) {
    const slug = link.path.split('/').find((s) => s.length > 0);
    if (slug && !GENERIC_LABELS.has(slug.toLowerCase()) && !/^\d+$/.test(slug) && slug.length > 1) {
      add(prettifySlug(decodeSafe(slug)), 4, `link ${link.host}/${slug}`, true);
    }
    return;
  }
  for (const suffix of SUBDOMAIN_SLUG_SUFFIXES) {
    if (link.host.endsWith(`.${suffix}`)) {
      const label = (link.host.slice(0, -suffix.length - 1).split('.')[0] ?? '').replace(/^careers?-/, '').replace(/-careers?$/, '');
      if (label && !GENERIC_LABELS.has(label)) add(prettifySlug(label), 4, `link ${link.host}`, true);
      return;
    }
  }
}

function fromTemplates(target: TemplateText, tables: CompiledTables, weight: number, where: string, add: Add): void {
  for (const template of tables.companyTemplates) {
    let found = 0;
    visitTemplateMatches(template, target, (m) => {
      const raw = m.groups?.['company'];
      if (raw) {
        const cut = cutAtStopWord(raw, tables.companyStopWords);
        if (cut) add(cut, weight, `${where} says "${m[0].trim()}"`);
        found++;
      }
      return found < 3;
    });
  }
}

function cutAtStopWord(raw: string, stopWords: ReadonlySet<string>): string {
  const words = raw.split(' ');
  const kept: string[] = [];
  for (const w of words) {
    const bare = w.toLowerCase().replace(/[.,;:!?]+$/, '');
    if (kept.length > 0 && stopWords.has(bare)) break;
    if (kept.length === 0 && stopWords.has(bare) && bare !== 'the') return '';
    kept.push(w);
    if (/[,;:!?]$/.test(w) || (/\.$/.test(w) && !/^(?:inc|co|corp|ltd|jr|sr|st)\.$/i.test(w))) break;
  }
  while (kept.length > 0 && /^(?:of|and|&|de|du|der|la|le|für|for|the)$/i.test(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join(' ');
}

function pickCompany(candidates: readonly Candidate[], text: string): CompanyResult {
  if (candidates.length === 0) return { company: null, evidence: null };
  const groups = new Map<string, { total: number; best: Candidate; sources: string[] }>();
  let spelledOut: string | null = null; // the text's letters and digits, built once if a slug needs it
  for (const c of candidates) {
    const key = companyKey(c.name);
    // A slug the text never spells out is a weak guess.
    if (c.fromSlug) spelledOut ??= text.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const weight = c.fromSlug && !(spelledOut ?? '').includes(key) ? c.weight * 0.6 : c.weight;
    const g = groups.get(key);
    if (!g) groups.set(key, { total: weight, best: c, sources: [c.source] });
    else {
      g.total += weight;
      if (g.best.fromSlug && !c.fromSlug) g.best = c;
      if (!g.sources.includes(c.source)) g.sources.push(c.source);
    }
  }
  // A name that starts a longer candidate ("Northwind" / "Northwind Traders") supports the fuller
  // name, which wins when the text itself spells it out; a lone longer guess does not.
  const entries = [...groups.entries()];
  const support = new Map<string, number>();
  for (const [key, g] of entries) {
    for (const [otherKey, other] of entries) {
      if (otherKey !== key && otherKey.length > key.length && otherKey.startsWith(key) && !other.best.fromSlug) {
        support.set(otherKey, Math.max(support.get(otherKey) ?? 0, g.total * 0.75));
      }
    }
  }
  for (const [key, extra] of support) {
    const g = groups.get(key);
    if (g) g.total += extra;
  }
  entries.sort((a, b) => b[1].total - a[1].total);
  const top = entries[0];
  if (!top) return { company: null, evidence: null };
  // U+0130 and the Kelvin sign lower-case into ASCII letters that stand between words: with them
  // the spelled-out letters no longer show which words could join, so respell tries every key.
  const name = top[1].best.fromSlug ? respell(top[0], text, /[\u0130\u212a]/.test(text) ? null : spelledOut) ?? top[1].best.name : top[1].best.name;
  return { company: name, evidence: `company "${name}" from ${top[1].sources.slice(0, 3).join('; ')}` };
}

/** Finds how the text spells a slug ("arescorporation" → "ARES Corporation", "sundialhq" → "Sundial"). */
function respell(key: string, text: string, spelledOut: string | null): string | null {
  // respellExact joins the text's words, so a key that the text's letters and digits (`spelledOut`;
  // null when unknown) do not contain cannot be found: the word-by-word search is skipped.
  const mayJoin = (k: string): boolean => spelledOut === null || spelledOut.includes(k);
  const found = mayJoin(key) ? respellExact(key, text) : null;
  if (found) return found;
  const trimmed = key.replace(/(?:hq|inc|corp|co|group|labs|jobs|careers|app|io|team|global|usa|us)$/, '');
  return trimmed !== key && trimmed.length >= 3 && mayJoin(trimmed) ? respellExact(trimmed, text) : null;
}

function respellExact(key: string, text: string): string | null {
  const words = text.slice(0, 30000).split(/[^A-Za-z0-9&]+/).filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(words.length, i + 4); j++) {
      joined += (words[j] ?? '').toLowerCase();
      if (joined === key) {
        const first = words[i] ?? '';
        if (first[0] === first[0]?.toUpperCase()) return normalizeCompanyName(words.slice(i, j + 1).join(' '));
      }
      if (joined.length >= key.length) break;
    }
  }
  return null;
}

function registrableLabel(domain: string): string | null {
  const labels = domain.split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return null;
  // co.uk, com.au: the label before the public suffix pair.
  const secondLevel = labels.length >= 3 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels[labels.length - 2] ?? '') ? labels.length - 3 : labels.length - 2;
  const label = labels[secondLevel] ?? null;
  return label && !GENERIC_LABELS.has(label) ? label : null;
}

/** Two or three capitalized words, no company-ish word: "Ryan Miller", "Mary Jo Finley". */
export function looksLikePersonName(name: string): boolean {
  const cleaned = name.replace(/["']/g, '').trim();
  if (/\b(?:robotics|aerospace|analytics|logistics|energy|labs?|media|games|studios?|foods?|motors|pharma\w*|bio\w*|consulting|capital|ventures|holdings|industries|international|partners|services|solutions|systems|technologies|tech|software|networks|health|healthcare|bank|financial|insurance|university|college|institute|hospital|agency|co|inc|llc|ltd|corp)\b/i.test(cleaned)) return false;
  if (/,/.test(cleaned)) return /^[A-Z][a-z'-]+,\s*[A-Z][a-z'-]+/.test(cleaned);
  const words = cleaned.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (/\b(?:inc|llc|ltd|corp|corporation|group|systems|solutions|technologies|labs|networks|bank|university|company|partners|health|capital|global|security|software|careers|recruiting|talent|team|the)\b/i.test(cleaned)) return false;
  return words.every((w) => /^[A-Z][a-z'’-]{1,20}\.?$/.test(w) || /^[A-Z]\.?$/.test(w));
}

/** "CapitalOneHRWorkday" → "Capital One HR Workday"; names with spaces are left alone. */
function splitCamelCase(name: string): string {
  if (name.includes(' ') || name.length > 60) return name;
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
