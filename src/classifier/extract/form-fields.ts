/**
 * A form's own field names the employer outright: "Employer: Eastmoor and Dale NHS Foundation Trust" on a
 * jobs portal's notice, "Hiring organisation: …" on a card. The value is the rest of its line, "and"
 * and all, and it outweighs the portal's own display name, domain and sign-off.
 */

const EMPLOYER_FIELD = /^[ \t]*(?:employer|employing (?:organi[sz]ation|body|authority)|hiring (?:company|organi[sz]ation|entity))[ \t]*:[ \t]*(\S[^\n]{0,79})$/gim;
/** Where a value stops: another field on the same line ("… | Location: Hexley"), a bracketed reference. */
const VALUE_END = /\s+(?:\||·|•|–|—|-)\s+|\s*\(|\s{2,}/;

export function readEmployerFields(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(EMPLOYER_FIELD)) {
    const raw = m[1]!;
    const end = raw.search(VALUE_END);
    const value = (end > 0 ? raw.slice(0, end) : raw).replace(/[\s.,;:]+$/, '');
    if (value.length >= 2) found.push(value);
    if (found.length === 2) break;
  }
  return found;
}
