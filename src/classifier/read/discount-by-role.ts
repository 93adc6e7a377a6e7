/**
 * Phrase hits take the role of the sentence they stand in: a status phrase inside a conditional
 * promise or inside a signature/footer is ignored (and reported as such), so the category comes
 * from the sentences that state something.
 */

import { overlaps, sumWeights } from './phrase-matcher.ts';
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

/**
 * The cue rule (phrases/en.ts) that reads "applying for the flat" as applying for something else; its hits are dropped
 * when a job noun follows the object ("the Tenancy Officer vacancy", "the Loan Processor role").
 */
export const NON_JOB_APPLICATION_RULE = 'applying for a non-job thing';
/** The cue rule (phrases/en.ts) that finds the reader's own job matter ("your interview", "ur cv"): job context by itself. */
export const READER_JOB_MATTER_RULE = "the reader's job matter";
/**
 * The cue rule (phrases/en.ts) that finds the reader on the hiring side of someone else's application (an ATS
 * notifying the hiring manager, an interviewer's scorecard, an offer to approve): no job mail for the reader, from
 * an ATS as much as from a colleague.
 */
export const HIRING_SIDE_RULE = 'the reader on the hiring side';
/** Rules whose non-job object gives way to a job noun inside or right after it. */
/** The cue rule that reads an application named by a non-job object before it ("your visa application"). */
export const NAMED_NON_JOB_APPLICATION_RULE = 'an application named by its object';
const OBJECT_RULES = new Set([NON_JOB_APPLICATION_RULE, NAMED_NON_JOB_APPLICATION_RULE, 'applying to join a club']);

/** Ignores body hits in sentences whose role carries no status; updates the scores in place. */
export function discountByRole(scores: SignalScores, reading: SentenceReading, subjectWeight: number, matchSubject = '', jobNounAhead?: RegExp, jobNounWithin?: RegExp): RoleDiscounts {
  if (jobNounAhead) dropNonJobObjectsOfJobTitles(scores, reading.words.text, matchSubject, jobNounAhead, subjectWeight, jobNounWithin);
  const text = reading.words.text;
  for (const signal of BOILERPLATE_DISCOUNTED) {
    const score = scores[signal];
    let changed = false;
    for (const hit of score.bodyHits) {
      if (hit.cancelledBy !== null) continue;
      const role = roleAt(reading, hit.index);
      if (insideQuotation(text, hit.index, reading)) {
        // A newsletter quoting "we went with an internal candidate" mentions the words; it does not use them.
        hit.cancelledBy = 'a quotation';
        changed = true;
      } else if (role === 'boilerplate') {
        hit.cancelledBy = 'signature or footer';
        changed = true;
      } else if (role === 'conditional' && CONDITIONAL_DISCOUNTED.includes(signal)) {
        hit.cancelledBy = 'a conditional promise';
        changed = true;
      }
    }
    if (changed) score.score = sumWeights(score.subjectHits) * subjectWeight + sumWeights(score.bodyHits);
  }
  dropNonJobSensesInsideStatements(scores, subjectWeight);
  dropNamedApplicationsBesideDecisions(scores, subjectWeight);
  const confirmations = scores.applicationReceived.bodyHits.filter((h) => h.cancelledBy === null);
  return {
    confirmationOnlyInPleasantries:
      scores.applicationReceived.subjectHits.every((h) => h.cancelledBy !== null) &&
      confirmations.length > 0 &&
      confirmations.every((h) => roleAt(reading, h.index) === 'pleasantry'),
  };
}

/** How far back a quotation mark may open the quote around a hit (about a sentence). */
const QUOTE_LOOKBACK = 160;

/** An odd number of double quotes between the start of the hit's sentence (or the look-back) and the hit. */
function insideQuotation(text: string, index: number, reading: SentenceReading): boolean {
  let from = Math.max(0, index - QUOTE_LOOKBACK);
  for (const s of reading.sentences) {
    if (s.start <= index && index <= s.end) {
      // A quote often spans sentences; look back into the previous one too.
      from = Math.max(from, s.start - 80);
      break;
    }
  }
  let quotes = 0;
  for (let i = from; i < index; i++) if (text.charCodeAt(i) === 34) quotes++;
  if (quotes % 2 === 0) return false;
  // …and the quote closes after the hit, in the same stretch of text.
  const close = text.indexOf('"', index);
  return close >= 0 && close - index < QUOTE_LOOKBACK;
}

function dropNonJobObjectsOfJobTitles(scores: SignalScores, body: string, subject: string, jobNounAhead: RegExp, subjectWeight: number, jobNounWithin?: RegExp): void {
  const senses = scores.nonJobSense;
  let changed = false;
  for (const [hits, text] of [
    [senses.bodyHits, body],
    [senses.subjectHits, subject],
  ] as const) {
    for (const hit of hits) {
      if (hit.cancelledBy !== null || hit.rule === undefined || !OBJECT_RULES.has(hit.rule)) continue;
      const after = text.slice(hit.index + hit.phrase.length, hit.index + hit.phrase.length + 60);
      // The object is read as a whole noun phrase: a job noun in it ("the Data Engineer role and an account") or right after it wins.
      if (jobNounAhead.test(after) || (jobNounWithin?.test(hit.phrase.toLowerCase()) ?? false)) {
        hit.cancelledBy = 'part of a job title';
        changed = true;
      }
    }
  }
  if (changed) senses.score = sumWeights(senses.subjectHits) * subjectWeight + sumWeights(senses.bodyHits);
}

const STATUS_SIGNALS: readonly SignalName[] = ['rejection', 'offer', 'nextRound', 'interview', 'applicationReceived'];

/**
 * "Our immigration team will support your work visa application": an application named by a non-job object beside a
 * decision about the job (an offer, an interview, a next round, a rejection) is part of that job, not another matter.
 */
function dropNamedApplicationsBesideDecisions(scores: SignalScores, subjectWeight: number): void {
  if (Math.max(scores.rejection.score, scores.offer.score, scores.nextRound.score, scores.interview.score) < 4) return;
  const senses = scores.nonJobSense;
  let changed = false;
  for (const hit of [...senses.bodyHits, ...senses.subjectHits]) {
    if (hit.cancelledBy === null && hit.rule === NAMED_NON_JOB_APPLICATION_RULE) {
      hit.cancelledBy = 'beside a decision about the job';
      changed = true;
    }
  }
  if (changed) senses.score = sumWeights(senses.subjectHits) * subjectWeight + sumWeights(senses.bodyHits);
}

/**
 * A non-job sense inside a decisive status statement is the statement's own wording ("invite you to
 * an interview with our manager" is not "an interview with" a celebrity): it does not count.
 */
function dropNonJobSensesInsideStatements(scores: SignalScores, subjectWeight: number): void {
  const senses = scores.nonJobSense;
  let changed = false;
  for (const sense of senses.bodyHits) {
    if (sense.cancelledBy !== null || sense.rule !== undefined) continue;
    for (const signal of STATUS_SIGNALS) {
      if (scores[signal].bodyHits.some((h) => h.cancelledBy === null && h.weight >= 4 && overlaps(h, sense.index, sense.phrase.length))) {
        sense.cancelledBy = 'part of a status statement';
        changed = true;
        break;
      }
    }
  }
  if (changed) senses.score = sumWeights(senses.subjectHits) * subjectWeight + sumWeights(senses.bodyHits);
}
