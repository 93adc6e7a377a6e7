/**
 * Compositional cue rules (phrase-table.types.ts `CueRule`): instead of listing
 * every way to say "we will not move your application forward", a rule says
 * "a negation, then within a few words a progression verb, in a clause that is
 * about the candidate". The text is split into words once (word-scan.ts, the
 * same scan the phrase index reads); each rule's first list is looked up per
 * word by a hash map, and the later lists are tried only in the next `window`
 * words of the same clause — linear in the text, no regular expression over it.
 */

import type { CueRule, SignalName } from '../phrases/phrase-table.types.ts';
import { buildHashTable, hashTableGet } from '../prepare/word-hash.ts';
import { scanWords } from './word-scan.ts';
import type { MaskTable, WordScan } from './word-scan.ts';

export { scanWords };
export type { WordScan };

/** A cue list: word sequences (each word with its hash) indexed by the first word's hash, longest first. */
interface CueWord {
  word: string;
  hash: number;
}
type CueList = Map<number, CueWord[][]>;

export interface CompiledCueRule {
  name: string;
  signal: SignalName;
  weight: number;
  sequence: CueList[];
  window: number;
  scope: 'clause' | 'sentence';
  about: CueList | null;
  exceptions: CueList | null;
}

export interface CueHit {
  rule: string;
  phrase: string;
  weight: number;
  index: number;
}

export interface SignalCueHit extends CueHit {
  signal: SignalName;
}

/** How far (in words) the `about` cue may stand from the sequence. */
const ABOUT_REACH = 12;
export function compileCueRules(rules: readonly CueRule[]): CompiledCueRule[] {
  return rules.map((r) => ({
    name: r.name,
    signal: r.signal,
    weight: r.weight,
    sequence: r.sequence.map(compileList),
    window: r.window,
    scope: r.scope,
    about: r.about ? compileList(r.about) : null,
    exceptions: r.exceptions ? compileList(r.exceptions) : null,
  }));
}

function compileList(cues: readonly string[]): CueList {
  const list: CueList = new Map();
  for (const cue of cues) {
    const text = cue.toLowerCase();
    const scan = scanWords(text);
    const words: CueWord[] = [];
    for (let k = 0; k < scan.count; k++) words.push({ word: text.slice(scan.starts[k], scan.ends[k]), hash: scan.hashes[k] ?? 0 });
    const first = words[0];
    if (first === undefined) continue;
    const bucket = list.get(first.hash) ?? [];
    bucket.push(words);
    list.set(first.hash, bucket);
  }
  for (const bucket of list.values()) bucket.sort((a, b) => b.length - a.length);
  return list;
}

/** Length in words of the longest cue of `list` that starts at word `at` (and stays in its scope), or 0. */
function matchAt(list: CueList, scan: WordScan, at: number, scopeIds: Int32Array): number {
  if (at >= scan.count) return 0;
  const bucket = list.get(scan.hashes[at] ?? 0);
  if (!bucket) return 0;
  const scope = scopeIds[at];
  for (const words of bucket) {
    if (at + words.length > scan.count) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (!w || !sameWord(scan, at + k, w) || scopeIds[at + k] !== scope) {
        ok = false;
        break;
      }
    }
    if (ok) return words.length;
  }
  return 0;
}

function sameWord(scan: WordScan, at: number, w: CueWord): boolean {
  const start = scan.starts[at] ?? 0;
  return scan.hashes[at] === w.hash && (scan.ends[at] ?? 0) - start === w.word.length && scan.text.startsWith(w.word, start);
}

/** The rules, with every rule's first cues in one index: one look-up per word finds which rules may start there. */
export interface CompiledCueRules {
  rules: CompiledCueRule[];
  /** Hash of the first word of a first cue → the rules whose first list has cues starting with it. */
  starts: Map<number, number[]>;
  /**
   * Hash of a word → bit mask: bit 31 when a rule's first cue starts with it, and the bit of
   * every later or `about` list with a cue starting with it. One look-up per word tells where a
   * later list may match, so a window is searched by reading an array, not by hashing again.
   */
  masks: MaskTable;
  /** Bit of each later or `about` list (shared by lists beyond 30: they are then checked more often, never missed). */
  listBits: Map<CueList, number>;
}

const START_BIT = 1 << 31;
const MAX_LIST_BIT = 30;

