/**
 * Reads the first event of a text/calendar part with ical.js. Time zones are
 * resolved without touching ical.js's global registry: from the calendar's
 * own VTIMEZONE when it has one, else from the IANA database (Intl).
 */

import ICAL from 'ical.js';

export interface CalendarEvent {
  summary: string | null;
  description: string | null;
  start: Date | null;
  end: Date | null;
  timeZone: string | null;
  organizer: string | null;
  location: string | null;
  url: string | null;
  /** iTIP method: REQUEST, CANCEL, … */
  method: string | null;
  /** Every text value of the event, for meeting-link search. */
  allText: string;
}

const MAX_CALENDAR = 256 * 1024;

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

export function parseCalendar(source: string): CalendarEvent | null {
  let root: IcalComponent;
  try {
    root = new ICAL.Component(ICAL.parse(source.slice(0, MAX_CALENDAR)) as unknown[]);
  } catch {
    return null;
  }
  const calendar = root.name === 'vcalendar' ? root : root.getFirstSubcomponent('vcalendar');
  if (!calendar) return null;
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) return null;

  const timezones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
  const eventYear = yearOf(vevent.getFirstPropertyValue('dtstart'));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = String(vtz.getFirstPropertyValue('tzid') ?? '');
    if (tzid) {
      if (eventYear !== null) startRulesNear(vtz, eventYear);
      try {
        timezones.set(tzid, new ICAL.Timezone({ component: vtz, tzid }));
      } catch {
        // A broken VTIMEZONE falls back to the IANA name below.
      }
    }
  }

  const start = readTime(vevent, 'dtstart', timezones);
  let end = readTime(vevent, 'dtend', timezones);
  if (!end.date && start.date) {
    const duration = vevent.getFirstPropertyValue('duration');
    if (duration && typeof duration === 'object' && 'toSeconds' in duration) {
      end = { date: new Date(start.date.getTime() + (duration as { toSeconds(): number }).toSeconds() * 1000), tzid: start.tzid };
    }
  }
  const organizerRaw = vevent.getFirstPropertyValue('organizer');
  const organizerProp = vevent.getFirstProperty('organizer');
  const organizerName = organizerProp?.getParameter('cn');
  const organizerAddress = typeof organizerRaw === 'string' ? organizerRaw.replace(/^mailto:/i, '') : null;
  const text = (name: string): string | null => {
    const v = vevent.getFirstPropertyValue(name);
    return typeof v === 'string' && v.trim().length > 0 ? v.trim() : null;
  };
  const extra = vevent
    .getAllProperties()
    .filter((p) => /^(?:x-|url|location|description|summary|conference)/i.test(p.name))
    .map((p) => String(p.getFirstValue() ?? ''))
    .join('\n');
  const method = calendar.getFirstPropertyValue('method');
  return {
    summary: text('summary'),
    description: text('description'),
    start: start.date,
    end: end.date,
    timeZone: start.tzid,
    organizer: organizerAddress ? (typeof organizerName === 'string' ? `${organizerName} <${organizerAddress}>` : organizerAddress) : typeof organizerName === 'string' ? organizerName : null,
    location: text('location'),
    url: text('url'),
    method: typeof method === 'string' ? method.toUpperCase() : null,
    allText: extra.slice(0, 64 * 1024),
  };
}

/**
 * Outlook writes its zones' yearly rules as starting in 1601 (Google's in 1970), and ical.js
 * expands every year from there to the event: ~7 ms per invite. A yearly rule that never ends
 * gives the same transitions in any year, so it is restarted two years before the event (its
 * first instance is DTSTART itself, which need not fall on the rule: that year is never read).
 * Rules that end (UNTIL, COUNT) and one-off observances are history and are left alone.
 */
function startRulesNear(vtz: IcalComponent, eventYear: number): void {
  const from = eventYear - 2;
  for (const observance of vtz.getAllSubcomponents()) {
    if (observance.name !== 'standard' && observance.name !== 'daylight') continue;
    const rrules = observance.getAllProperties('rrule');
    if (rrules.length !== 1) continue;
    const rule = rrules[0]?.getFirstValue() as { freq?: string; until?: unknown; count?: unknown } | undefined;
    if (!rule || rule.freq !== 'YEARLY' || rule.until || rule.count) continue;
    const start = observance.getFirstPropertyValue('dtstart');
    if (!start || typeof start !== 'object' || !('year' in start)) continue;
    const time = start as IcalTime;
    if (time.year >= from) continue;
    const moved = time.clone();
    moved.year = from;
    observance.updatePropertyWithValue('dtstart', moved);
  }
}

function yearOf(value: unknown): number | null {
  return value && typeof value === 'object' && 'year' in value && typeof value.year === 'number' ? value.year : null;
}

function readTime(
  vevent: IcalComponent,
  name: string,
  timezones: ReadonlyMap<string, InstanceType<typeof ICAL.Timezone>>,
): { date: Date | null; tzid: string | null } {
  const prop = vevent.getFirstProperty(name);
  if (!prop) return { date: null, tzid: null };
  const value = prop.getFirstValue();
  if (!value || typeof value !== 'object' || !('year' in value)) return { date: null, tzid: null };
  const time = value as IcalTime;
  const tzParam = prop.getParameter('tzid');
  const tzid = typeof tzParam === 'string' ? tzParam : null;
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (time.zone?.tzid === 'UTC' || time.isDate && !tzid) {
    return { date: new Date(wall), tzid: time.zone?.tzid === 'UTC' ? 'UTC' : null };
  }
  if (tzid) {
    const vtz = timezones.get(tzid);
    if (vtz) {
      try {
        return { date: new Date(wall - vtz.utcOffset(time) * 1000), tzid };
      } catch {
        // fall through to the IANA database
      }
    }
    const offset = ianaOffsetSeconds(tzid, wall);
    if (offset !== null) return { date: new Date(wall - offset * 1000), tzid };
  }
  // Floating time: the invite gave no zone; report the wall clock as UTC and say so by a null zone.
  return { date: new Date(wall), tzid: null };
}

/** Offset of an IANA zone at the given wall-clock time (two passes settle DST edges). */
function ianaOffsetSeconds(tzid: string, wallMs: number): number | null {
  let format = FORMATS.get(tzid);
  if (!format) {
    try {
      format = createFormat(tzid);
    } catch {
      return null;
    }
    if (FORMATS.size >= MAX_FORMATS) FORMATS.clear();
    FORMATS.set(tzid, format);
  }
  const offsetAt = (utcMs: number): number => {
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const asUtc = Date.UTC(parts['year'] ?? 0, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0);
    return (asUtc - utcMs) / 1000;
  };
  const first = offsetAt(wallMs);
  return offsetAt(wallMs - first * 1000);
}

/** Building an Intl.DateTimeFormat costs ~150 µs; invites name few zones. */
const FORMATS = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATS = 64;

function createFormat(tzid: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: tzid,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
