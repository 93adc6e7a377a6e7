/**
 * Looking words of a text up without slicing each one out: the scanner hashes
 * a run of [a-z0-9] as it reads it, and only a hash hit is compared.
 */

/** Keeps hashes small integers, which V8 stores and hashes fastest as map keys. */
const HASH_MASK = 0x3fffffff;

/** Feed each character code of a word in turn, starting from 0; finish with `finishHash`. */
export function nextHash(hash: number, charCode: number): number {
  return (Math.imul(hash, 31) + charCode) | 0;
}

export function finishHash(hash: number): number {
  return hash & HASH_MASK;
}

export function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = nextHash(hash, word.charCodeAt(i));
  return finishHash(hash);
}

/** Words by hash, each with what the caller keeps for it. */
export type HashedWords<T> = Map<number, { word: string; value: T }[]>;

/** The entry for `word`, created with `create()` if new. */
export function hashedEntry<T>(words: HashedWords<T>, word: string, create: () => T): { word: string; value: T } {
  const hash = wordHash(word);
  const sameHash = words.get(hash) ?? [];
  let entry = sameHash.find((e) => e.word === word);
  if (!entry) {
    entry = { word, value: create() };
    sameHash.push(entry);
    words.set(hash, sameHash);
  }
  return entry;
}

/**
 * Word hash → a non-zero integer, as an open-addressing table in two typed arrays: the scanners
 * look up every word of a text, and a probe into an Int32Array is several times cheaper than Map.get.
 */
export interface HashTable {
  /** hash + 1 (0 = empty slot). */
  keys: Int32Array;
  values: Int32Array;
  mask: number;
}

export function buildHashTable(entries: Map<number, number>): HashTable {
  let size = 16;
  while (size < entries.size * 4) size *= 2;
  const table: HashTable = { keys: new Int32Array(size), values: new Int32Array(size), mask: size - 1 };
  for (const [hash, value] of entries) {
    let slot = hash & table.mask;
    while (table.keys[slot] !== 0) slot = (slot + 1) & table.mask;
    table.keys[slot] = hash + 1;
    table.values[slot] = value;
  }
  return table;
}

/** The value stored for `hash`, or 0. */
export function hashTableGet(table: HashTable, hash: number): number {
  const key = hash + 1;
  let slot = hash & table.mask;
  for (;;) {
    const k = table.keys[slot] ?? 0;
    if (k === key) return table.values[slot] ?? 0;
    if (k === 0) return 0;
    slot = (slot + 1) & table.mask;
  }
}

/** HashedWords ready for look-ups: the hash finds the words that share it through a HashTable. */
export interface WordTable<T> {
  /** Hash → 1 + index into `sameHash`. */
  table: HashTable;
  sameHash: { word: string; value: T }[][];
}

export function toWordTable<T>(words: HashedWords<T>): WordTable<T> {
  const sameHash: { word: string; value: T }[][] = [];
  const ids = new Map<number, number>();
  for (const [hash, entries] of words) ids.set(hash, sameHash.push(entries));
  return { table: buildHashTable(ids), sameHash };
}

/** The entry whose word is text[start, end) (its finished hash given), or null. */
export function lookUpRun<T>(words: WordTable<T>, hash: number, text: string, start: number, end: number): { word: string; value: T } | null {
  const id = hashTableGet(words.table, hash);
  if (id === 0) return null;
  for (const entry of words.sameHash[id - 1] ?? []) {
    if (entry.word.length === end - start && text.startsWith(entry.word, start)) return entry;
  }
  return null;
}
