/**
 * Raw RFC 822 bytes → ClassifiableMessage, with mailparser. The one
 * asynchronous piece of the engine; everything after it is synchronous.
 */

import { simpleParser } from 'mailparser';
import type { AddressObject, ParsedMail } from 'mailparser';
import type { ClassifiableMessage, EmailAddress } from '../classification.types.ts';

const KEPT_HEADERS = ['list-unsubscribe', 'list-id', 'precedence', 'auto-submitted', 'x-auto-response-suppress', 'in-reply-to', 'references', 'message-id', 'reply-to'];

export async function parseEml(raw: Buffer | string): Promise<ClassifiableMessage> {
  const mail: ParsedMail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, keepCidLinks: false });
  const from = addresses(mail.from)[0] ?? { address: '', name: null };
  const headers: Record<string, string> = {};
  for (const line of mail.headerLines) {
    const key = line.key.toLowerCase();
    if (KEPT_HEADERS.includes(key) && !(key in headers)) headers[key] = line.line.slice(line.line.indexOf(':') + 1).trim();
  }
  return {
    from,
    to: addresses(mail.to),
    subject: mail.subject ?? '',
    // For HTML-only mail mailparser writes its own text version, gluing table cells together
    // ("Annual gross salary" + "EUR 72,000" → "salaryEUR 72,000"): read the HTML ourselves then.
    text: mail.html && !hasPlainTextPart(raw) ? null : (mail.text ?? null),
    html: typeof mail.html === 'string' ? mail.html : null,
    headers,
    calendarParts: calendarParts(mail),
    date: mail.date ?? null,
  };
}

/** Whether the message has a text/plain part (a message without any Content-Type header is plain text). */
function hasPlainTextPart(raw: Buffer | string): boolean {
  const source = typeof raw === 'string' ? raw.slice(0, MAX_HEADER_SCAN) : raw.subarray(0, MAX_HEADER_SCAN).toString('latin1');
  return PLAIN_PART.test(source) || !/^content-type:/im.test(source);
}

const MAX_HEADER_SCAN = 512 * 1024;
const PLAIN_PART = /^content-type:[ \t]*text\/plain/im;

function addresses(value: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  if (!value) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((group) => group.value).flatMap((a) =>
    a.address ? [{ address: a.address.toLowerCase(), name: a.name && a.name.length > 0 ? a.name : null }] : [],
  );
}

/** Calendar invites arrive as attachments or as a text/calendar alternative; mailparser exposes both as attachments. */
function calendarParts(mail: ParsedMail): string[] {
  const parts: string[] = [];
  for (const att of mail.attachments) {
    const type = att.contentType.toLowerCase();
    if (type === 'text/calendar' || type === 'application/ics' || att.filename?.toLowerCase().endsWith('.ics')) {
      parts.push(att.content.toString('utf8'));
    }
  }
  return parts;
}
