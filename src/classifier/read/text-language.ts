/**
 * Whether the rules can read a message at all. The phrase tables are English (with a few phrases of
 * other languages): a rejection in Polish or an offer in Italian reads to them as ordinary mail,
 * while the model has learnt some of those words. The learned combination weighs the two opinions
 * differently when the text is not English, so that mail in other languages does not teach it to
 * distrust the rules' reading of English mail.
 */

/** The most common English words: a fifth or more of the words of any English message. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the and to of you your we for in is on with that this be are have our will it at as not thank thanks i a an if or by from can would please us me my'.split(' '),
);

/** Read no further than this many characters: the share settles long before. */
const MAX_CHARS = 4000;
/** Fewer words than this say nothing about a language. */
const MIN_WORDS = 8;
/** Below this share of English function words the text is taken as another language's. */
const ENGLISH_SHARE = 0.08;

/** The longest of ENGLISH_FUNCTION_WORDS: longer words are counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/**
 * True when the lower-cased subject and body (normalized for matching) are long enough and hardly
 * English. Read as two parts, so a long body is not copied to join it to its subject.
 */
export function isForeignText(lowerSubject: string, lowerBody: string): boolean {
  const counts = { words: 0, english: 0 };
  countWords(lowerSubject, MAX_CHARS, counts);
  countWords(lowerBody, MAX_CHARS - Math.min(lowerSubject.length + 1, MAX_CHARS), counts);
  return counts.words >= MIN_WORDS && counts.english / counts.words < ENGLISH_SHARE;
}

/** Adds the words of the first `limit` characters of `text`, and how many are English function words. */
function countWords(text: string, limit: number, counts: { words: number; english: number }): void {
  const end = Math.min(text.length, limit);
  // One pass over the characters, a slice only for words short enough to be a function word.
  for (let i = 0; i < end; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && isWordChar(text.charCodeAt(i))) i++;
    counts.words++;
    if (i - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(text.slice(start, i))) counts.english++;
  }
}

/** [a-z], Latin letters with accents (U+00C0–U+024F) and the apostrophe. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39;
}
