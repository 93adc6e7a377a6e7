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
import type { HashTable } from '../prepare/word-hash.ts';
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

/** The rules, with every rule's first cues in one index: one look-up per word finds which rules may start there. */
export interface CompiledCueRules {
  rules: CompiledCueRule[];
  /**
   * Hash of a word → bit mask: bit 31 when a rule's first cue starts with it, and the bit of
   * every later or `about` list with a cue starting with it. One look-up per word tells where a
   * later list may match, so a window is searched by reading an array, not by hashing again.
   */
  masks: MaskTable;
  /** The rules and their lists as flat arrays (see CueIndex). */
  index: CueIndex;
}

/**
 * The lists of every rule as numbers in typed arrays, read once per candidate word: the matcher
 * touches a few contiguous arrays instead of following maps, arrays and objects per cue (which
 * cost most of the pass, more so in a busy server where they are rarely in cache). Lists, buckets
 * and cues are numbered; a bucket holds the cues of one list that start with one word hash,
 * longest first.
 */
interface CueIndex {
  /** Per list: first word hash → 1 + its bucket. */
  listTables: HashTable[];
  /** Per list: its bit in the word masks (0 for first and exception lists, which need none). */
  listBit: Int32Array;
  /** Bucket b holds the cues bucketCues[bucketFrom[b] … bucketFrom[b + 1]). */
  bucketFrom: Int32Array;
  bucketCues: Int32Array;
  /** Cue c is the words cueFrom[c] … cueFrom[c] + cueLength[c] − 1 of the word arrays. */
  cueFrom: Int32Array;
  cueLength: Int32Array;
  wordHash: Int32Array;
  wordLength: Int32Array;
  word: string[];
  /** Per rule: its lists (sequence first … last) are ruleLists[sequenceFrom[r] … sequenceFrom[r + 1]). */
  sequenceFrom: Int32Array;
  ruleLists: Int32Array;
  /** Per rule: its `about` and `exceptions` list, or −1. */
  about: Int32Array;
  exceptions: Int32Array;
  window: Int32Array;
  /** 1 when the rule's scope is the clause, 0 for the sentence. */
  clauseScope: Uint8Array;
  /** Hash of a first cue's first word → 1 + a range of startRules (startFrom[i] … startFrom[i + 1]), rules in order. */
  startTable: HashTable;
  startFrom: Int32Array;
  startRules: Int32Array;
  /** Beside each of startRules: 1 + the bucket of that rule's first list for that hash (found once, not per word). */
  startBuckets: Int32Array;
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
  return { rules, masks: buildHashTable(byHash), index: flatten(rules, starts, listBits) };
}

function flatten(rules: readonly CompiledCueRule[], starts: Map<number, number[]>, listBits: Map<CueList, number>): CueIndex {
  const lists: CueList[] = [];
  const listNumber = new Map<CueList, number>();
  const numberOf = (list: CueList | null): number => {
    if (list === null) return -1;
    let n = listNumber.get(list);
    if (n === undefined) {
      n = lists.push(list) - 1;
      listNumber.set(list, n);
    }
    return n;
  };
  const sequenceFrom: number[] = [0];
  const ruleLists: number[] = [];
  const about: number[] = [];
  const exceptions: number[] = [];
  for (const rule of rules) {
    for (const list of rule.sequence) ruleLists.push(numberOf(list));
    sequenceFrom.push(ruleLists.length);
    about.push(numberOf(rule.about));
    exceptions.push(numberOf(rule.exceptions));
  }
  const listTables: HashTable[] = [];
  const bucketFrom: number[] = [0];
  const bucketCues: number[] = [];
  const cueFrom: number[] = [];
  const cueLength: number[] = [];
  const wordHash: number[] = [];
  const wordLength: number[] = [];
  const word: string[] = [];
  for (const list of lists) {
    const buckets = new Map<number, number>();
    for (const [hash, cues] of list) {
      buckets.set(hash, bucketFrom.length);
      for (const cue of cues) {
        bucketCues.push(cueFrom.length);
        cueFrom.push(word.length);
        cueLength.push(cue.length);
        for (const w of cue) {
          wordHash.push(w.hash);
          wordLength.push(w.word.length);
          word.push(w.word);
        }
      }
      bucketFrom.push(bucketCues.length);
    }
    listTables.push(buildHashTable(buckets));
  }
  const startIds = new Map<number, number>();
  const startFrom: number[] = [0];
  const startRules: number[] = [];
  const startBuckets: number[] = [];
  for (const [hash, ruleNumbers] of starts) {
    startIds.set(hash, startFrom.length);
    for (const r of ruleNumbers) {
      startRules.push(r);
      startBuckets.push(hashTableGet(listTables[ruleLists[sequenceFrom[r]!]!]!, hash));
    }
    startFrom.push(startRules.length);
  }
  return {
    listTables,
    listBit: Int32Array.from(lists, (list) => listBits.get(list) ?? 0),
    bucketFrom: Int32Array.from(bucketFrom),
    bucketCues: Int32Array.from(bucketCues),
    cueFrom: Int32Array.from(cueFrom),
    cueLength: Int32Array.from(cueLength),
    wordHash: Int32Array.from(wordHash),
    wordLength: Int32Array.from(wordLength),
    word,
    sequenceFrom: Int32Array.from(sequenceFrom),
    ruleLists: Int32Array.from(ruleLists),
    about: Int32Array.from(about),
    exceptions: Int32Array.from(exceptions),
    window: Int32Array.from(rules, (rule) => rule.window),
    clauseScope: Uint8Array.from(rules, (rule) => (rule.scope === 'clause' ? 1 : 0)),
    startTable: buildHashTable(startIds),
    startFrom: Int32Array.from(startFrom),
    startRules: Int32Array.from(startRules),
    startBuckets: Int32Array.from(startBuckets),
  };
}

