/**
 * What the statistical reading looks at: the words and word pairs of each sentence, marked with
 * the sentence's role (a word in a conditional promise or a pleasantry is another feature than
 * the same word in a statement; signatures and footers are left out), the subject's words, and
 * a few facts about the sender. Features are hashes: the engine computes them from the word scan
 * it already has, and `featureHash` computes the same number from the feature's readable name
 * in the weights file ("unfortunately", "other candidates", "c:interview", "s:application",
 * "x:ats").
 */

import { wordHash } from '../prepare/word-hash.ts';
import { ROLE_CODES } from '../read/sentence-roles.ts';
import type { SentenceReading } from '../read/sentence-roles.ts';
import { scanWords } from '../read/word-scan.ts';
import type { SenderProfile } from '../read/sender-profile.ts';

/** Facts about the message that are not its words. */
export interface MessageFacts {
  ats: boolean;
  platform: boolean;
  assessmentOrScreening: boolean;
  recruitingMailbox: boolean;
  freeMail: boolean;
  noSender: boolean;
  employerDomain: boolean;
  reply: boolean;
  noSubject: boolean;
  calendar: boolean;
  bulk: boolean;
}

export function messageFacts(sender: SenderProfile, matchSubject: string, isReply: boolean, hasCalendar: boolean, isBulk: boolean): MessageFacts {
  return {
    ats: sender.ats !== null,
    platform: sender.platform !== null,
    assessmentOrScreening: sender.assessment !== null || sender.screening !== null,
    recruitingMailbox: sender.recruitingMailbox,
    freeMail: sender.freeMail,
    noSender: sender.address === '',
    employerDomain: sender.domainNamesEmployer,
    reply: isReply,
    noSubject: matchSubject.trim() === '',
    calendar: hasCalendar,
    bulk: isBulk,
  };
}

const FACT_NAMES: readonly (keyof MessageFacts)[] = [
  'ats',
  'platform',
  'assessmentOrScreening',
  'recruitingMailbox',
  'freeMail',
  'noSender',
  'employerDomain',
  'reply',
  'noSubject',
  'calendar',
  'bulk',
];

// Salts keep a word's role-marked and subject features apart from the plain word.
const SUBJECT_SALT = 0x2545f491;
const ROLE_SALTS = [0, 0x68e31da4, 0x1b56c4e9, 0]; // statement, pleasantry ("p:"), conditional ("c:"), boilerplate (skipped)
const PAIR_SALT = 0x5bd1e995;
const PREFIXES: Record<string, number> = { 's:': SUBJECT_SALT, 'p:': ROLE_SALTS[ROLE_CODES.pleasantry]!, 'c:': ROLE_SALTS[ROLE_CODES.conditional]! };
/** Bounded work: a long body's later words add little to what it is about. */
const MAX_BODY_WORDS = 300;
const MAX_SUBJECT_WORDS = 40;

function salted(hash: number, salt: number): number {
  return salt === 0 ? hash : (Math.imul(hash ^ salt, 0x9e3779b1) >>> 2) | 0;
}

function pair(first: number, second: number): number {
  return (Math.imul(first, PAIR_SALT) ^ second ^ (second >>> 7)) & 0x3fffffff;
}

/** The hash of a feature written as in the weights file. */
export function featureHash(name: string): number {
  if (name.startsWith('x:')) return wordHash(name);
  let salt = 0;
  let words = name;
  const prefix = PREFIXES[name.slice(0, 2)];
  if (prefix !== undefined) {
    salt = prefix;
    words = name.slice(2);
  }
  const space = words.indexOf(' ');
  const hash = space < 0 ? wordHash(words) : pair(wordHash(words.slice(0, space)), wordHash(words.slice(space + 1)));
  return salted(hash, salt);
}

/**
 * Calls `visit` with every feature of the message (repeats included; the model counts each
 * feature once). With `names`, also passes the readable name (for training and debugging).
 */
export function visitFeatures(
  reading: SentenceReading,
  matchSubject: string,
  facts: MessageFacts,
  visit: (hash: number, name?: string) => void,
  names = false,
): void {
  const { words, wordRoles } = reading;
  const text = words.text;
  const count = Math.min(words.count, MAX_BODY_WORDS);
  for (let w = 0; w < count; w++) {
    const role = wordRoles[w]!;
    if (role === ROLE_CODES.boilerplate) continue;
    const salt = ROLE_SALTS[role]!;
    const hash = words.hashes[w]!;
    const prefix = role === ROLE_CODES.pleasantry ? 'p:' : role === ROLE_CODES.conditional ? 'c:' : '';
    visit(salted(hash, salt), names ? prefix + text.slice(words.starts[w], words.ends[w]) : undefined);
    if (w + 1 < count && words.sentence[w + 1] === words.sentence[w]) {
      visit(
        salted(pair(hash, words.hashes[w + 1]!), salt),
        names ? `${prefix}${text.slice(words.starts[w], words.ends[w])} ${text.slice(words.starts[w + 1], words.ends[w + 1])}` : undefined,
      );
    }
  }
  // The subject is scanned last: the body's scan shares its buffer and is finished above.
  const subject = scanWords(matchSubject);
  const subjectCount = Math.min(subject.count, MAX_SUBJECT_WORDS);
  for (let w = 0; w < subjectCount; w++) {
    visit(salted(subject.hashes[w]!, SUBJECT_SALT), names ? `s:${matchSubject.slice(subject.starts[w], subject.ends[w])}` : undefined);
  }
  for (const fact of FACT_NAMES) if (facts[fact]) visit(FACT_HASHES[fact], names ? `x:${fact}` : undefined);
}

const FACT_HASHES = Object.fromEntries(FACT_NAMES.map((f) => [f, wordHash(`x:${f}`)])) as Record<keyof MessageFacts, number>;