export function indexCueRules(rules: CompiledCueRule[]): CompiledCueRules {
  const starts = new Map<number, number[]>();
  const byHash = new Map<number, number>();
  const listBits = new Map<CueList, number>();
  const mark = (hash: number, bit: number) => byHash.set(hash, (byHash.get(hash) ?? 0) | bit);
  rules.forEach((rule, r) => {
    for (const word of rule.sequence[0]?.keys() ?? []) {
      const list = starts.get(word) ?? [];
      list.push(r);
      starts.set(word, list);
      mark(word, START_BIT);
    }
    for (const list of [...rule.sequence.slice(1), ...(rule.about ? [rule.about] : [])]) {
      let bit = listBits.get(list);
      if (bit === undefined) {
        bit = 1 << Math.min(listBits.size, MAX_LIST_BIT);
        listBits.set(list, bit);
      }
      for (const word of list.keys()) mark(word, bit);
    }
  });
  return { rules, starts, masks: buildHashTable(byHash), listBits };
}

/** Per-word masks of one text (reused buffer, like the scan's). */
let sharedMasks = new Int32Array(4096);

/** Hits of every rule in one pass over the words; at most one hit per rule per starting word. */
export function findCueHits(compiled: CompiledCueRules, text: string, scan: WordScan): SignalCueHit[] {
  const hits: SignalCueHit[] = [];
  let masks: Int32Array;
  if (scan.masks && scan.maskTable === compiled.masks) masks = scan.masks;
  else {
    if (sharedMasks.length < scan.count) sharedMasks = new Int32Array(Math.max(scan.count, sharedMasks.length * 2));
    masks = sharedMasks;
    for (let i = 0; i < scan.count; i++) masks[i] = hashTableGet(compiled.masks, scan.hashes[i] ?? 0);
  }
  const resumeAt = new Array<number>(compiled.rules.length).fill(0);
  for (let i = 0; i < scan.count; i++) {
    if (((masks[i] ?? 0) & START_BIT) === 0) continue;
    const candidates = compiled.starts.get(scan.hashes[i] ?? 0);
    if (!candidates) continue;
    for (const r of candidates) {
      const rule = compiled.rules[r];
      if (!rule || i < (resumeAt[r] ?? 0)) continue;
      const scopeIds = rule.scope === 'clause' ? scan.clause : scan.sentence;
      const len0 = matchAt(rule.sequence[0] ?? new Map(), scan, i, scopeIds);
      if (len0 === 0) continue;
      if (rule.exceptions && matchAt(rule.exceptions, scan, i, scopeIds) > 0) continue;
      const end = matchSequence(compiled, rule, scan, masks, scopeIds, i + len0);
      if (end < 0) continue;
      if (rule.about && !aboutNear(compiled, rule.about, scan, masks, scopeIds, i, end)) continue;
      const index = scan.starts[i] ?? 0;
      const stop = scan.ends[end - 1] ?? index;
      hits.push({ rule: rule.name, signal: rule.signal, phrase: text.slice(index, stop).replace(/\s+/g, ' '), weight: rule.weight, index });
      resumeAt[r] = end;
    }
  }
  return hits;
}

/** Index after the last word of the rule's sequence, when the rest of it follows `from`; else -1. */
function matchSequence(compiled: CompiledCueRules, rule: CompiledCueRule, scan: WordScan, masks: Int32Array, scopeIds: Int32Array, from: number): number {
  let pos = from;
  const scope = scopeIds[from - 1];
  for (let k = 1; k < rule.sequence.length; k++) {
    const list = rule.sequence[k];
    if (!list) return -1;
    const bit = compiled.listBits.get(list) ?? 0;
    let found = -1;
    for (let p = pos; p <= pos + rule.window && p < scan.count; p++) {
      if (scopeIds[p] !== scope) break;
      if (((masks[p] ?? 0) & bit) === 0) continue;
      const len = matchAt(list, scan, p, scopeIds);
      if (len > 0) {
        found = p + len;
        break;
      }
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos;
}

function aboutNear(compiled: CompiledCueRules, about: CueList, scan: WordScan, masks: Int32Array, scopeIds: Int32Array, start: number, end: number): boolean {
  const scope = scopeIds[start];
  const bit = compiled.listBits.get(about) ?? 0;
  for (let p = Math.max(0, start - ABOUT_REACH); p < Math.min(scan.count, end + ABOUT_REACH); p++) {
    if (scopeIds[p] !== scope || ((masks[p] ?? 0) & bit) === 0) continue;
    if (matchAt(about, scan, p, scopeIds) > 0) return true;
  }
  return false;
}
