/**
 * Raw RFC 822 bytes → NormalizedMessage, with mailparser: the one normalize step of mbox and .eml
 * imports (and of any provider that hands out raw MIME). Bodies beyond MAX_BODY_BYTES are cut,
 * attachments are dropped (only calendar parts are kept, as text), and a message that cannot be
 * parsed becomes a SkippedMessage with the reason.
 */

import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { EmailAddress } from '../classifier/index.ts';
import { MAX_BODY_BYTES, type NormalizedMessage, type SkippedMessage } from './provider.ts';

/** Headers the classifier reads (bulk-mail markers, reply markers). */
const KEPT_HEADERS = new Set(['list-unsubscribe', 'list-id', 'precedence', 'auto-submitted', 'x-auto-response-suppress', 'reply-to']);
const MAX_CALENDAR_PARTS = 3;
const SNIPPET_LENGTH = 500;
const MAX_ID_LENGTH = 300;
const MAX_REFERENCES = 50;

export async function normalizeMime(raw: Buffer, fallbackReceivedAt: Date | null = null): Promise<NormalizedMessage | SkippedMessage> {
  const contentId = `sha256:${createHash('sha256').update(raw).digest('hex').slice(0, 40)}`;
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, keepCidLinks: false });
  } catch (error) {
    return skipped(contentId, `unparsable MIME: ${(error as Error).message}`.slice(0, 500), fallbackReceivedAt);
  }
  const rfcMessageId = mail.messageId ? stripAngles(mail.messageId).slice(0, 1000) : null;
  const providerMessageId = (rfcMessageId && rfcMessageId.length <= MAX_ID_LENGTH ? rfcMessageId : contentId);
  const from = addresses(mail.from)[0];
  if (mail.headerLines.length === 0 || (!from && !mail.date && !rfcMessageId)) {
    return skipped(providerMessageId, 'not an RFC 822 message (no From, Date or Message-ID header)', fallbackReceivedAt);
  }
  const receivedAt = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : fallbackReceivedAt;
  if (!receivedAt) return skipped(providerMessageId, 'no usable Date header', null);

  const headers: Record<string, string> = {};
  for (const line of mail.headerLines) {
    const key = line.key.toLowerCase();
    if (KEPT_HEADERS.has(key) && !(key in headers)) headers[key] = line.line.slice(line.line.indexOf(':') + 1).trim().slice(0, 2000);
  }
  const html = typeof mail.html === 'string' ? cut(mail.html) : null;
  // For HTML-only mail mailparser writes its own text version that glues table cells together;
  // leave text null then and let the classifier read the HTML (it converts it itself).
  const text = html && !hasPlainTextPart(raw) ? null : mail.text ? cut(mail.text) : null;
  const references = (Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : [])
    .slice(-MAX_REFERENCES)
    .map(stripAngles);
  return {
    providerMessageId,
    providerThreadId: null,
    rfcMessageId,
    inReplyTo: mail.inReplyTo ? stripAngles(mail.inReplyTo.split(/\s+/)[0] ?? '') || null : null,
    references,
    from: from ?? { address: '', name: null },
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: (mail.subject ?? '').slice(0, 1000),
    receivedAt,
    text,
    html,
    calendarParts: calendarParts(mail),
    headers,
    labels: [],
    snippet: snippetOf(mail.text ?? ''),
  };
}

export function isSkipped(result: NormalizedMessage | SkippedMessage): result is SkippedMessage {
  return 'reason' in result;
}

function skipped(providerMessageId: string, reason: string, receivedAt: Date | null): SkippedMessage {
  return { providerMessageId, providerThreadId: null, reason, receivedAt };
}

function stripAngles(id: string): string {
  return id.trim().replace(/^<|>$/g, '');
}

/** Cuts a body at MAX_BODY_BYTES of UTF-8 without splitting a character. */
function cut(body: string): string {
  if (body.length * 3 <= MAX_BODY_BYTES) return body;
  const bytes = Buffer.from(body, 'utf8');
  if (bytes.length <= MAX_BODY_BYTES) return body;
  return bytes.subarray(0, MAX_BODY_BYTES).toString('utf8').replace(/\uFFFD$/, '');
}

function snippetOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, SNIPPET_LENGTH);
}

function hasPlainTextPart(raw: Buffer): boolean {
  const head = raw.subarray(0, MAX_BODY_BYTES * 2).toString('latin1');
  return /^content-type:[ \t]*text\/plain/im.test(head) || !/^content-type:/im.test(head);
}

function addresses(value: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  if (!value) return [];
  const list = Array.isArray(value) ? value : [value];
  return list
    .flatMap((group) => group.value)
    .flatMap((a) => (a.address ? [{ address: a.address.toLowerCase().slice(0, 320), name: a.name ? a.name.slice(0, 300) : null }] : []));
}

/** Calendar invites come as a text/calendar alternative or an .ics attachment; every other attachment is dropped. */
function calendarParts(mail: ParsedMail): string[] {
  const parts: string[] = [];
  for (const att of mail.attachments) {
    const type = att.contentType.toLowerCase();
    if (type === 'text/calendar' || type === 'application/ics' || att.filename?.toLowerCase().endsWith('.ics')) {
      if (parts.length < MAX_CALENDAR_PARTS) parts.push(att.content.subarray(0, MAX_BODY_BYTES).toString('utf8'));
    }
  }
  return parts;
}
