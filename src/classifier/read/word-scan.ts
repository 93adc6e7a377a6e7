/**
 * The one pass that splits a normalized text into words and hashes them. The
 * cue rules (cue-rules.ts) read the words as they are; the phrase index
 * (phrase-index.ts) reads the same hashes for every word made only of
 * [a-z0-9], and re-reads characters only inside the rare words that are not
 * ("won't", "take-home", "café") — so a text is hashed once, not twice.
 */

import { finishHash, hashTableGet, nextHash } from '../prepare/word-hash.ts';
import type { HashTable } from '../prepare/word-hash.ts';

/** The words of a text, with where they stand and which clause and sentence they belong to. */
export interface WordScan {
  text: string;
  count: number;
  /** Hash of each word (word-hash.ts): words are compared by hash, then by text. */
  hashes: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  clause: Int32Array;
  sentence: Int32Array;
  /** 1 when the word is only [a-z0-9] (its hash is then the phrase index's hash of the same run), else 0. */
  plain: Int32Array;
  /** Per-word masks from `maskTable`, when the scan was made with one. */
  masks: Int32Array | null;
  maskTable: MaskTable | null;
}

/** Word hash → bit mask (the cue rules' masks, see cue-rules.ts CompiledCueRules.masks). */
export type MaskTable = HashTable;

/** A line break after a line this long continues the sentence (hard-wrapped mail). */
const WRAPPED_LINE_LENGTH = 40;
function isWordChar(c: number): boolean {
  // a-z, 0-9, and letters beyond ASCII
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

/**
 * Reused by every scan: a scan is read at once (classify() is synchronous) and is valid until the
 * next one. One array per field, replaced only when a longer text needs more room: a scan hands out
 * the same arrays (longer than its `count`) instead of making seven views per text, which cost more
 * than scanning a short one.
 */
let capacity = 0;
let sharedHashes = new Int32Array(0);
let sharedStarts = new Int32Array(0);
let sharedEnds = new Int32Array(0);
let sharedClauses = new Int32Array(0);
let sharedSentences = new Int32Array(0);
let sharedPlain = new Int32Array(0);
let sharedMasks = new Int32Array(0);

function ensureCapacity(words: number): void {
  if (words <= capacity) return;
  capacity = Math.max(words, capacity * 2, 4096);
  sharedHashes = new Int32Array(capacity);
  sharedStarts = new Int32Array(capacity);
  sharedEnds = new Int32Array(capacity);
  sharedClauses = new Int32Array(capacity);
  sharedSentences = new Int32Array(capacity);
  sharedPlain = new Int32Array(capacity);
  sharedMasks = new Int32Array(capacity);
}

/**
 * Words are runs of letters and digits; an apostrophe or hyphen between two
 * word characters stays inside the word ("won't", "take-home"). Commas end a
 * clause; . ! ? ; : and a line break after a short line end a sentence.
 * The arrays are shared by every scan (longer than `count`): use a scan before the next call.
 */
export function scanWords(text: string, maskTable: MaskTable | null = null): WordScan {
  // At most one word per two characters (a letter and a separator).
  ensureCapacity((text.length >> 1) + 1);
  const hashes = sharedHashes;
  const starts = sharedStarts;
  const ends = sharedEnds;
  const clauses = sharedClauses;
  const sentences = sharedSentences;
  const plain = sharedPlain;
  const masks = maskTable ? sharedMasks : null;
  const scan: WordScan = { text, count: 0, hashes, starts, ends, clause: clauses, sentence: sentences, plain, masks, maskTable };
  let count = 0;
  let clause = 0;
  let sentence = 0;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      const start = i;
      let hash = nextHash(0, c);
      let isPlain = c <= 127;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          hash = nextHash(hash, d);
          if (d > 127) isPlain = false;
          i++;
        } else if ((d === 39 || d === 45) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
          hash = nextHash(nextHash(hash, d), text.charCodeAt(i + 1));
          isPlain = false;
          i += 2;
        } else break;
      }
      const h = finishHash(hash);
      hashes[count] = h;
      if (masks && maskTable) masks[count] = hashTableGet(maskTable, h);
      starts[count] = start;
      ends[count] = i;
      clauses[count] = clause;
      sentences[count] = sentence;
      plain[count] = isPlain ? 1 : 0;
      count++;
      continue;
    }
    if (c === 10) {
      if (i - lineStart < WRAPPED_LINE_LENGTH) {
        sentence++;
        clause++;
      }
      lineStart = i + 1;
    } else if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 124) {
      // . ! ? ; : | — a dot inside a number or an abbreviation still ends the clause: rules only need to stay inside one.
      sentence++;
      clause++;
    } else if (c === 44 || c === 40 || c === 41) {
      clause++;
    }
    i++;
  }
  scan.count = count;
  return scan;
}
