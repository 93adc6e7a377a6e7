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

import type { CompiledTemplate } from '../read/compile-tables.ts';
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
 * What a visitor of template matches returns: true to see the next match, false when it has enough.
 * (A visitor rather than a generator: most of the ~120 templates per text never match, and
 * creating a generator for each cost more than the look-up that finds they do not.)
 */
export type MatchVisitor = (m: RegExpExecArray) => boolean;

/** Calls `visit` with the template's successive matches in `target` until it returns false. */
export function visitTemplateMatches(template: CompiledTemplate, target: TemplateText, visit: MatchVisitor): void {
  const { anchor } = template;
  if (anchor?.kind === 'leadingWord' && target.wordStarts !== null) {
    visitMatchesAtWord(template, anchor.word, anchor.literal, target, visit);
  } else if (anchor?.kind === 'literalAfterSlot' && target.wordStarts !== null) {
    visitMatchesBeforeLiteral(template, anchor.literal, anchor.maxSlot, target, visit);
  } else if (target.haystack.includes(template.required)) {
    template.pattern.lastIndex = 0;
    for (let m = template.pattern.exec(target.text); m; m = template.pattern.exec(target.text)) if (!visit(m)) return;
  }
}

/** The sticky regex tried at each whole-word occurrence of the template's first word that its leading literal follows. */
function visitMatchesAtWord(template: CompiledTemplate, word: string, literal: string, target: TemplateText, visit: MatchVisitor): void {
  const starts = target.wordStarts?.get(word);
  if (starts === undefined) return;
  const { text, haystack } = target;
  let nextStart = 0;
  for (const at of starts) {
    if (at < nextStart || !haystack.startsWith(literal, at)) continue;
    template.sticky.lastIndex = at;
    const m = template.sticky.exec(text);
    if (!m) continue;
    nextStart = at + m[0].length;
    if (!visit(m)) return;
  }
}

/**
 * The global regex, started no earlier than `maxSlot` characters before the next occurrence
 * of the literal that follows the template's first slot (a match without it cannot exist).
 */
function visitMatchesBeforeLiteral(template: CompiledTemplate, literal: string, maxSlot: number, target: TemplateText, visit: MatchVisitor): void {
  const { text, haystack } = target;
  const pattern = template.pattern;
  let from = 0;
  for (;;) {
    const literalAt = haystack.indexOf(literal, from);
    if (literalAt < 0) return;
    pattern.lastIndex = Math.max(from, literalAt - maxSlot);
    const m = pattern.exec(text);
    if (!m || !visit(m)) return;
    from = m.index + Math.max(m[0].length, 1);
  }
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

function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
