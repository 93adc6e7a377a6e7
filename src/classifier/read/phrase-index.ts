/**
 * Every signal phrase indexed by its first word, so that ONE left-to-right
 * pass over a text finds the matches of every signal and weight group —
 * instead of one regex pass per group, each trying dozens of alternatives at
 * every word. The pass reads the words of word-scan.ts (hashed once, shared
 * with the cue rules). It finds exactly what the group's alternation
 * `\b(?:longest|…|shortest)(?![a-z0-9])` with the g flag would find: at each
 * word start the first phrase (longest first) that matches there, and the
 * group's next match only after the end of that one.
 */

import { phraseSource, WORD_AFTER } from './phrase-source.ts';
import { finishHash, hashedEntry, lookUpRun, nextHash, toWordTable } from '../prepare/word-hash.ts';
import type { HashedWords, WordTable } from '../prepare/word-hash.ts';
import type { WordScan } from './word-scan.ts';

/** One phrase of one group, in the group's longest-first order. */
interface IndexedPhrase {
  group: number;
  /** The phrase as written (no gap): compared character by character, a space also matching a line break. */
  literal: string;
  /** Phrases with a "…" gap are matched by a sticky regex (bounded, see phraseSource). */
  gapPattern: RegExp | null;
  /**
   * A literal's first character after its leading word and the space after it (the next word's first
   * letter, mostly), or -1: one character of the text tells most phrases of a bucket ("not …" has 35)
   * that they cannot match, before their characters are compared one by one.
   */
  probe: number;
  /** Where `probe` stands in the literal. */
  probeAt: number;
}

export interface PhraseIndex {
  groupCount: number;
  /** Phrases starting with a letter or digit, by their leading run of [a-z0-9] ("your" → "your application has been received", …). */
  byFirstWord: WordTable<IndexedPhrase[]>;
  /** Phrases starting with a symbol ("% off"), keyed by that character's code. */
  bySymbol: Map<number, IndexedPhrase[]>;
}

export interface PhraseMatch {
  index: number;
  length: number;
}

/** `groups[i]` lists the phrases of group i; a group is one signal at one weight. */
export function buildPhraseIndex(groups: readonly (readonly string[])[]): PhraseIndex {
  const byFirstWord: HashedWords<IndexedPhrase[]> = new Map();
  const bySymbol = new Map<number, IndexedPhrase[]>();
  groups.forEach((phrases, group) => {
    // Longest first, as in the alternation: "not moving forward with your" wins over "not moving forward".
    const sorted = [...new Set(phrases.map((p) => p.trim()))].sort((a, b) => b.length - a.length);
    for (const phrase of sorted) {
      if (phrase.length === 0 || phrase.startsWith('…')) throw new Error(`phrase "${phrase}" must start with a word or symbol`);
      const word = phrase.slice(0, runEnd(phrase, 0));
      const gap = phrase.includes('…');
      // After the leading word (or symbol) comes its separator, then the probe; a gap phrase is matched by its regex alone.
      const probeAt = Math.max(word.length, 1) + 1;
      const entry: IndexedPhrase = {
        group,
        literal: phrase,
        gapPattern: gap ? new RegExp(`${phraseSource(phrase)}${WORD_AFTER}`, 'y') : null,
        probe: !gap && probeAt < phrase.length ? phrase.charCodeAt(probeAt) : -1,
        probeAt,
      };
      if (word.length > 0) hashedEntry(byFirstWord, word, () => [] as IndexedPhrase[]).value.push(entry);
      else {
        const bucket = bySymbol.get(phrase.charCodeAt(0)) ?? [];
        bucket.push(entry);
        bySymbol.set(phrase.charCodeAt(0), bucket);
      }
    }
  });
  return { groupCount: groups.length, byFirstWord: toWordTable(byFirstWord), bySymbol };
}

/**
 * The matches of every group in the scanned text (already normalized), each group's in text order.
 * A word of the scan made only of [a-z0-9] is one run with the hash the index uses, so it is
 * looked up directly; the characters are read again only inside other words ("won't" holds the
 * runs "won" and "t") and, when some phrase starts with a symbol, between words.
 */
let sharedNextStart = new Int32Array(32);

