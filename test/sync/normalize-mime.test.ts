import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMboxReader } from '../../src/providers/mbox/index.ts';
import { isSkipped, normalizeMime } from '../../src/providers/normalize-mime.ts';
import { MAX_BODY_BYTES, type NormalizedMessage, type SyncPage } from '../../src/providers/provider.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

async function normalized(raw: Buffer | string): Promise<NormalizedMessage> {
  const result = await normalizeMime(Buffer.from(raw));
  if (isSkipped(result)) throw new Error(`skipped: ${result.reason}`);
  return result;
}

describe('normalizeMime', () => {
  it('reads ids, addresses, subject, date, text and the reply headers', async () => {
    const message = await normalized(readFileSync(new URL('../fixtures/mailboxes/history/10-northwind-technical-round.eml', import.meta.url)));
    expect(message).toMatchObject({
      providerMessageId: 'CAH-priya-002@mail.northwindtraders.com',
      rfcMessageId: 'CAH-priya-002@mail.northwindtraders.com',
      providerThreadId: null,
      inReplyTo: 'sam-reply-001@example.com',
      references: ['CAH-priya-001@mail.northwindtraders.com', 'sam-reply-001@example.com'],
      from: { address: 'priya.shah@northwindtraders.com', name: 'Priya Shah' },
      to: [{ address: 'sam.rivera@example.com', name: 'Sam Rivera' }],
      subject: 'Re: Interview invitation: Senior Software Engineer at Northwind Traders',
      receivedAt: new Date('2026-11-16T15:40:00Z'),
    });
    expect(message.text).toContain('technical round');
    expect(message.snippet.length).toBeLessThanOrEqual(500);
  });

  it('keeps calendar parts and bulk-mail headers; leaves text null for HTML-only mail', async () => {
    expect((await normalized(fixture('calendar-zoom-iana.eml'))).calendarParts[0]).toContain('BEGIN:VCALENDAR');
    const alert = await normalized(fixture('linkedin-job-alert-count.eml'));
    expect(alert.headers['list-unsubscribe']).toBeTruthy();
    const html = await normalized(fixture('html-only-confirmation.eml'));
    expect(html.text).toBeNull();
    expect(html.html).toContain('<');
  });

  it('cuts bodies beyond 256 KB and keeps no attachment', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 10_000);
    const attachment = Buffer.alloc(100_000, 1).toString('base64').replace(/.{76}/g, '$&\r\n');
    const raw = [
      'From: a@acme.com', 'To: b@example.com', 'Subject: big', 'Date: Mon, 02 Nov 2026 10:00:00 +0000', 'Message-ID: <big@acme.com>',
      'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain', '', big, '--b',
      'Content-Type: application/pdf; name="resume.pdf"', 'Content-Transfer-Encoding: base64', '', attachment, '--b--', '',
    ].join('\r\n');
    const message = await normalized(raw);
    expect(Buffer.byteLength(message.text!, 'utf8')).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(message.text!.length).toBeGreaterThan(MAX_BODY_BYTES - 10);
    expect(JSON.stringify(message)).not.toContain('resume.pdf');
  });

  it('turns what is not a message into a skipped record with the reason', async () => {
    const result = await normalizeMime(Buffer.from('this is not an email at all, just some bytes\n'));
    expect(isSkipped(result) && result.reason).toMatch(/not an RFC 822 message|no usable Date/);
  });
});

describe('the mbox reader', () => {
  it('splits an mbox file (unescaping >From lines) and continues a grown file from its cursor', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'applytrack-mbox-'));
    const entry = (n: number) =>
      `From MAILER-DAEMON Mon Nov 02 10:00:00 2026\nFrom: a@acme.com\nTo: b@example.com\nSubject: note ${n}\nDate: Mon, 02 Nov 2026 10:0${n}:00 +0000\nMessage-ID: <n${n}@acme.com>\n\nline one\n>From the start\n\n`;
    const file = join(dir, 'export.mbox');
    await writeFile(file, entry(1) + entry(2) + entry(3));
    const reader = createMboxReader(file, { pageSize: 2 });
    const pages: SyncPage[] = [];
    for await (const page of reader.pages({ cursor: null, since: new Date(0) })) pages.push(page);
    expect(pages.map((p) => p.messages.map((m) => m.subject))).toEqual([['note 1', 'note 2'], ['note 3']]);
    expect(pages[0]!.messages[0]!.text).toContain('From the start');
    expect(pages[0]!.messages[0]!.text).not.toContain('>From');

    await writeFile(file, entry(1) + entry(2) + entry(3) + entry(4));
    const more: string[] = [];
    for await (const page of reader.pages({ cursor: pages[1]!.cursor, since: new Date(0) })) more.push(...page.messages.map((m) => m.subject));
    expect(more).toEqual(['note 4']);
    // Another file is read from its beginning, whatever the stored cursor says.
    const other = join(dir, 'other.mbox');
    await writeFile(other, entry(5));
    const fromOther: string[] = [];
    for await (const page of createMboxReader(other).pages({ cursor: pages[1]!.cursor, since: new Date(0) })) fromOther.push(...page.messages.map((m) => m.subject));
    expect(fromOther).toEqual(['note 5']);
  });
});
