/**
 * Where a company or title template matches a text, without searching the
 * whole body once per template. A template that starts with a literal ("on
 * behalf of {company}") can only match where that literal's first word starts
 * a word, so its regex is tried (sticky) only there — looked up in an index of
 * the text's words built once. A template that starts with a slot ("{company}
 * recruiting team") can only match shortly before its literal, so its regex
 * starts there. The matches are the same, in the same order, as the global
 * regex's from the start of the text.
 */

import type { CompiledTemplate, TemplateAnchor } from '../read/compile-tables.ts';
import { finishHash, lookUpRun, nextHash } from '../prepare/word-hash.ts';
import type { WordTable } from '../prepare/word-hash.ts';

/** A text, its lower-cased form with line breaks as spaces, and where each of its words starts. */
export interface TemplateText {
  text: string;
  haystack: string;
  /** Start positions of the templates' first words as whole words of the haystack; null when positions could mislead (see below). */
  wordStarts: Map<string, number[]> | null;
}

/** `templateWords`: the first words of the templates that will be looked up (CompiledTables.templateWords). */
export function templateText(text: string, templateWords: WordTable<true>): TemplateText {
  const haystack = text.toLowerCase().replace(/\n/g, ' ');
  // Lower-casing can lengthen a text ("İ") or turn a symbol into a letter (the Kelvin sign into "k"):
  // then haystack positions or word boundaries are not the text's, and every template searches the text itself.
  const faithful = haystack.length === text.length && !text.includes('\u212a');
  return { text, haystack, wordStarts: faithful ? indexWords(haystack, templateWords) : null };
}

/**
 * False when the template cannot match in `target`: it is anchored on a leading word the text does
 * not have (visitTemplateMatches would find nothing). Checked before a visitor is made, since most
 * of the ~150 title and ~60 company templates start with a word a given text lacks.
 */
export function mayMatch(template: CompiledTemplate, target: TemplateText): boolean {
  const { anchor } = template;
  return anchor?.kind !== 'leadingWord' || target.wordStarts === null || target.wordStarts.has(anchor.word);
}

/**
 * What a visitor of template matches returns: true to see the next match, false when it has enough.
 * (A visitor rather than a generator: most of the ~120 templates per text never match, and
 * creating a generator for each cost more than the look-up that finds they do not.)
 */
export type MatchVisitor = (m: RegExpExecArray) => boolean;

/** Calls `visit` with the template's successive matches in `target` until it returns false. */
export function visitTemplateMatches(template: CompiledTemplate, target: TemplateText, visit: MatchVisitor): void {
  const { anchor } = template;
  if (anchor?.kind === 'leadingWord' && target.wordStarts !== null) {
    visitMatchesAtWord(template, anchor, target, visit);
  } else if (anchor?.kind === 'literalAfterSlot' && target.wordStarts !== null) {
    visitMatchesBeforeLiteral(template, anchor.literal, anchor.maxSlot, target, visit);
  } else if (target.haystack.includes(template.required)) {
    template.pattern.lastIndex = 0;
    for (let m = template.pattern.exec(target.text); m; m = template.pattern.exec(target.text)) if (!visit(m)) return;
  }
}

/**
 * The sticky regex tried at each whole-word occurrence of the template's first word that its leading
 * literal follows, and only where what the template says after its first slot comes soon enough
 * ("the {title} position has" is not tried at every "the" of a text without "position has" near it).
 */
