/**
 * Phrase → regular expression source. Phrases are literal apart from the "…"
 * gap, whose repetition is bounded and whose words cannot contain the space
 * that separates them, so no pattern can backtrack catastrophically.
 */

export const WORD_BEFORE = '(?<![a-z0-9])';
export const WORD_AFTER = '(?![a-z0-9])';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One phrase → regex source. Spaces also match line breaks (wrapped text). */
export function phraseSource(phrase: string): string {
  return phrase
    .split('…')
    .map((part) => escapeRegExp(part.trim()).replace(/ /g, '[ \\n]'))
    .join('[ \\n](?:[^\\s.!?]{1,40}[ \\n]){0,6}');
}

/**
 * Longest first so that "not moving forward with your" wins over "not moving forward".
 * Phrases that start with a letter or digit are anchored with \b, which V8 scans for
 * much faster than a look-behind; the few that start with a symbol ("% off") use the look-behind.
 */
export function alternation(phrases: readonly string[], flags = 'g'): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const wordStart = sorted.filter((p) => /^[a-z0-9]/.test(p));
  const symbolStart = sorted.filter((p) => !/^[a-z0-9]/.test(p));
  const parts: string[] = [];
  if (wordStart.length > 0) parts.push(`\\b(?:${wordStart.map(phraseSource).join('|')})`);
  if (symbolStart.length > 0) parts.push(`${WORD_BEFORE}(?:${symbolStart.map(phraseSource).join('|')})`);
  return new RegExp(`(?:${parts.join('|')})${WORD_AFTER}`, flags);
}
