/** Phrase evidence per signal, from subject and body, with hedges and negations discounted. */

import type { CompiledTables } from './compile-tables.ts';
import { findHits, scanText, sumWeights } from './phrase-matcher.ts';
import type { HitOptions, PhraseHit } from './phrase-matcher.ts';
import { SIGNAL_NAMES } from './phrases/phrase-table.types.ts';
import type { SignalName } from './phrases/phrase-table.types.ts';

export interface SignalScore {
  score: number;
  subjectHits: PhraseHit[];
  bodyHits: PhraseHit[];
}

export type SignalScores = Record<SignalName, SignalScore>;

/** A subject states the message's purpose; its phrases count more than the body's. */
const SUBJECT_WEIGHT = 1.5;
/**
 * A reply keeps the subject of the message it answers ("Re: Your interview with
 * Acme"): it names the thread, not what the new text says, so it only supports.
 */
export const REPLY_SUBJECT_WEIGHT = 0.5;

const OPTIONS: Record<SignalName, HitOptions> = {
  rejection: { hedgeAware: true, negationAware: false },
  offer: { hedgeAware: true, negationAware: true },
  nextRound: { hedgeAware: true, negationAware: true },
  interview: { hedgeAware: true, negationAware: true },
  applicationReceived: { hedgeAware: false, negationAware: false },
  recruiterOutreach: { hedgeAware: false, negationAware: false },
  jobAlert: { hedgeAware: false, negationAware: false },
  accountOrReminder: { hedgeAware: false, negationAware: false },
  priorContact: { hedgeAware: false, negationAware: true },
  nonJobSense: { hedgeAware: false, negationAware: false },
  jobVocabulary: { hedgeAware: false, negationAware: false },
};

export function scoreSignals(matchSubject: string, matchBody: string, tables: CompiledTables, subjectWeight = SUBJECT_WEIGHT): SignalScores {
  const scores = {} as SignalScores;
  const subject = scanText(tables.phrases, matchSubject);
  const body = scanText(tables.phrases, matchBody);
  for (const signal of SIGNAL_NAMES) {
    const subjectHits = findHits(tables.phrases, signal, subject, OPTIONS[signal]);
    const bodyHits = findHits(tables.phrases, signal, body, OPTIONS[signal]);
    scores[signal] = { score: sumWeights(subjectHits) * subjectWeight + sumWeights(bodyHits), subjectHits, bodyHits };
  }
  return scores;
}

/** Human-readable evidence for the strongest hits of a signal. */
export function describeHits(score: SignalScore, limit = 3): string[] {
  const out: string[] = [];
  for (const h of score.subjectHits) if (h.cancelledBy === null && out.length < limit) out.push(`subject says "${h.phrase}"`);
  const body = [...score.bodyHits].filter((h) => h.cancelledBy === null).sort((a, b) => b.weight - a.weight);
  for (const h of body) if (out.length < limit) out.push(`body says "${h.phrase}"`);
  return out;
}

export function describeCancelled(score: SignalScore, limit = 2): string[] {
  return [...score.subjectHits, ...score.bodyHits]
    .filter((h) => h.cancelledBy !== null)
    .slice(0, limit)
    .map((h) => `ignored "${h.phrase}" (after "${h.cancelledBy}")`);
}
