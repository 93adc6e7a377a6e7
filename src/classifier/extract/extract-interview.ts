/** Interview details from calendar parts, meeting links and scheduling links. */

import type { InterviewDetails, MeetingProvider } from '../classification.types.ts';
import type { CompiledTables } from '../read/compile-tables.ts';
import type { ParsedLink } from '../prepare/extract-links.ts';
import { parseLinks, extractTextLinks } from '../prepare/extract-links.ts';
import type { CalendarEvent } from '../prepare/parse-calendar.ts';
import { DomainIndex } from '../read/ats-senders.ts';

/** A host family: `domains` match the host or any subdomain, `hosts` only exactly. */
interface HostSpec {
  domains?: readonly string[];
  hosts?: readonly string[];
  path?: RegExp;
}

interface MeetingHost extends HostSpec {
  provider: MeetingProvider;
}

const MEETING_HOSTS: readonly MeetingHost[] = [
  { provider: 'ZOOM', domains: ['zoom.us', 'zoomgov.com'], path: /^\/(?:j|w|my|s)\// },
  { provider: 'GOOGLE_MEET', hosts: ['meet.google.com'] },
  { provider: 'TEAMS', hosts: ['teams.microsoft.com', 'teams.live.com'], path: /^\/(?:l\/meetup-join|meet)/ },
  { provider: 'WEBEX', domains: ['webex.com'] },
  { provider: 'OTHER', domains: ['whereby.com', 'gotomeeting.com', 'bluejeans.com', 'chime.aws', 'meet.jit.si', 'around.co'] },
];

interface SchedulingHost extends HostSpec {
  name: string;
}

const SCHEDULING_HOSTS: readonly SchedulingHost[] = [
  { name: 'Calendly', domains: ['calendly.com'] },
  { name: 'GoodTime', domains: ['goodtime.io'] },
  { name: 'cal.com', hosts: ['cal.com', 'app.cal.com'] },
  { name: 'Greenhouse', domains: ['greenhouse.io'], path: /\/(?:availability|scheduling|schedule|interviews?|self[-_]schedul)/i },
  { name: 'Lever', domains: ['lever.co'], path: /\/(?:interview|schedul)/i },
  { name: 'Ashby', domains: ['ashbyhq.com'], path: /\/(?:interview|schedul)/i },
  { name: 'Gem', domains: ['gem.com'], path: /\/(?:schedul|availability)/i },
  { name: 'Paradox', domains: ['paradox.ai'] },
  { name: 'ModernLoop', domains: ['modernloop.io'] },
  { name: 'YouCanBook.me', domains: ['youcanbook.me'] },
  { name: 'Microsoft Bookings', hosts: ['outlook.office.com', 'outlook.office365.com'], path: /\/(?:owa\/calendar|book)/i },
  { name: 'HubSpot Meetings', hosts: ['meetings.hubspot.com'] },
  {
    name: 'Google Calendar',
    hosts: ['calendar.google', 'calendar.app.google', 'calendar.google.com', 'calendar.app.google.com'],
    path: /\/(?:appointments|calendar\/appointments)/i,
  },
  { name: 'Avature', domains: ['avature.net'], path: /\/(?:schedul|interview)/i },
  { name: 'Comeet', domains: ['comeet.co', 'comeet.com'], path: /\/(?:schedul|interview)/i },
  { name: 'Spark Hire', domains: ['sparkhire.com'] },
];

/**
 * Finds a link's host family with map probes (every HTML mail has links, most of them to no
 * meeting or scheduling host): no family shares a host with another, so the first family in
 * list order that matches is the only one.
 */
class HostSpecIndex<T extends HostSpec> {
  private readonly exact = new Map<string, T>();
  private readonly bySuffix: DomainIndex<T>;

  constructor(specs: readonly T[]) {
    for (const spec of specs) for (const h of spec.hosts ?? []) if (!this.exact.has(h)) this.exact.set(h, spec);
    this.bySuffix = new DomainIndex(specs, (s) => s.domains ?? []);
  }

  find(link: ParsedLink): T | null {
    const spec = this.exact.get(link.host) ?? this.bySuffix.find(link.host);
    return spec && (!spec.path || spec.path.test(link.path)) ? spec : null;
  }
}

const MEETING_INDEX = new HostSpecIndex(MEETING_HOSTS);
const SCHEDULING_INDEX = new HostSpecIndex(SCHEDULING_HOSTS);

export function findMeetingLink(links: readonly ParsedLink[]): { url: string; provider: MeetingProvider } | null {
  for (const link of links) {
    const m = MEETING_INDEX.find(link);
    if (m) return { url: link.href, provider: m.provider };
  }
  return null;
}

export function findSchedulingLink(links: readonly ParsedLink[], tables: CompiledTables): { url: string; provider: string } | null {
  for (const link of links) {
    const s = SCHEDULING_INDEX.find(link);
    if (s) return { url: link.href, provider: s.name };
  }
  // "Schedule your interview" on any link is a scheduler whose host we do not know.
  for (const link of links) {
    if (link.text && tables.schedulingLinkText.test(link.text.toLowerCase())) return { url: link.href, provider: hostName(link.host) };
  }
  return null;
}

function hostName(host: string): string {
  const labels = host.split('.');
  return labels.length >= 2 ? (labels[labels.length - 2] ?? host) : host;
}

export function extractInterview(event: CalendarEvent | null, links: readonly ParsedLink[], tables: CompiledTables): InterviewDetails | null {
  const eventLinks = event ? parseLinks(extractTextLinks(`${event.location ?? ''}\n${event.url ?? ''}\n${event.allText}`)) : [];
  const meeting = findMeetingLink(eventLinks) ?? findMeetingLink(links);
  const scheduling = findSchedulingLink(links, tables);
  if (!event && !meeting && !scheduling) return null;
  return {
    start: event?.start ?? null,
    end: event?.end ?? null,
    timeZone: event?.timeZone ?? null,
    organizer: event?.organizer ?? null,
    location: event?.location ?? null,
    meetingUrl: meeting?.url ?? null,
    meetingProvider: meeting?.provider ?? null,
    schedulingUrl: scheduling?.url ?? null,
    schedulingProvider: scheduling?.provider ?? null,
  };
}
