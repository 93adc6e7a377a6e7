import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEml } from '../../src/classifier/prepare/parse-eml.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

describe('parseEml', () => {
  it('reads from, subject, text and a text/calendar alternative part', async () => {
    const m = await parseEml(fixture('calendar-meet-vtimezone.eml'));
    expect(m.from).toEqual({ address: 'ellie.park@sundialhq.com', name: 'Ellie Park' });
    expect(m.subject).toContain('Phone Screen');
    expect(m.text).toContain('Google Meet');
    expect(m.calendarParts).toHaveLength(1);
    expect(m.calendarParts[0]).toContain('BEGIN:VEVENT');
  });

  it('reads a text/calendar attachment and list headers', async () => {
    expect((await parseEml(fixture('calendar-teams-attachment.eml'))).calendarParts[0]).toContain('X-MICROSOFT-SKYPETEAMSMEETINGURL');
    expect((await parseEml(fixture('podcast-interview.eml'))).headers['list-id']).toContain('buildlog');
  });

  it('reads an HTML-only message', async () => {
    const m = await parseEml(fixture('html-only-confirmation.eml'));
    expect(m.html).toContain('<table>');
    expect(m.date?.toISOString()).toBe('2025-03-04T15:20:00.000Z');
  });
});
