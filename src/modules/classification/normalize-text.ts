/**
 * The form every phrase is matched against: lower case, straight quotes, one
 * space between words, line breaks kept (they end clauses), over-long tokens
 * cut (no real word is 80 characters; hostile ones make matching slow).
 * Every replacement here is a single linear pass.
 */

const MAX_TOKEN = 80;

export function normalizeForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .replace(/[^\s]{81,}/g, (token) => token.slice(0, MAX_TOKEN));
}

/** Collapses runs of white space (including line breaks) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
