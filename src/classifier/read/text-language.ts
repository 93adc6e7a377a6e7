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

/** True when the lower-cased text (normalized for matching) is long enough and hardly English. */
export function isForeignText(lowerText: string): boolean {
  let words = 0;
  let english = 0;
  for (const m of lowerText.slice(0, MAX_CHARS).matchAll(/[a-z\u00c0-\u024f']+/g)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0])) english++;
  }
  return words >= MIN_WORDS && english / words < ENGLISH_SHARE;
}
