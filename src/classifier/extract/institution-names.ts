/**
 * Universities are named in full in their own mail ("University of Glasgow", "Christian-Albrechts-
 * Universität zu Kiel", "Victoria University of Wellington"), while the other evidence gives a piece
 * of the name: the domain's town (glasgow.ac.uk), a word of the writer's address, or the unit that
 * hires ("Department of Radiology"). The employer is the institution the mail names.
 */
import { escapeRegExp } from '../read/phrase-source.ts';
import type { CompanyResult } from './extract-company.ts';

// Words joined by spaces only, never a line break: a signature's lines are facts of their own.
const CAP = String.raw`\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*`;
const NAMES = String.raw`${CAP}(?:[ \t]+(?:and[ \t]+|&[ \t]+)?${CAP})*`;
/** Words that begin a sentence or a phrase, not an institution's name. */
const LEADING = /^(?:the|at|from|dear|our|your|welcome|to|for|with|join(?:ing)?|and|of|in|on|by|as|a|an|this|we|i)$/i;

const INSTITUTIONS: readonly RegExp[] = [
  // "University of British Columbia", "The University of the West Indies"
  new RegExp(String.raw`(?:The[ \t]+)?University[ \t]+of[ \t]+(?:the[ \t]+)?${NAMES}`, 'gu'),
  // "Victoria University of Wellington", "Ardmore University", "Mater Misericordiae University Hospital"
  new RegExp(String.raw`(?:${CAP}[ \t]+){1,3}University(?:[ \t]+Hospitals?|[ \t]+Medical[ \t]+Cent(?:er|re))?(?:[ \t]+of[ \t]+${NAMES})?`, 'gu'),
  // "Christian-Albrechts-Universität zu Kiel", "Technische Universität München"
  new RegExp(String.raw`(?:${CAP}[ \t-])?${CAP}-?Universität(?:[ \t]+(?:zu|in)[ \t]+${CAP})?`, 'gu'),
  // "Université de Montpellier", "Universidad de Sevilla", "Università degli Studi di Milano", "Universiteit van Amsterdam"
  new RegExp(String.raw`Universit(?:é|à|ad|ade|eit|y)[ \t]+(?:(?:degli[ \t]+Studi[ \t]+)?(?:de|di|do|da|del|van|of)[ \t]+)(?:la[ \t]+|los[ \t]+|l')?${NAMES}`, 'gu'),
];

/** The word every form of the name holds: University, Universität, Université, Università, Universidad, Universiteit. */
const UNIVERSITY_WORD = /universit/i;

/** A unit of its organisation: "Department of Radiology", "School of Chemistry", "Faculty of Law". */
const UNIT = /^(?:the\s+)?(?:department|dept\.?|school|faculty|division|office|centre|center|college)\s+(?:of|for)\s/i;

/** The institutions `text` names, each once, as written. */
export function institutionsNamed(text: string): string[] {
  const found: string[] = [];
  // Most mail names no university: one plain search spares the patterns, which try every capital letter.
  if (!UNIVERSITY_WORD.test(text)) return found;
  for (const pattern of INSTITUTIONS) {
    for (const match of text.matchAll(pattern)) {
      const words = match[0].trim().split(/\s+/);
      while (words.length > 1 && LEADING.test(words[0]!) && !/^the$/i.test(words[0]!)) words.shift();
      const name = words.join(' ');
      if (UNIVERSITY_WORD.test(name) && !found.includes(name)) found.push(name);
    }
  }
  return found;
}

/**
 * The institution in place of the piece of its name the evidence gave: a word of it ("Glasgow" in
 * "University of Glasgow"), or one of its units when the mail names one institution only.
 */
export function widenToInstitution(result: CompanyResult, text: string): CompanyResult {
  const company = result.company;
  if (!company || UNIVERSITY_WORD.test(company)) return result;
  const institutions = institutionsNamed(text);
  if (institutions.length === 0) return result;
  const words = company.split(/\s+/);
  let institution: string | undefined;
  if (words.length <= 2) {
    const piece = new RegExp(String.raw`(?:^|[\s-])${escapeRegExp(company)}(?:$|[\s-])`, 'iu');
    institution = institutions.find((name) => piece.test(name));
  }
  if (!institution && UNIT.test(company) && institutions.length === 1) institution = institutions[0];
  if (!institution) return result;
  return { company: institution, evidence: `company "${institution}": the institution named in full (${result.evidence ?? company})` };
}
