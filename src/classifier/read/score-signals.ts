/** Phrase evidence per signal, from subject and body, with hedges and negations discounted. */

import type { CompiledTables } from './compile-tables.ts';
import { findCueHits } from './cue-rules.ts';
import type { SignalCueHit } from './cue-rules.ts';
import { cancellingCue, findHits, overlaps, scanText, sumWeights } from './phrase-matcher.ts';
import type { CompiledPhrases } from './phrase-matcher.ts';
import type { HitOptions, PhraseHit } from './phrase-matcher.ts';
import { SIGNAL_NAMES } from '../phrases/phrase-table.types.ts';
import type { SignalName } from '../phrases/phrase-table.types.ts';
import { scanWords } from './word-scan.ts';
import type { WordScan } from './word-scan.ts';

export interface SignalScore {
  score: number;
  subjectHits: PhraseHit[];
  bodyHits: PhraseHit[];
}

export type SignalScores = Record<SignalName, SignalScore>;

/** A subject states the message's purpose; its phrases count more than the body's. */
export const SUBJECT_WEIGHT = 1.5;
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
  return scoreSignalsAndScan(matchSubject, matchBody, tables, subjectWeight).scores;
}

/**
 * The scores, and the body's word scan for the sentence reader: it is the last scan made here, so
 * it stays valid until the caller's next `scanWords` (the scans share one buffer).
 */
export function scoreSignalsAndScan(
  matchSubject: string,
  matchBody: string,
  tables: CompiledTables,
  subjectWeight = SUBJECT_WEIGHT,
): { scores: SignalScores; bodyWords: WordScan } {
  const scores = {} as SignalScores;
  const cueRules = tables.phrases.cueRules;
  const hasRules = cueRules.rules.length > 0;
  // One word scan per text feeds both the phrase index and the cue rules; the scan's buffer is
  // reused by the next scan, so each text is finished before the next is scanned.
  const subjectWords = scanWords(matchSubject, hasRules ? cueRules.masks : null);
  const subject = scanText(tables.phrases, matchSubject, subjectWords);
  const subjectCues = hasRules ? findCueHits(cueRules, matchSubject, subjectWords) : [];
  const bodyWords = scanWords(matchBody, hasRules ? cueRules.masks : null);
  const body = scanText(tables.phrases, matchBody, bodyWords);
  const bodyCues = hasRules ? findCueHits(cueRules, matchBody, bodyWords) : [];
  for (const signal of SIGNAL_NAMES) {
    const subjectHits = findHits(tables.phrases, signal, subject, OPTIONS[signal]);
    const bodyHits = findHits(tables.phrases, signal, body, OPTIONS[signal]);
    if (subjectCues.length > 0) addCueHits(tables.phrases, signal, matchSubject, subjectCues, subjectHits);
    if (bodyCues.length > 0) addCueHits(tables.phrases, signal, matchBody, bodyCues, bodyHits);
    scores[signal] = { score: sumWeights(subjectHits) * subjectWeight + sumWeights(bodyHits), subjectHits, bodyHits };
  }
  return { scores, bodyWords };
}

/**
 * Compositional cue hits (cue-rules.ts) add to a signal only where no exact phrase of it
 * already stands: an exact phrase and a rule saying the same thing count once.
 */
function addCueHits(compiled: CompiledPhrases, signal: SignalName, text: string, cues: readonly SignalCueHit[], hits: PhraseHit[]): void {
  const exact = hits.length;
  const seen = new Map<string, PhraseHit | null>();
  for (const cue of cues) {
    if (cue.signal !== signal) continue;
    if (seen.has(cue.phrase)) {
      // Two rules reading the same words: the stronger reading counts ("could you pop in for a chat … about the job").
      const earlier = seen.get(cue.phrase);
      if (earlier) {
        if (earlier.weight < cue.weight) {
          earlier.weight = cue.weight;
          earlier.rule = cue.rule;
        }
        continue;
      }
    }
    seen.set(cue.phrase, null);
    let covered = false;
    const weaker: PhraseHit[] = [];
    for (let k = 0; k < exact; k++) {
      const h = hits[k];
      if (!h || h.cancelledBy !== null || !overlaps(h, cue.index, cue.phrase.length)) continue;
      if (h.weight >= cue.weight) covered = true;
      else weaker.push(h);
    }
    if (covered) continue;
    // A stronger rule reading of the same words ("application for a personal loan" over "personal loan") replaces them.
    for (const h of weaker) h.cancelledBy = `read as "${cue.phrase}"`;
    const hit: PhraseHit = { phrase: cue.phrase, weight: cue.weight, index: cue.index, cancelledBy: cancellingCue(compiled, text, cue.index, OPTIONS[signal]), rule: cue.rule };
    hits.push(hit);
    seen.set(cue.phrase, hit);
  }
}

/** The score of a signal's exact phrases alone (without compositional rule hits). */
export function exactScore(score: SignalScore, subjectWeight = SUBJECT_WEIGHT): number {
  const exact = (hits: PhraseHit[]) => sumWeights(hits.filter((h) => h.rule === undefined));
  return exact(score.subjectHits) * subjectWeight + exact(score.bodyHits);
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