function visitMatchesAtWord(template: CompiledTemplate, anchor: Extract<TemplateAnchor, { kind: 'leadingWord' }>, target: TemplateText, visit: MatchVisitor): void {
  const { word, literal, after, afterWithin } = anchor;
  const starts = target.wordStarts?.get(word);
  if (starts === undefined) return;
  const { text, haystack } = target;
  let nextStart = 0;
  let nextAfter = -1; // the next occurrence of `after` at or beyond the current slot's start
  for (const at of starts) {
    if (at < nextStart || !haystack.startsWith(literal, at)) continue;
    if (after !== null) {
      const slotStart = at + literal.length;
      if (nextAfter < slotStart) nextAfter = haystack.indexOf(after, slotStart);
      if (nextAfter < 0) return;
      if (nextAfter - slotStart > afterWithin) continue;
    }
    // A company's name starts with a capital or a digit: most places a common first word ("at", "with") stands
    // are ruled out by one character, without running the template's regex there.
    if (anchor.company && !startsCompany(text, at + literal.length, anchor.company.the)) continue;
    template.sticky.lastIndex = at;
    const m = template.sticky.exec(text);
    if (!m) continue;
    nextStart = at + m[0].length;
    if (!visit(m)) return;
  }
}

/**
 * The global regex, started no earlier than `maxSlot` characters before each occurrence of the
 * literal that follows the template's first slot (a match without it cannot exist), and run on
 * the text up to where a match starting at or before that occurrence must end. Without that
 * bound a miss ("our recruiting team": no capitalised name before it) scanned the rest of the
 * text for each template. A match starting after the occurrence belongs to a later one, so the
 * matches are the same, in the same order, as the unbounded regex's.
 */
function visitMatchesBeforeLiteral(template: CompiledTemplate, literal: string, maxSlot: number, target: TemplateText, visit: MatchVisitor): void {
  const { text, haystack } = target;
  const pattern = template.pattern;
  let from = 0;
  for (;;) {
    const literalAt = haystack.indexOf(literal, from);
    if (literalAt < 0) return;
    pattern.lastIndex = Math.max(from, literalAt - maxSlot, startOfWordsBefore(haystack, literalAt, SLOT_WORDS));
    // A match starting at or before literalAt ends within maxSlot + the literal of its start.
    const bounded = text.slice(0, Math.min(text.length, literalAt + maxSlot + 2 * literal.length + 1));
    const m = pattern.exec(bounded);
    if (m && m.index <= literalAt) {
      if (!visit(m)) return;
      from = m.index + Math.max(m[0].length, 1);
    } else {
      from = literalAt + 1;
    }
  }
}

/**
 * A slot holds at most six words joined by single spaces ("for the" counts two): no match can start
 * before the eighth space-separated run before the literal. Starting there, not `maxSlot` characters
 * back, spares the regex most of its scan; the matches are the same.
 */
const SLOT_WORDS = 8;

function startOfWordsBefore(haystack: string, at: number, words: number): number {
  let pos = at;
  for (let n = 0; n < words && pos > 0; n++) {
    const space = haystack.lastIndexOf(' ', pos - 2);
    if (space < 0) return 0;
    pos = space + 1;
  }
  return pos;
}

function indexWords(haystack: string, wanted: WordTable<true>): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  let i = 0;
  while (i < haystack.length) {
    const c = haystack.charCodeAt(i);
    if (!isLowerAlnum(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    let hash = nextHash(0, c);
    for (; end < haystack.length; end++) {
      const r = haystack.charCodeAt(end);
      if (!isLowerAlnum(r)) break;
      hash = nextHash(hash, r);
    }
    const entry = lookUpRun(wanted, finishHash(hash), haystack, i, end);
    if (entry) {
      const list = starts.get(entry.word);
      if (list) list.push(i);
      else starts.set(entry.word, [i]);
    }
    i = end;
  }
  return starts;
}

/** Whether COMPANY_WORD (compile-tables.ts) can start at `at`, or after "the " / "The " there when `the`. */
function startsCompany(text: string, at: number, the: boolean): boolean {
  if (isCompanyFirst(text.charCodeAt(at))) return true;
  return the && (text.startsWith('the ', at) || text.startsWith('The ', at)) && isCompanyFirst(text.charCodeAt(at + 4));
}

/** [A-Z0-9\u00C0-\u00D6\u00D8-\u00DE]: the first character of a company's word. */
function isCompanyFirst(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