export function scanPhrases(index: PhraseIndex, words: WordScan): PhraseMatch[][] {
  const { text } = words;
  const matches: PhraseMatch[][] = [];
  for (let g = 0; g < index.groupCount; g++) matches.push([]);
  // Where each group's next match may start (the regex's lastIndex); a reused buffer, as allocating a typed array per text costs.
  if (sharedNextStart.length < index.groupCount) sharedNextStart = new Int32Array(index.groupCount);
  const nextStart = sharedNextStart;
  nextStart.fill(0, 0, index.groupCount);
  const hasSymbols = index.bySymbol.size > 0;
  let gapStart = 0;
  for (let w = 0; w < words.count; w++) {
    const start = words.starts[w] ?? 0;
    const end = words.ends[w] ?? 0;
    // Between words: only a symbol can start a phrase there, never the lone space or line break that most gaps are.
    if (hasSymbols && gapStart < start && !(start - gapStart === 1 && isSpaceOrBreak(text.charCodeAt(gapStart)))) {
      scanCharacters(index, text, gapStart, start, matches, nextStart);
    }
    if (words.plain[w] === 1) {
      // A run is a word start unless \w (an upper-case letter or "_") precedes it.
      if (start === 0 || !isWordChar(text.charCodeAt(start - 1))) {
        const first = lookUpRun(index.byFirstWord, words.hashes[w] ?? 0, text, start, end);
        if (first) matchBucket(first.value, text, start, end - start, matches, nextStart);
      }
    } else {
      scanCharacters(index, text, start, end, matches, nextStart);
    }
    gapStart = end;
  }
  if (hasSymbols && gapStart < text.length) scanCharacters(index, text, gapStart, text.length, matches, nextStart);
  return matches;
}

/** Phrase starts in text[from, to), character by character; runs of [a-z0-9] do not cross `from` or `to`. */
function scanCharacters(index: PhraseIndex, text: string, from: number, to: number, matches: PhraseMatch[][], nextStart: Int32Array): void {
  const hasSymbols = index.bySymbol.size > 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isLowerAlnum(c)) {
      let end = i + 1;
      let hash = nextHash(0, c);
      for (; end < to; end++) {
        const r = text.charCodeAt(end);
        if (!isLowerAlnum(r)) break;
        hash = nextHash(hash, r);
      }
      // Inside a run no position is a word start; the run itself starts a word unless \w precedes it.
      if (i === 0 || !isWordChar(text.charCodeAt(i - 1))) {
        const first = lookUpRun(index.byFirstWord, finishHash(hash), text, i, end);
        if (first) matchBucket(first.value, text, i, end - i, matches, nextStart);
      }
      i = end;
      continue;
    }
    // Phrases are trimmed, so none starts at a space or line break (the commonest characters between words).
    if (hasSymbols && c !== 32 && c !== 10 && (i === 0 || !isLowerAlnum(text.charCodeAt(i - 1)))) {
      const bucket = index.bySymbol.get(c);
      if (bucket) matchBucket(bucket, text, i, 1, matches, nextStart);
    }
    i++;
  }
}

function matchBucket(
  bucket: readonly IndexedPhrase[],
  text: string,
  at: number,
  knownPrefix: number,
  matches: PhraseMatch[][],
  nextStart: Int32Array,
): void {
  let matchedGroup = -1;
  for (const entry of bucket) {
    // Entries are grouped by group, longest first: the first that matches is the group's match here.
    if (entry.group === matchedGroup || (nextStart[entry.group] ?? 0) > at) continue;
    if (entry.probe >= 0) {
      // The same test matchLiteral makes at that character (a space in a phrase also matches a line break).
      const t = text.charCodeAt(at + entry.probeAt);
      if (t !== entry.probe && !(entry.probe === 32 && t === 10)) continue;
    }
    const length = entry.gapPattern ? matchGap(entry.gapPattern, text, at) : matchLiteral(entry.literal, text, at, knownPrefix);
    if (length === 0) continue;
    matches[entry.group]?.push({ index: at, length });
    nextStart[entry.group] = at + length;
    matchedGroup = entry.group;
  }
}

function matchLiteral(phrase: string, text: string, at: number, knownPrefix: number): number {
  const end = at + phrase.length;
  if (end > text.length) return 0;
  for (let j = knownPrefix; j < phrase.length; j++) {
    const p = phrase.charCodeAt(j);
    const t = text.charCodeAt(at + j);
    if (p !== t && !(p === 32 && t === 10)) return 0;
  }
  return end < text.length && isLowerAlnum(text.charCodeAt(end)) ? 0 : phrase.length;
}

function matchGap(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? m[0].length : 0;
}

function runEnd(s: string, from: number): number {
  let end = from;
  while (end < s.length && isLowerAlnum(s.charCodeAt(end))) end++;
  return end;
}

function isSpaceOrBreak(c: number): boolean {
  return c === 32 || c === 10;
}

function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** What the regex \b counts as a word character. */
function isWordChar(c: number): boolean {
  return isLowerAlnum(c) || (c >= 65 && c <= 90) || c === 95;
}
