/**
 * Compiles phrase tables and finds weighted hits, discounting hits that a
 * hedge ("if you are not selected…") or a negation ("unable to offer") turns
 * around. Signal phrases are found by the word index (phrase-index.ts) in one
 * pass per text; hedge and negation cues, looked up only around a hit, stay
 * regular expressions (phrase-source.ts).
 */

import { compileCueRules, indexCueRules } from './cue-rules.ts';
import type { CompiledCueRules } from './cue-rules.ts';
import { buildPhraseIndex, scanPhrases } from './phrase-index.ts';
import { scanWords } from './word-scan.ts';
import type { WordScan } from './word-scan.ts';
import type { PhraseIndex, PhraseMatch } from './phrase-index.ts';
import { alternation, phraseSource, WORD_AFTER } from './phrase-source.ts';
import type { PhraseTable, SignalName } from '../phrases/phrase-table.types.ts';
import { SIGNAL_NAMES } from '../phrases/phrase-table.types.ts';

export interface PhraseHit {
  phrase: string;
  weight: number;
  index: number;
  /** The hedge or negation cue that cancelled the hit, if any. */
  cancelledBy: string | null;
  /** Set when a compositional cue rule (cue-rules.ts), not an exact phrase, found the hit. */
  rule?: string;
}

/** The phrases of one signal at one weight: one group of the index. */
interface CompiledGroup {
  weight: number;
  group: number;
}

export interface CompiledPhrases {
  signals: Record<SignalName, CompiledGroup[]>;
  index: PhraseIndex;
  hedge: RegExp;
  hedgeReleaser: RegExp;
  timeClause: RegExp;
  negation: RegExp;
  cueRules: CompiledCueRules;
}

/** A normalized text with the matches of every phrase group: scan once, ask per signal. */
export interface PhraseScan {
  text: string;
  matches: PhraseMatch[][];
}

/** How far back a hedge cue may stand from the phrase it hedges (one sentence). */
const SENTENCE_LOOKBACK = 200;
/** How far back a negation may stand ("not be able to offer you" ≈ 3 words). */
const NEGATION_LOOKBACK = 24;

export function compilePhraseTables(tables: readonly PhraseTable[]): CompiledPhrases {
  const signals = {} as Record<SignalName, CompiledGroup[]>;
  const groups: string[][] = [];
  for (const name of SIGNAL_NAMES) {
    const byWeight = new Map<number, string[]>();
    for (const table of tables) {
      for (const group of table.signals[name]) {
        const list = byWeight.get(group.weight) ?? [];
        list.push(...group.phrases);
        byWeight.set(group.weight, list);
      }
    }
    signals[name] = [...byWeight.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([weight, phrases]) => ({ weight, group: groups.push(phrases) - 1 }));
  }
  const hedges = tables.flatMap((t) => t.hedgeCues);
  const negations = tables.flatMap((t) => t.negationCues);
  const releasers = tables.flatMap((t) => t.hedgeReleasers);
  const suppositions = tables.flatMap((t) => t.suppositions ?? []);
  const openers = tables.flatMap((t) => t.timeClauseOpeners);
  return {
    signals,
    index: buildPhraseIndex(groups),
    hedge: alternation(hedges),
    hedgeReleaser: new RegExp(
      `,[ \\n]?(?:${releasers.map(phraseSource).join('|')})${WORD_AFTER}` +
        (suppositions.length > 0 ? `(?![ \\n](?:${suppositions.map(phraseSource).join('|')})${WORD_AFTER})` : ''),
    ),
    negation: alternation(negations, ''),
    // "… once the position has been filled": an opener, maybe an article, then the hit.
    timeClause: new RegExp(`(?:^|[^a-z0-9])(?:${openers.map(phraseSource).join('|')})[ \\n](?:(?:the|this|that|your|our|a)[ \\n])?$`),
    cueRules: indexCueRules(compileCueRules(tables.flatMap((t) => t.cueRules))),
  };
}

