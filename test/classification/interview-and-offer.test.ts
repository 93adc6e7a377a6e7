import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../src/classifier/prepare/parse-calendar.ts';
import { classifyFields } from './helpers.ts';

const ics = (dtstart: string, dtend: string, extra = ''): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', dtstart, dtend, 'SUMMARY:Interview with Acme - Data Engineer', 'ORGANIZER;CN=Jo Park:mailto:jo@acme.com', extra, 'UID:1@acme.com', 'END:VEVENT', 'END:VCALENDAR', '']
    .filter((l) => l.length > 0)
    .join('\r\n');

describe('calendar invites', () => {
  it('resolves an IANA TZID to the right instant, across daylight saving time', () => {
    const winter = parseCalendar(ics('DTSTART;TZID=America/New_York:20250115T140000', 'DTEND;TZID=America/New_York:20250115T150000'));
    const summer = parseCalendar(ics('DTSTART;TZID=America/New_York:20250715T140000', 'DTEND;TZID=America/New_York:20250715T150000'));
    expect(winter?.start?.toISOString()).toBe('2025-01-15T19:00:00.000Z');
    expect(summer?.start?.toISOString()).toBe('2025-07-15T18:00:00.000Z');
    expect(summer?.timeZone).toBe('America/New_York');
  });

  it('uses the calendar\'s own VTIMEZONE for non-IANA names', () => {
    const vtz = ['BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE'].join('\r\n');
    const source = ics('DTSTART;TZID=W. Europe Standard Time:20250610T090000', 'DTEND;TZID=W. Europe Standard Time:20250610T100000').replace('BEGIN:VEVENT', `${vtz}\r\nBEGIN:VEVENT`);
    const event = parseCalendar(source);
    expect(event?.start?.toISOString()).toBe('2025-06-10T07:00:00.000Z');
    expect(event?.end?.toISOString()).toBe('2025-06-10T08:00:00.000Z');
  });

  it('an Outlook VTIMEZONE whose yearly rules start in 1601 gives the right instant in winter, summer and at the turn of the year', () => {
    const vtz = ['BEGIN:VTIMEZONE', 'TZID:Pacific Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE'].join('\r\n');
    const at = (local: string): string | undefined =>
      parseCalendar(ics(`DTSTART;TZID=Pacific Standard Time:${local}`, `DTEND;TZID=Pacific Standard Time:${local}`).replace('BEGIN:VEVENT', `${vtz}\r\nBEGIN:VEVENT`))?.start?.toISOString();
    expect(at('20260102T090000')).toBe('2026-01-02T17:00:00.000Z');
    expect(at('20260309T090000')).toBe('2026-03-09T16:00:00.000Z'); // the day after DST starts (8 March 2026)
    expect(at('20261030T090000')).toBe('2026-10-30T16:00:00.000Z');
    expect(at('20261102T090000')).toBe('2026-11-02T17:00:00.000Z'); // the day after DST ends (1 November 2026)
    expect(at('20251231T230000')).toBe('2026-01-01T07:00:00.000Z');
  });

  it('a rule that ended (UNTIL) is history, not restarted near the event', () => {
    const vtz = ['BEGIN:VTIMEZONE', 'TZID:Custom', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:19800330T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3;UNTIL=19900325T010000Z', 'END:DAYLIGHT', 'BEGIN:STANDARD', 'DTSTART:19800928T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=9;UNTIL=19900930T010000Z', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n');
    const event = parseCalendar(ics('DTSTART;TZID=Custom:20250710T120000', 'DTEND;TZID=Custom:20250710T130000').replace('BEGIN:VEVENT', `${vtz}\r\nBEGIN:VEVENT`));
    expect(event?.start?.toISOString()).toBe('2025-07-10T11:00:00.000Z');
  });

  it.each([
    ['LOCATION:https://acme.zoom.us/j/91234567890?pwd=x', 'ZOOM'],
    ['LOCATION:https://meet.google.com/abc-defg-hij', 'GOOGLE_MEET'],
    ['X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0', 'TEAMS'],
    ['DESCRIPTION:Join: https://acme.webex.com/acme/j.php?MTID=m123', 'WEBEX'],
  ])('finds the meeting link in %s', (line, provider) => {
    const r = classifyFields({
      from: 'Jo Park <jo@acme.com>',
      subject: 'Interview with Acme - Data Engineer',
      text: 'Invite attached.',
      calendarParts: [ics('DTSTART:20250320T150000Z', 'DTEND:20250320T154500Z', line)],
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.interview?.meetingProvider).toBe(provider);
    expect(r.interview?.start?.toISOString()).toBe('2025-03-20T15:00:00.000Z');
    expect(r.interview?.organizer).toBe('Jo Park <jo@acme.com>');
  });

  it('an unparseable calendar part is ignored, not thrown', () => {
    expect(() => classifyFields({ from: 'x@acme.com', subject: 'Interview', text: 'hi', calendarParts: ['BEGIN:VCALENDAR\nthis is not ical'] })).not.toThrow();
  });
});

describe('scheduling links', () => {
  it.each([
    ['https://calendly.com/jo-acme/phone-screen', 'Calendly'],
    ['https://app.goodtime.io/schedule/abc', 'GoodTime'],
    ['https://cal.com/jo/30min', 'cal.com'],
    ['https://app.greenhouse.io/availability/7c9d1e2f', 'Greenhouse'],
  ])('%s is a %s scheduler', (url, provider) => {
    const r = classifyFields({ from: 'Jo Park <jo@acme.com>', subject: 'Phone screen for Data Engineer', text: `We would like to schedule a phone screen. Please pick a time: ${url}` });
    expect(r.category).toBe('INTERVIEW_INVITATION');
    expect(r.interview?.schedulingProvider).toBe(provider);
    expect(r.interview?.schedulingUrl).toBe(url);
  });

  it('an unknown host behind a "Schedule your interview" link', () => {
    const r = classifyFields({
      from: 'Acme Recruiting <jobs@acme.com>',
      subject: 'Interview for Data Engineer',
      html: '<p>We would like to invite you to interview.</p><a href="https://hire.example-scheduler.net/s/abc">Schedule your interview</a>',
    });
    expect(r.interview?.schedulingUrl).toBe('https://hire.example-scheduler.net/s/abc');
  });
});

describe('offers', () => {
  const offerText = (pay: string): string => `Hi Sam,\n\nWe are pleased to offer you the position of Data Engineer. ${pay}\n\nYour offer letter is attached.`;
  it.each([
    ['Your base salary will be $150,000 per year.', 150000, 'USD', 'YEAR'],
    ['Base salary: USD 150k annually.', 150000, 'USD', 'YEAR'],
    ['Your annual salary of £72,500 per annum.', 72500, 'GBP', 'YEAR'],
    ['A gross salary of €5.400 per month.', 5400, 'EUR', 'MONTH'],
    ['The hourly rate of CAD 62/hr applies.', 62, 'CAD', 'HOUR'],
  ])('base pay in "%s"', (pay, amount, currency, period) => {
    const r = classifyFields({ from: 'Acme Recruiting <jobs@acme.com>', subject: 'Your offer', text: offerText(pay) });
    expect(r.category).toBe('OFFER');
    expect(r.offer).toMatchObject({ baseSalary: amount, currency, period });
  });

  it('bonus, equity, start date (year from `now`) and benefits', () => {
    const r = classifyFields(
      {
        from: 'Acme Recruiting <jobs@acme.com>',
        subject: 'Offer of employment',
        text: offerText('Base salary $150,000 per year, a $10,000 signing bonus and 8,000 RSUs. Your start date is March 3. Benefits include medical, dental, vision, a 401(k) match and unlimited PTO.'),
      },
      undefined,
      new Date('2025-11-20T00:00:00Z'),
    );
    expect(r.offer?.bonus).toBe('signing bonus $10,000');
    expect(r.offer?.equity).toBe('8,000 rsus');
    expect(r.offer?.startDate).toBe('2026-03-03');
    expect(r.offer?.benefitsMentioned).toEqual(expect.arrayContaining(['health', 'dental', 'vision', '401(k)', 'PTO']));
  });

  it('a retail "offer" is not an offer', () => {
    const r = classifyFields({ from: 'Shop <deals@shop.example>', subject: 'Exclusive offer: 30% off', text: 'Our special offer ends Sunday. Use promo code SAVE30. Shop now!' });
    expect(r.category).toBe('NOT_JOB_RELATED');
    expect(r.offer).toBeNull();
  });
});
