/**
 * Phrase hits take the role of the sentence they stand in: a status phrase inside a conditional
 * promise or inside a signature/footer is ignored (and reported as such), so the category comes
 * from the sentences that state something.
 */

import { sumWeights } from './phrase-matcher.ts';
import type { SignalScores } from './score-signals.ts';
import { roleAt } from './sentence-roles.ts';
import type { SentenceReading } from './sentence-roles.ts';
import type { SignalName } from '../phrases/phrase-table.types.ts';

/** Signals a conditional promise cannot carry ("if selected, we will invite you to an interview"). */
const CONDITIONAL_DISCOUNTED: readonly SignalName[] = ['rejection', 'offer', 'nextRound', 'interview'];
/** Signals a signature or footer cannot carry (an equal-opportunity notice, a careers link text). */
const BOILERPLATE_DISCOUNTED: readonly SignalName[] = ['rejection', 'offer', 'nextRound', 'interview', 'applicationReceived', 'recruiterOutreach'];

export interface RoleDiscounts {
  /** Confirmation phrases that stand only in pleasantries ("thank you for applying"). */
  confirmationOnlyInPleasantries: boolean;
}

/** Ignores body hits in sentences whose role carries no status; updates the scores in place. */
export function discountByRole(scores: SignalScores, reading: SentenceReading, subjectWeight: number): RoleDiscounts {
  for (const signal of BOILERPLATE_DISCOUNTED) {
    const score = scores[signal];
    let changed = false;
    for (const hit of score.bodyHits) {
      if (hit.cancelledBy !== null) continue;
      const role = roleAt(reading, hit.index);
      if (role === 'boilerplate') {
        hit.cancelledBy = 'signature or footer';
        changed = true;
      } else if (role === 'conditional' && CONDITIONAL_DISCOUNTED.includes(signal)) {
        hit.cancelledBy = 'a conditional promise';
        changed = true;
      }
    }
    if (changed) score.score = sumWeights(score.subjectHits) * subjectWeight + sumWeights(score.bodyHits);
  }
  const confirmations = scores.applicationReceived.bodyHits.filter((h) => h.cancelledBy === null);
  return {
    confirmationOnlyInPleasantries:
      scores.applicationReceived.subjectHits.every((h) => h.cancelledBy !== null) &&
      confirmations.length > 0 &&
      confirmations.every((h) => roleAt(reading, h.index) === 'pleasantry'),
  };
}
