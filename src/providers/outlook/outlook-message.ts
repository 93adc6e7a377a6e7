import { parseMessageIds, stripAngles } from '../address-list.ts';
import { cutToBytes, KEPT_HEADERS } from '../kept-headers.ts';
import { MAX_BODY_BYTES, type NormalizedMessage } from '../provider.ts';

/** The message fields the delta query selects. */
export const OUTLOOK_SELECT = [
  'id',
  'conversationId',
  'conversationIndex',
  'internetMessageId',
  'subject',
  'from',
  'toRecipients',
  'ccRecipients',
  'receivedDateTime',
  'body',
  'bodyPreview',
  'parentFolderId',
].join(',');

interface Recipient {
  emailAddress?: { name?: string | null; address?: string | null } | null;
}

export interface GraphMessage {
  id: string;
  conversationId?: string | null;
  conversationIndex?: string | null;
  internetMessageId?: string | null;
  subject?: string | null;
  from?: Recipient | null;
  toRecipients?: Recipient[] | null;
  ccRecipients?: Recipient[] | null;
  receivedDateTime?: string | null;
  body?: { contentType?: string; content?: string } | null;
  bodyPreview?: string | null;
  '@removed'?: { reason: string };
}

const addressOf = (r: Recipient | null | undefined) => ({
  address: (r?.emailAddress?.address ?? '').toLowerCase().slice(0, 320),
  name: r?.emailAddress?.name && r.emailAddress.name !== r.emailAddress.address ? r.emailAddress.name.slice(0, 300) : null,
});

/**
 * A Graph message → NormalizedMessage. Delta does not return internet headers: References /
 * In-Reply-To / List-* are added by `withInternetHeaders`; the conversation index carries the thread.
 */
export function normalizeOutlookMessage(message: GraphMessage): NormalizedMessage {
  if (!message.id || !message.receivedDateTime) throw new Error('message has no id or receivedDateTime');
  const receivedAt = new Date(message.receivedDateTime);
  if (Number.isNaN(receivedAt.getTime())) throw new Error(`unreadable receivedDateTime ${message.receivedDateTime}`);
  const content = message.body?.content ?? '';
  const isHtml = (message.body?.contentType ?? '').toLowerCase() === 'html';
  return {
    providerMessageId: message.id,
    providerThreadId: threadIdOf(message),
    rfcMessageId: stripAngles(message.internetMessageId),
    inReplyTo: null,
    references: [],
    from: addressOf(message.from),
    to: (message.toRecipients ?? []).slice(0, 500).map(addressOf),
    cc: (message.ccRecipients ?? []).slice(0, 500).map(addressOf),
    subject: (message.subject ?? '').slice(0, 1000),
    receivedAt,
    text: isHtml ? null : cutToBytes(content, MAX_BODY_BYTES),
    html: isHtml ? cutToBytes(content, MAX_BODY_BYTES) : null,
    calendarParts: [],
    headers: {},
    labels: ['inbox'],
    snippet: (message.bodyPreview ?? '').slice(0, 500),
  };
}

export interface InternetHeader {
  name?: string | null;
  value?: string | null;
}

/**
 * What only the internet headers say (In-Reply-To, References, List-*, Precedence, …): Graph returns
 * them per message with `$select=internetMessageHeaders`, never in delta, so the reader fetches them
 * separately and adds them here.
 */
export function withInternetHeaders(message: NormalizedMessage, internetHeaders: readonly InternetHeader[]): NormalizedMessage {
  const byName = new Map<string, string>();
  for (const header of internetHeaders) {
    const name = (header.name ?? '').toLowerCase();
    if (name && !byName.has(name)) byName.set(name, header.value ?? '');
  }
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = byName.get(name);
    if (value !== undefined) kept[name] = value.slice(0, 4000);
  }
  return { ...message, inReplyTo: stripAngles(byName.get('in-reply-to')), references: parseMessageIds(byName.get('references')), headers: kept };
}

/** Bytes of a conversation index that name its conversation's first message (MS-OXOMSG 2.2.1.3). */
const CONVERSATION_HEADER_BYTES = 22;

/**
 * Graph's conversationId groups messages by subject, so two ATS confirmations with one subject (for
 * two roles) would share a thread. The conversation index's 22-byte header is set by the first
 * message and kept by every reply: the thread is that header, and the conversationId only when the
 * index is missing.
 */
export function threadIdOf(message: Pick<GraphMessage, 'conversationId' | 'conversationIndex'>): string | null {
  const index = message.conversationIndex ? Buffer.from(message.conversationIndex, 'base64') : null;
  if (index && index.length >= CONVERSATION_HEADER_BYTES) {
    return `${message.conversationId ?? 'conversation'}:${index.subarray(0, CONVERSATION_HEADER_BYTES).toString('base64url')}`;
  }
  return message.conversationId ?? null;
}
