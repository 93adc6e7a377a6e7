import type { NormalizedMessage } from '../../providers/provider.ts';

/** Reply and forward prefixes in the languages recruiters write in: "Re:", "AW:", "Fwd:", "SV:", "回复:". */
const PREFIX = /^\s*(?:(?:re|aw|sv|vs|wg|fw|fwd|tr|antw|odp|r|rif|enc|res|回复|转发)\s*(?:\[\d+\])?\s*[:：]\s*)+/i;

export function normalizeSubject(subject: string): string {
  return subject.replace(PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The key of a message's thread when the provider gives none and no Reference/In-Reply-To names a
 * known message: its normalised subject with the other party, so two companies' "Thank you for
 * applying" (often from one ATS address) stay two threads.
 */
export function subjectThreadKey(message: Pick<NormalizedMessage, 'subject' | 'from' | 'to'>, ownAddress: string): string {
  const own = ownAddress.toLowerCase();
  const party = message.from.address.toLowerCase() === own ? message.to[0] : message.from;
  const who = party ? `${party.address.toLowerCase()}|${(party.name ?? '').trim().toLowerCase()}` : '';
  return `subject:${normalizeSubject(message.subject)}|${who}`.slice(0, 300);
}

/** Message-IDs that name the conversation this message replies to, nearest first. */
export function referencedMessageIds(message: Pick<NormalizedMessage, 'inReplyTo' | 'references'>): string[] {
  const ids = [...(message.inReplyTo ? [message.inReplyTo] : []), ...[...message.references].reverse()];
  return [...new Set(ids.map(stripAngles).filter(Boolean))];
}

export function stripAngles(id: string): string {
  return id.trim().replace(/^<|>$/g, '');
}

/**
 * Thread keying: the provider's thread id; else the thread of a referenced message already known
 * (`threadOfMessageId` looks up stored and same-page messages); else, for a reply ("Re:", "Fwd:")
 * whose references are unknown, the subject key; else the message starts its own thread. Fresh
 * messages are never merged by subject: an ATS sends every application's "We received your
 * application" from one address with one subject.
 */
export function threadKeyOf(
  message: Pick<NormalizedMessage, 'providerThreadId' | 'providerMessageId' | 'rfcMessageId' | 'inReplyTo' | 'references' | 'subject' | 'from' | 'to'>,
  ownAddress: string,
  threadOfMessageId: (rfcMessageId: string) => string | undefined,
): string {
  if (message.providerThreadId) return message.providerThreadId.slice(0, 300);
  for (const id of referencedMessageIds(message)) {
    const key = threadOfMessageId(id);
    if (key) return key;
  }
  const isReply = PREFIX.test(message.subject) || message.inReplyTo !== null || message.references.length > 0;
  if (isReply) return subjectThreadKey(message, ownAddress);
  return `message:${message.rfcMessageId ?? message.providerMessageId}`.slice(0, 300);
}
