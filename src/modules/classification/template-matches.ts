/**
 * Where a company or title template matches a text. A template that starts
 * with a literal ("on behalf of {company}") can only match where that literal
 * stands, so its regex is tried (sticky) at those places only — found with
 * indexOf in the lower-cased text — instead of being run over the whole body.
 * The matches are the same, in the same order, as the global regex's.
 */

import type { CompiledTemplate } from './compile-tables.ts';

/** A text and its lower-cased form with line breaks as spaces: what template literals are looked up in. */
export interface TemplateText {
  text: string;
  haystack: string;
}

export function templateText(text: string): TemplateText {
  return { text, haystack: text.toLowerCase().replace(/\n/g, ' ') };
}

/** The template's successive matches in `target` (the caller stops when it has enough). */
export function* templateMatches(template: CompiledTemplate, target: TemplateText): Generator<RegExpExecArray> {
  const { text, haystack } = target;
  if (!haystack.includes(template.required)) return;
  const literal = template.leadingLiteral;
  // Lower-casing can lengthen a text ("İ"); then positions in the haystack are not positions in the text.
  if (literal === null || literal.length === 0 || haystack.length !== text.length) {
    template.pattern.lastIndex = 0;
    for (let m = template.pattern.exec(text); m; m = template.pattern.exec(text)) yield m;
    return;
  }
  for (let at = haystack.indexOf(literal); at >= 0; ) {
    template.sticky.lastIndex = at;
    const m = template.sticky.exec(text);
    if (m) yield m;
    at = haystack.indexOf(literal, m ? at + Math.max(m[0].length, 1) : at + 1);
  }
}
