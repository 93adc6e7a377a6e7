/** Interview details from calendar parts, meeting links and scheduling links. */

import type { InterviewDetails, MeetingProvider } from '../classification.types.ts';
import type { CompiledTables } from '../read/compile-tables.ts';
import type { ParsedLink } from '../prepare/extract-links.ts';
import { parseLinks, extractTextLinks } from '../prepare/extract-links.ts';
import type { CalendarEvent } from '../prepare/parse-calendar.ts';

interface MeetingHost {
  provider: MeetingProvider;
  host: RegExp;
  path?: RegExp;
}

const MEETING_HOSTS: readonly MeetingHost[] = [
  { provider: 'ZOOM', host: /(?:^|\.)zoom\.us$|(?:^|\.)zoomgov\.com$/, path: /^\/(?:j|w|my|s)\// },
  { provider: 'GOOGLE_MEET', host: /^meet\.google\.com$/ },
  { provider: 'TEAMS', host: /^teams\.microsoft\.com$|^teams\.live\.com$/, path: /^\/(?:l\/meetup-join|meet)/ },
  { provider: 'WEBEX', host: /(?:^|\.)webex\.com$/ },
  { provider: 'OTHER', host: /(?:^|\.)(?:whereby\.com|gotomeeting\.com|bluejeans\.com|chime\.aws|meet\.jit\.si|around\.co)$/ },
];

interface SchedulingHost {
  name: string;
  host: RegExp;
  path?: RegExp;
}

const SCHEDULING_HOSTS: readonly SchedulingHost[] = [
  { name: 'Calendly', host: /(?:^|\.)calendly\.com$/ },
  { name: 'GoodTime', host: /(?:^|\.)goodtime\.io$/ },
  { name: 'cal.com', host: /^(?:app\.)?cal\.com$/ },
  { name: 'Greenhouse', host: /(?:^|\.)greenhouse\.io$/, path: /\/(?:availability|scheduling|schedule|interviews?|self[-_]schedul)/i },
  { name: 'Lever', host: /(?:^|\.)lever\.co$/, path: /\/(?:interview|schedul)/i },
  { name: 'Ashby', host: /(?:^|\.)ashbyhq\.com$/, path: /\/(?:interview|schedul)/i },
  { name: 'Gem', host: /(?:^|\.)gem\.com$/, path: /\/(?:schedul|availability)/i },
  { name: 'Paradox', host: /(?:^|\.)paradox\.ai$/ },
  { name: 'ModernLoop', host: /(?:^|\.)modernloop\.io$/ },
  { name: 'YouCanBook.me', host: /(?:^|\.)youcanbook\.me$/ },
  { name: 'Microsoft Bookings', host: /^outlook\.office(?:365)?\.com$/, path: /\/(?:owa\/calendar|book)/i },
  { name: 'HubSpot Meetings', host: /^meetings\.hubspot\.com$/ },
  { name: 'Google Calendar', host: /^calendar\.(?:app\.)?google(?:\.com)?$/, path: /\/(?:appointments|calendar\/appointments)/i },
  { name: 'Avature', host: /(?:^|\.)avature\.net$/, path: /\/(?:schedul|interview)/i },
  { name: 'Comeet', host: /(?:^|\.)comeet\.(?:co|com)$/, path: /\/(?:schedul|interview)/i },
  { name: 'Spark Hire', host: /(?:^|\.)sparkhire\.com$/ },
];

export function findMeetingLink(links: readonly ParsedLink[]): { url: string; provider: MeetingProvider } | null {
  for (const link of links) {
    for (const m of MEETING_HOSTS) {
      if (m.host.test(link.host) && (!m.path || m.path.test(link.path))) return { url: link.href, provider: m.provider };
    }
  }
  return null;
}

export function findSchedulingLink(links: readonly ParsedLink[], tables: CompiledTables): { url: string; provider: string } | null {
  for (const link of links) {
    for (const s of SCHEDULING_HOSTS) {
      if (s.host.test(link.host) && (!s.path || s.path.test(link.path))) return { url: link.href, provider: s.name };
    }
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