/** Per-word masks of one text, and where each rule may next start (reused buffers, like the scan's: allocating a typed array per text cost more than the pass over a short one). */
let sharedMasks = new Int32Array(4096);
let sharedResumeAt = new Int32Array(64);
const WHITE_SPACE_RUN = /\s+/g;

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
  const index = compiled.index;
  const { startFrom, startRules, startBuckets } = index;
  if (sharedResumeAt.length < compiled.rules.length) sharedResumeAt = new Int32Array(compiled.rules.length);
  const resumeAt = sharedResumeAt;
  resumeAt.fill(0, 0, compiled.rules.length);
  for (let i = 0; i < scan.count; i++) {
    if (((masks[i] ?? 0) & START_BIT) === 0) continue;
    const start = hashTableGet(index.startTable, scan.hashes[i] ?? 0);
    if (start === 0) continue;
    for (let c = startFrom[start - 1]!, last = startFrom[start]!; c < last; c++) {
      const r = startRules[c]!;
      if (i < resumeAt[r]!) continue;
      const scopeIds = index.clauseScope[r] === 1 ? scan.clause : scan.sentence;
      const len0 = matchBucket(index, startBuckets[c]!, scan, i, scopeIds);
      if (len0 === 0) continue;
      const exceptions = index.exceptions[r]!;
      if (exceptions >= 0 && matchAt(index, exceptions, scan, i, scopeIds) > 0) continue;
      const end = matchSequence(index, r, scan, masks, scopeIds, i + len0);
      if (end < 0) continue;
      const about = index.about[r]!;
      if (about >= 0 && !aboutNear(index, about, scan, masks, scopeIds, i, end)) continue;
      const rule = compiled.rules[r]!;
      const at = scan.starts[i] ?? 0;
      const stop = scan.ends[end - 1] ?? at;
      hits.push({ rule: rule.name, signal: rule.signal, phrase: text.slice(at, stop).replace(WHITE_SPACE_RUN, ' '), weight: rule.weight, index: at });
      resumeAt[r] = end;
    }
  }
  return hits;
}

/** Length in words of the longest cue of list `list` that starts at word `at` (and stays in its scope), or 0. */
function matchAt(index: CueIndex, list: number, scan: WordScan, at: number, scopeIds: Int32Array): number {
  if (at >= scan.count) return 0;
  return matchBucket(index, hashTableGet(index.listTables[list]!, scan.hashes[at]!), scan, at, scopeIds);
}

/** The same, given 1 + the list's bucket for the word's hash (0: none). */
function matchBucket(index: CueIndex, bucket: number, scan: WordScan, at: number, scopeIds: Int32Array): number {
  if (bucket === 0) return 0;
  const count = scan.count;
  const { hashes, starts, ends } = scan;
  const { bucketFrom, bucketCues, cueFrom, cueLength, wordHash, wordLength } = index;
  const scope = scopeIds[at]!;
  for (let q = bucketFrom[bucket - 1]!, last = bucketFrom[bucket]!; q < last; q++) {
    const cue = bucketCues[q]!;
    const n = cueLength[cue]!;
    if (at + n > count) continue;
    const from = cueFrom[cue]!;
    let k = 0;
    // Hashes, lengths and scope first (numbers in arrays); the text itself only when they all agree.
    while (k < n && hashes[at + k] === wordHash[from + k] && ends[at + k]! - starts[at + k]! === wordLength[from + k] && scopeIds[at + k] === scope) k++;
    if (k < n) continue;
    for (k = 0; k < n && scan.text.startsWith(index.word[from + k]!, starts[at + k]!); k++);
    if (k === n) return n;
  }
  return 0;
}

/** Index after the last word of rule r's sequence, when the rest of it follows `from`; else -1. */
function matchSequence(index: CueIndex, r: number, scan: WordScan, masks: Int32Array, scopeIds: Int32Array, from: number): number {
  let pos = from;
  const scope = scopeIds[from - 1];
  const window = index.window[r]!;
  for (let q = index.sequenceFrom[r]! + 1, last = index.sequenceFrom[r + 1]!; q < last; q++) {
    const list = index.ruleLists[q]!;
    const bit = index.listBit[list]!;
    let found = -1;
    for (let p = pos; p <= pos + window && p < scan.count; p++) {
      if (scopeIds[p] !== scope) break;
      if (((masks[p] ?? 0) & bit) === 0) continue;
      const len = matchAt(index, list, scan, p, scopeIds);
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

function aboutNear(index: CueIndex, about: number, scan: WordScan, masks: Int32Array, scopeIds: Int32Array, start: number, end: number): boolean {
  const scope = scopeIds[start];
  const bit = index.listBit[about]!;
  for (let p = Math.max(0, start - ABOUT_REACH); p < Math.min(scan.count, end + ABOUT_REACH); p++) {
    if (scopeIds[p] !== scope || ((masks[p] ?? 0) & bit) === 0) continue;
    if (matchAt(index, about, scan, p, scopeIds) > 0) return true;
  }
  return false;
}
