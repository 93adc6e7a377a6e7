/**
 * Compiles phrase tables into regular expressions and finds weighted hits,
 * discounting hits that a hedge ("if you are not selected…") or a negation
 * ("unable to offer") turns around. Phrases are literal apart from the "…"
 * gap, whose repetition is bounded and whose words cannot contain the space
 * that separates them, so no pattern can backtrack catastrophically.
 */

import type { PhraseTable, SignalName } from './phrases/phrase-table.types.ts';
import { SIGNAL_NAMES } from './phrases/phrase-table.types.ts';

export interface PhraseHit {
  phrase: string;
  weight: number;
  index: number;
  /** The hedge or negation cue that cancelled the hit, if any. */
  cancelledBy: string | null;
}

interface CompiledGroup {
  weight: number;
  pattern: RegExp;
}

export interface CompiledPhrases {
  signals: Record<SignalName, CompiledGroup[]>;
  hedge: RegExp;
  hedgeReleaser: RegExp;
  negation: RegExp;
}

const WORD_BEFORE = '(?<![a-z0-9])';
const WORD_AFTER = '(?![a-z0-9])';
/** How far back a hedge cue may stand from the phrase it hedges (one sentence). */
const SENTENCE_LOOKBACK = 200;
/** How far back a negation may stand ("not be able to offer you" ≈ 3 words). */
const NEGATION_LOOKBACK = 24;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One phrase → regex source. Spaces also match line breaks (wrapped text). */
export function phraseSource(phrase: string): string {
  return phrase
    .split('…')
    .map((part) => escapeRegExp(part.trim()).replace(/ /g, '[ \\n]'))
    .join('[ \\n](?:[^\\s.!?]{1,40}[ \\n]){0,3}');
}

/**
 * Longest first so that "not moving forward with your" wins over "not moving forward".
 * Phrases that start with a letter or digit are anchored with \b, which V8 scans for
 * much faster than a look-behind; the few that start with a symbol ("% off") use the look-behind.
 */
export function alternation(phrases: readonly string[], flags = 'g'): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const wordStart = sorted.filter((p) => /^[a-z0-9]/.test(p));
  const symbolStart = sorted.filter((p) => !/^[a-z0-9]/.test(p));
  const parts: string[] = [];
  if (wordStart.length > 0) parts.push(`\\b(?:${wordStart.map(phraseSource).join('|')})`);
  if (symbolStart.length > 0) parts.push(`${WORD_BEFORE}(?:${symbolStart.map(phraseSource).join('|')})`);
  return new RegExp(`(?:${parts.join('|')})${WORD_AFTER}`, flags);
}

export function compilePhraseTables(tables: readonly PhraseTable[]): CompiledPhrases {
  const signals = {} as Record<SignalName, CompiledGroup[]>;
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
      .map(([weight, phrases]) => ({ weight, pattern: alternation(phrases) }));
  }
  const hedges = tables.flatMap((t) => t.hedgeCues);
  const negations = tables.flatMap((t) => t.negationCues);
  const releasers = tables.flatMap((t) => t.hedgeReleasers);
  return {
    signals,
    hedge: alternation(hedges),
    hedgeReleaser: new RegExp(`,[ \\n]?(?:${releasers.map(phraseSource).join('|')})${WORD_AFTER}`),
    negation: alternation(negations, ''),
  };
}

export interface HitOptions {
  /** Ignore hits inside a conditional clause. */
  hedgeAware: boolean;
  /** Ignore hits right after a negation. */
  negationAware: boolean;
}

/** Distinct phrase hits of one signal in `text` (already normalized). */
export function findHits(
  compiled: CompiledPhrases,
  signal: SignalName,
  text: string,
  options: HitOptions,
): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const seen = new Set<string>();
  for (const group of compiled.signals[signal]) {
    group.pattern.lastIndex = 0;
    for (let m = group.pattern.exec(text); m; m = group.pattern.exec(text)) {
      const phrase = m[0].replace(/\n/g, ' ');
      // A shorter phrase inside an already counted longer one adds nothing.
      if (seen.has(phrase) || hits.some((h) => h.cancelledBy === null && overlaps(h, m.index, phrase.length))) continue;
      seen.add(phrase);
      hits.push({ phrase, weight: group.weight, index: m.index, cancelledBy: cancellingCue(compiled, text, m.index, options) });
    }
  }
  return hits;
}

function overlaps(hit: PhraseHit, index: number, length: number): boolean {
  return index < hit.index + hit.phrase.length && hit.index < index + length;
}

function cancellingCue(compiled: CompiledPhrases, text: string, index: number, options: HitOptions): string | null {
  if (options.negationAware) {
    const before = text.slice(Math.max(0, index - NEGATION_LOOKBACK), index);
    const clause = before.slice(lastClauseBreak(before) + 1);
    const neg = compiled.negation.exec(clause);
    if (neg) return neg[0];
  }
  if (options.hedgeAware) {
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

function lastClauseBreak(s: string): number {
  return lastBreak(s, CLAUSE_BREAKS);
}

function lastBreak(s: string, breaks: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    if (breaks.includes(s[i] ?? '')) return i;
  }
  return -1;
}

export function sumWeights(hits: readonly PhraseHit[]): number {
  let total = 0;
  for (const h of hits) if (h.cancelledBy === null) total += h.weight;
  return total;
}
