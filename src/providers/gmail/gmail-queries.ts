import { ATS_PROVIDERS, JOB_PLATFORMS } from '../../classifier/read/ats-senders.ts';

/**
 * The two queries of a first sync. Pass 1 finds likely hiring mail anywhere (ATS and platform
 * senders, hiring phrases) so results show within seconds; pass 2 reads every other inbox message
 * of the window. Pass 2 excludes exactly what pass 1 matched, so no message is read twice.
 */

const HIRING_PHRASES = [
  'your application',
  'thank you for applying',
  'thanks for applying',
  'application received',
  'interview',
  'next steps',
  'offer letter',
  'not moving forward',
  'move forward with other candidates',
  'recruiter',
  'hiring manager',
  'job offer',
  'phone screen',
  'candidate',
];

function targets(): string {
  const domains = new Set<string>();
  for (const ats of ATS_PROVIDERS) for (const d of ats.senderDomains) domains.add(d);
  for (const platform of JOB_PLATFORMS) for (const d of platform.domains) domains.add(d);
  const senders = [...domains].map((d) => `from:${d}`);
  const phrases = HIRING_PHRASES.map((p) => `"${p}"`);
  return `{${[...senders, ...phrases].join(' ')}}`;
}

const TARGETS = targets();

/** Everything received in the window (`after:` takes epoch seconds). */
export function windowQuery(since: Date): string {
  return `after:${Math.floor(since.getTime() / 1000)}`;
}

export function targetedQuery(since: Date): string {
  return `${windowQuery(since)} -in:sent -in:drafts -in:chats ${TARGETS}`;
}

export function remainingInboxQuery(since: Date): string {
  return `${windowQuery(since)} in:inbox -${TARGETS}`;
}