export interface HitOptions {
  /** Ignore hits inside a conditional clause. */
  hedgeAware: boolean;
  /** Ignore hits right after a negation. */
  negationAware: boolean;
}

/** Finds the phrases of every signal in `text` (already normalized); pass its word scan when the caller has one. */
export function scanText(compiled: CompiledPhrases, text: string, words: WordScan = scanWords(text)): PhraseScan {
  return { text, matches: scanPhrases(compiled.index, words) };
}

/** Distinct phrase hits of one signal in a scanned text. */
export function findHits(compiled: CompiledPhrases, signal: SignalName, scan: PhraseScan, options: HitOptions): PhraseHit[] {
  const { text } = scan;
  const hits: PhraseHit[] = [];
  // Made for the first match: most signals have none in a given text.
  let seen: Set<string> | null = null;
  for (const group of compiled.signals[signal]) {
    for (const m of scan.matches[group.group] ?? []) {
      const phrase = text.slice(m.index, m.index + m.length).replace(/\n/g, ' ');
      seen ??= new Set<string>();
      // A shorter phrase inside an already counted longer one adds nothing.
      if (seen.has(phrase) || hits.some((h) => h.cancelledBy === null && overlaps(h, m.index, phrase.length))) continue;
      seen.add(phrase);
      hits.push({ phrase, weight: group.weight, index: m.index, cancelledBy: cancellingCue(compiled, text, m.index, options) });
    }
  }
  return hits;
}

export function overlaps(hit: PhraseHit, index: number, length: number): boolean {
  return index < hit.index + hit.phrase.length && hit.index < index + length;
}

export function cancellingCue(compiled: CompiledPhrases, text: string, index: number, options: HitOptions): string | null {
  if (options.negationAware) {
    const before = text.slice(Math.max(0, index - NEGATION_LOOKBACK), index);
    const clause = before.slice(lastClauseBreak(before) + 1);
    const neg = compiled.negation.exec(clause);
    if (neg) return neg[0];
  }
  if (options.hedgeAware) {
    const opener = compiled.timeClause.exec(text.slice(Math.max(0, index - 32), index));
    if (opener) return opener[0].trim();
    // A condition governs the rest of its sentence ("if …, that means … you were not selected")
    // unless a request opens the main clause ("if interested, please let me know when…").
    const before = text.slice(Math.max(0, index - SENTENCE_LOOKBACK), index);
    const sentence = before.slice(lastBreak(before, SENTENCE_BREAKS) + 1);
    compiled.hedge.lastIndex = 0;
    const hedge = compiled.hedge.exec(sentence);
    if (hedge && !compiled.hedgeReleaser.test(sentence.slice(hedge.index))) return hedge[0];
  }
  return null;
}

const CLAUSE_BREAKS = '.!?;,\n:';
const SENTENCE_BREAKS = '.!?;\n';
/**
 * Plain-text mail is hard-wrapped near 72 columns: a line break after a long line
 * ("… if you\nare not selected …") continues the sentence, while one after a short
 * line (a greeting, a list item, a signature) ends it.
 */
const WRAPPED_LINE_LENGTH = 40;

function lastClauseBreak(s: string): number {
  return lastBreak(s, CLAUSE_BREAKS);
}

function lastBreak(s: string, breaks: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i] ?? '';
    if (c === '\n' && isWrappedLineEnd(s, i)) continue;
    if (breaks.includes(c)) return i;
  }
  return -1;
}

function isWrappedLineEnd(s: string, newline: number): boolean {
  const start = s.lastIndexOf('\n', newline - 1) + 1;
  // Only text after the look-back window's start is known: a cut-off line counts as long.
  return newline - start >= WRAPPED_LINE_LENGTH || (start === 0 && newline > 0 && s.length >= SENTENCE_LOOKBACK);
}

export function sumWeights(hits: readonly PhraseHit[]): number {
  let total = 0;
  for (const h of hits) if (h.cancelledBy === null) total += h.weight;
  return total;
}
