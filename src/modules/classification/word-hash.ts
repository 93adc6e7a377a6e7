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

/** The entry whose word is text[start, end) (its finished hash given), or null. */
export function lookUpRun<T>(words: HashedWords<T>, hash: number, text: string, start: number, end: number): { word: string; value: T } | null {
  for (const entry of words.get(hash) ?? []) {
    if (entry.word.length === end - start && text.startsWith(entry.word, start)) return entry;
  }
  return null;
}
