/**
 * The form every phrase is matched against: lower case, straight quotes, one
 * space between words, line breaks kept (they end clauses), over-long tokens
 * cut (no real word is 80 characters; hostile ones make matching slow).
 * Every replacement here is a single linear pass.
 */

const MAX_TOKEN = 80;

/** Typographic variants → their ASCII form; invisible characters → nothing. */
const CHARACTER_FORMS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '', '\u00ad': '',
};
const VARIANT_CHARACTER = /[\u2018\u2019\u02bc\u2032`\u201c\u201d\u2033\u2010-\u2014\u200b-\u200d\u2060\ufeff\u00ad]/g;
/**
 * A white-space run that is not already one plain space (two or more
 * characters, or one that is not a space): with a line break it becomes one
 * line break, without one a space. Single spaces (most of them) are not
 * matched, so the replacement runs only where something changes; both
 * alternatives start with white space, so the scan skips words quickly.
 */
const WHITESPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/** Texting shorthand standing alone as a word: "w/" (with), "u" (you), "ur" (your). */
const SHORTHAND = /(^|[\s(])(w\/|u|ur)(?=[\s,.!?)]|$)/g;
const SHORTHAND_WORDS: Record<string, string> = { 'w/': 'with', u: 'you', ur: 'your' };

export function normalizeForMatching(text: string): string {
  const collapsed = text
    .toLowerCase()
    .replace(VARIANT_CHARACTER, (c) => CHARACTER_FORMS[c] ?? c)
    .replace(WHITESPACE_TO_FOLD, (run) => (run.includes('\n') ? '\n' : ' '));
  // Typed shorthand: "going w/ an internal candidate", "not proceed with ur profile", "move u forward".
  return capTokens(collapsed.replace(SHORTHAND, (_m, before: string, word: string) => before + (SHORTHAND_WORDS[word] ?? word)));
}

/** Cuts every run of non-space characters to MAX_TOKEN, in one pass (a regex would rescan each run). */
export function capTokens(text: string): string {
  let run = 0;
  let needsCut = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c === 32 || c === 10 ? 0 : run + 1;
    if (run > MAX_TOKEN) {
      needsCut = true;
      break;
    }
  }
  if (!needsCut) return text;
  const out: string[] = [];
  let start = 0;
  run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) {
      run = 0;
      continue;
    }
    run++;
    if (run === MAX_TOKEN + 1) {
      out.push(text.slice(start, i));
      start = i;
    }
    if (run > MAX_TOKEN) start = i + 1;
  }
  out.push(text.slice(start));
  return out.join('');
}

/** White space other than a lone space: what collapseWhitespace replaces (a lone space stays as it is). */
const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;
/** The same within a line: runs of spaces and tabs, but not line breaks. */
const LINE_SPACE_RUN = /[^\S\n]{2,}|[^\S \n]/g;

/** Collapses runs of white space (including line breaks) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Collapses runs of spaces and tabs to one space; line breaks stay. */
export function collapseSpaces(text: string): string {
  return text.replace(LINE_SPACE_RUN, ' ');
}

/** Lines at least this long that end mid-sentence were wrapped by the sender's mailer. */
const WRAPPED_LINE = 55;

/** Re-joins hard-wrapped paragraphs; short lines ("Title: Engineer") keep their breaks. */
export function unwrapLines(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    const trimmed = line.trim();
    if (current.length > 0 && shouldJoin(current) && trimmed.length > 0 && !/^[-*•>]/.test(trimmed)) {
      current = `${current} ${trimmed}`;
      continue;
    }
    if (current.length > 0 || out.length > 0) out.push(current);
    current = trimmed;
  }
  out.push(current);
  return out.join('\n');
}

function shouldJoin(current: string): boolean {
  const lastLineLength = current.length - (current.lastIndexOf(' ', current.length - WRAPPED_LINE) + 1);
  return current.length >= WRAPPED_LINE && lastLineLength >= 0 && !/[.!?:]$/.test(current);
}

/**
 * "the Analyst position (R-04567) at Contoso" → "the Analyst position at Contoso": a requisition
 * id in parentheses sits between the words that company and title templates look for.
 */
export function dropIdParentheses(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(/ ?\((?:(?:req(?:uisition)?|job|id|ref)[ .#:]{0,3}(?:id)?[ .#:]{0,3})?[a-z]{0,4}[-_#]?\d[\w-]{1,20}\)/gi, '');
}
