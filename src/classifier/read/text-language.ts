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
const LONGEST_FUNCTION_WORD = 6;

/** True when the lower-cased text (normalized for matching) is long enough and hardly English. */
export function isForeignText(lowerText: string): boolean {
  const end = Math.min(lowerText.length, MAX_CHARS);
  let words = 0;
  let english = 0;
  // One pass over the characters, a slice only for words short enough to be a function word.
  for (let i = 0; i < end; ) {
    if (!isWordChar(lowerText.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && isWordChar(lowerText.charCodeAt(i))) i++;
    words++;
    if (i - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(lowerText.slice(start, i))) english++;
  }
  return words >= MIN_WORDS && english / words < ENGLISH_SHARE;
}

/** [a-z], Latin letters with accents (U+00C0–U+024F) and the apostrophe. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39;
}
