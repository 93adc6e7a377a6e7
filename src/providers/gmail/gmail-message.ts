import type { gmail_v1 } from '@googleapis/gmail';
import { parseAddress } from '../../classifier/prepare/parse-address.ts';
import { parseAddressList, parseMessageIds, stripAngles } from '../address-list.ts';
import { cutToBytes, KEPT_HEADERS } from '../kept-headers.ts';
import { MAX_BODY_BYTES, type NormalizedMessage } from '../provider.ts';

/** Calendar invites worth downloading per message, at most. */
const MAX_CALENDAR_ATTACHMENTS = 2;

/**
 * A Gmail message read with `format=full` → NormalizedMessage. Gmail has already undone the
 * transfer encoding; bodies arrive base64url in the part's own charset. Attachments are never
 * downloaded, except calendar invites (see `calendarAttachmentIds`), whose text the reader fetched
 * and passes in `attachedCalendars`.
 */
export function normalizeGmailMessage(message: gmail_v1.Schema$Message, attachedCalendars: readonly string[] = []): NormalizedMessage {
  if (!message.id || !message.payload) throw new Error('message has no id or payload');
  const headers = new Map<string, string>();
  for (const h of message.payload.headers ?? []) {
    const name = (h.name ?? '').toLowerCase();
    if (name && !headers.has(name)) headers.set(name, h.value ?? '');
  }
  const bodies = { text: [] as string[], html: [] as string[], calendar: [] as string[] };
  collectParts(message.payload, bodies, 0);
  const internalDate = Number(message.internalDate);
  const headerDate = Date.parse(headers.get('date') ?? '');
  const receivedAt = new Date(Number.isFinite(internalDate) && internalDate > 0 ? internalDate : Number.isNaN(headerDate) ? 0 : headerDate);
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = headers.get(name);
    if (value !== undefined) kept[name] = value.slice(0, 4000);
  }
  const text = bodies.text.length ? cutToBytes(bodies.text.join('\n'), MAX_BODY_BYTES) : null;
  const html = bodies.html.length ? cutToBytes(bodies.html.join('\n'), MAX_BODY_BYTES) : null;
  return {
    providerMessageId: message.id,
    providerThreadId: message.threadId ?? null,
    rfcMessageId: stripAngles(headers.get('message-id')),
    inReplyTo: stripAngles(headers.get('in-reply-to')),
    references: parseMessageIds(headers.get('references')),
    from: parseAddress(headers.get('from') ?? ''),
    to: parseAddressList(headers.get('to')),
    cc: parseAddressList(headers.get('cc')),
    subject: (headers.get('subject') ?? '').slice(0, 1000),
    receivedAt,
    text,
    html,
    calendarParts: [...bodies.calendar, ...attachedCalendars].map((c) => cutToBytes(c, MAX_BODY_BYTES)),
    headers: kept,
    labels: message.labelIds ?? [],
    snippet: decodeHtmlEntities(message.snippet ?? '').slice(0, 500),
  };
}

function collectParts(part: gmail_v1.Schema$MessagePart, into: { text: string[]; html: string[]; calendar: string[] }, depth: number): void {
  if (depth > 20) return;
  const mimeType = (part.mimeType ?? '').toLowerCase();
  if (part.parts?.length) {
    for (const child of part.parts) collectParts(child, into, depth + 1);
    return;
  }
  const data = part.body?.data;
  if (!data) return; // empty, or stored by id (calendar invites are fetched by the reader)
  if (part.filename && !isCalendar(mimeType)) return; // an attachment: never read

  const decoded = decodeBody(data, charsetOf(part));
  if (mimeType === 'text/plain') into.text.push(decoded);
  else if (mimeType === 'text/html') into.html.push(decoded);
  else if (mimeType === 'text/calendar' || mimeType === 'application/ics') into.calendar.push(decoded);
}

function isCalendar(mimeType: string): boolean {
  return mimeType === 'text/calendar' || mimeType === 'application/ics';
}

/**
 * Calendar invites Gmail serves by attachmentId instead of inline (an `invite.ics`, a large
 * text/calendar part): the interview's time, zone and link are in them. Small ones only, a few per
 * message; everything else that is an attachment is never downloaded.
 */
export function calendarAttachmentIds(message: gmail_v1.Schema$Message): string[] {
  const ids: string[] = [];
  const visit = (part: gmail_v1.Schema$MessagePart, depth: number) => {
    if (depth > 20 || ids.length >= MAX_CALENDAR_ATTACHMENTS) return;
    for (const child of part.parts ?? []) visit(child, depth + 1);
    const attachmentId = part.body?.attachmentId;
    if (!part.parts?.length && !part.body?.data && attachmentId && isCalendar((part.mimeType ?? '').toLowerCase()) && (part.body?.size ?? 0) <= MAX_BODY_BYTES) {
      ids.push(attachmentId);
    }
  };
  if (message.payload) visit(message.payload, 0);
  return ids.slice(0, MAX_CALENDAR_ATTACHMENTS);
}

function charsetOf(part: gmail_v1.Schema$MessagePart): string {
  const contentType = part.headers?.find((h) => h.name?.toLowerCase() === 'content-type')?.value ?? '';
  return /charset="?([\w.:-]+)"?/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
}

function decodeBody(data: string, charset: string): string {
  const bytes = Buffer.from(data, 'base64url');
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/** Gmail's snippet is HTML-escaped. */
function decodeHtmlEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? _);
}
