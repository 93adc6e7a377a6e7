/** Everything the phrase tables say, compiled once into regular expressions. */

import type { PayPeriod } from '../classification.types.ts';
import { compilePhraseTables } from './phrase-matcher.ts';
import { alternation, escapeRegExp } from './phrase-source.ts';
import type { CompiledPhrases } from './phrase-matcher.ts';
import type { PhraseTable } from '../phrases/phrase-table.types.ts';
import { PHRASE_TABLES } from '../phrases/index.ts';
import { hashedEntry, toWordTable } from '../prepare/word-hash.ts';
import type { HashedWords, WordTable } from '../prepare/word-hash.ts';

export interface CompiledTemplate {
  /** Global: finds the next match from lastIndex. */
  pattern: RegExp;
  /** The same pattern, sticky: matches only at lastIndex. */
  sticky: RegExp;
  /** Longest literal part, lower case: a text without it cannot match, so the regex is skipped. */
  required: string;
  /** What every match must contain, so that the text is searched only near it (template-matches.ts). */
  anchor: TemplateAnchor | null;
}

export type TemplateAnchor =
  /**
   * "on behalf of {company}": every match starts where this lower-case word is a whole word of the text.
   * `after` ("the {title} position has" → " position has"), when the template goes on after its first
   * slot, must start within `afterWithin` characters of the leading literal's end.
   */
  | {
      kind: 'leadingWord';
      word: string;
      literal: string;
      after: string | null;
      afterWithin: number;
      /** The first slot is a company's: a capital or a digit must start it, after "the " when `the` (see compileTemplate). */
      company: { the: boolean } | null;
    }
  /** "{company} recruiting team": every match starts at most `maxSlot` characters before this lower-case literal. */
  | { kind: 'literalAfterSlot'; literal: string; maxSlot: number };

export interface CompiledTables {
  phrases: CompiledPhrases;
  recruitingName: RegExp;
  companyTemplates: CompiledTemplate[];
  titleTemplates: CompiledTemplate[];
  /** The first words of templates anchored on one: the only words template-matches.ts indexes. */
  templateWords: WordTable<true>;
  companyStopWords: ReadonlySet<string>;
  notCompanies: ReadonlySet<string>;
  payPeriods: { period: PayPeriod; pattern: RegExp }[];
  benefits: { name: string; pattern: RegExp }[];
  baseSalaryCue: RegExp;
  bonusCue: RegExp;
  equityCue: RegExp;
  startDateCue: RegExp;
  months: ReadonlyMap<string, number>;
  monthAlternation: string;
  schedulingLinkText: RegExp;
  roleNoun: RegExp;
  /** The reader's own application, in a quoted earlier message. */
  ownApplication: RegExp | null;
  /** The weight of one non-job phrase (the heaviest list's): a score above it is more than one phrase or a rule's reading. */
  nonJobPhraseWeight: number;
  /** The reader asking after a job, in a quoted earlier message. */
  ownFollowUp: RegExp | null;
  /** An answer of no to that question. */
  followUpNo: RegExp | null;
  /** A reply taking something in. */
  acknowledgement: RegExp | null;
  /** A title noun or a job noun, at the start of a lower-case text ("officer vacancy …"). */
  jobNounAhead: RegExp;
  /** A job noun anywhere in a phrase: inside an application's object it makes the object a job ("the Data Engineer role and an account"). */
  jobNounWithin: RegExp;
  clientTemplates: CompiledTemplate[];
  relayedEmployerTemplates: CompiledTemplate[];
  clientCue: RegExp;
  /** The last word(s) of an organisation's name (lower case, no legal suffix) that make it an agency or portal. */
  agencyNameWord: RegExp;
  /** A whole line (any case) that is a sign-off, optionally followed by a name: "Best,", "Thanks, Dee". */
  signOff: RegExp;
  signatureEnd: RegExp;
  /** A job word of a signature line: the title nouns and the signature's own ("founder", "ceo"). */
  signatureRole: RegExp;
  departmentWords: ReadonlySet<string>;
}

/**
 * A company is one to six words, each starting with a capital or digit, joined
 * by spaces or by lower-case connectors ("Bank of America", "Procter & Gamble").
 * Each word is bounded and cannot contain a space, so the repetition is linear.
 */
// Letters with accents belong to names too ("Café Lúnasa", "Société Générale"): Latin-1 and Latin Extended, without × and ÷.
const COMPANY_WORD = "[A-Z0-9\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F&'\u2019.\\-]{0,40}";
const COMPANY_CAPTURE = `(?<company>${COMPANY_WORD}(?: (?:${COMPANY_WORD}|of|and|&|de|du|der|la|le|für|for the)){0,5})`;
/** A title runs to the end of its clause: no line break, no sentence end other than abbreviations' dots. */
/** Any title character; a dot ends the title unless an abbreviation ("Sr.", "Mgr.") or no space follows it. */
const TITLE_CHAR = '(?:[^\\n!?;|<>".]|\\.(?! )|(?<=(?:^|[^A-Za-z])(?:Sr|Jr|Snr|Mgr|Dir|Asst|Assoc|Eng|Engr|Sen|Prin))\\.)';
const TITLE_CAPTURE_BEFORE_LITERAL = `(?<title>${TITLE_CHAR}{2,100}?)`;
const TITLE_CAPTURE_AT_END = `(?<title>${TITLE_CHAR}{2,100})`;
/** The longest text each capture can take: 41 + 5 × (1 + 41) for a company; 100 one-character steps for a title. */
const MAX_SLOT_LENGTH: Record<string, number> = { '{company}': 41 + 5 * 42, '{title}': 100 };

function wordsPattern(words: readonly string[], flags = ''): RegExp {
  return alternation(words, flags);
}

/** Title templates may span a wrapped line; company templates may not (a signature's next line is another fact). */
function literal(s: string, spanLines: boolean): string {
  return s.length === 0 ? '' : `(?i:${escapeRegExp(s).replace(/ /g, spanLines ? '[ \\n]' : ' ')})`;
}

function compileTemplate(template: string): CompiledTemplate {
  const spanLines = !template.includes('{company}');
  const required = template
    .split(/\{company\}|\{title\}/)
    .map((p) => p.trim().toLowerCase())
    .sort((a, b) => b.length - a.length)[0] ?? '';
  const parts = template.split(/(\{company\}|\{title\})/);
  let source = '';
  parts.forEach((part, i) => {
    // "employment with the State of Westmarch", "at the University of Leeds": the article is not the name.
    if (part === '{company}') source += i > 0 && /(?:^|\s)(?:with|at|of) $/i.test(parts[i - 1] ?? '') ? `(?:[Tt]he )?${COMPANY_CAPTURE}` : COMPANY_CAPTURE;
    else if (part === '{title}') source += i === parts.length - 2 && parts[i + 1] === '' ? TITLE_CAPTURE_AT_END : TITLE_CAPTURE_BEFORE_LITERAL;
    else source += literal(part, spanLines);
  });
  // Templates are anchored on a word boundary so "rejoin Acme" does not read as "join Acme".
  const startsWithLiteral = !template.startsWith('{');
  const anchored = `${startsWithLiteral ? '(?<![A-Za-z0-9])' : '(?<![A-Za-z0-9&])'}${source}`;
  return {
    pattern: new RegExp(anchored, 'g'),
    sticky: new RegExp(anchored, 'y'),
    required,
    anchor: templateAnchor(parts),
  };
}

/** `parts` alternate literal, slot, literal, … (the first and last may be empty). */
function templateAnchor(parts: readonly string[]): TemplateAnchor | null {
  const first = (parts[0] ?? '').toLowerCase();
  if (first.length > 0) {
    // The word must be followed by a non-word character of the literal, or the text's word could be longer.
    const word = /^[a-z0-9]+/.exec(first)?.[0] ?? '';
    const after = (parts[2] ?? '').toLowerCase();
    // The slot's longest capture, plus "the " that may stand before a company (compileTemplate).
    const afterWithin = (MAX_SLOT_LENGTH[parts[1] ?? ''] ?? Infinity) + 4;
    const company = parts[1] === '{company}' ? { the: /(?:^|\s)(?:with|at|of) $/i.test(parts[0] ?? '') } : null;
    return word.length > 0 && word.length < first.length ? { kind: 'leadingWord', word, literal: first, after: after.length > 0 ? after : null, afterWithin, company } : null;
  }
  const slot = parts[1] ?? '';
  const literal = (parts[2] ?? '').toLowerCase();
  const maxSlot = MAX_SLOT_LENGTH[slot];
  return maxSlot !== undefined && literal.length > 0 ? { kind: 'literalAfterSlot', literal, maxSlot } : null;
}

export function compileTables(tables: readonly PhraseTable[]): CompiledTables {
  const months = new Map<string, number>();
  for (const t of tables) for (const [name, n] of Object.entries(t.months)) months.set(name, n);
  const periods: PayPeriod[] = ['YEAR', 'MONTH', 'HOUR'];
  const companyTemplates = tables.flatMap((t) => t.companyTemplates).map(compileTemplate);
  const titleTemplates = tables.flatMap((t) => t.titleTemplates).map(compileTemplate);
  const clientTemplates = tables.flatMap((t) => t.clientTemplates).map(compileTemplate);
  const relayedEmployerTemplates = tables.flatMap((t) => t.relayedEmployerTemplates).map(compileTemplate);
  const templateWords: HashedWords<true> = new Map();
  for (const { anchor } of [...companyTemplates, ...titleTemplates, ...clientTemplates, ...relayedEmployerTemplates]) if (anchor?.kind === 'leadingWord') hashedEntry(templateWords, anchor.word, () => true);
  return {
    phrases: compilePhraseTables(tables),
    recruitingName: wordsPattern(tables.flatMap((t) => t.recruitingNameWords)),
    companyTemplates,
    titleTemplates,
    templateWords: toWordTable(templateWords),
    companyStopWords: new Set(tables.flatMap((t) => t.companyStopWords)),
    notCompanies: new Set(tables.flatMap((t) => t.notCompanies)),
    payPeriods: periods.map((period) => ({
      period,
      pattern: new RegExp(`^[ \\n]{0,3}(?:${tables.flatMap((t) => t.payPeriods[period]).map((p) => escapeRegExp(p)).join('|')})(?![a-z])`),
    })),
    benefits: mergeBenefits(tables).map(([name, phrases]) => ({ name, pattern: wordsPattern(phrases) })),
    baseSalaryCue: wordsPattern(tables.flatMap((t) => t.baseSalaryCues), 'g'),
    bonusCue: wordsPattern(tables.flatMap((t) => t.bonusCues), 'g'),
    equityCue: wordsPattern(tables.flatMap((t) => t.equityCues), 'g'),
    startDateCue: wordsPattern(tables.flatMap((t) => t.startDateCues), 'g'),
    months,
    monthAlternation: [...months.keys()].sort((a, b) => b.length - a.length).join('|'),
    schedulingLinkText: wordsPattern(tables.flatMap((t) => t.schedulingLinkTexts)),
    roleNoun: wordsPattern(tables.flatMap((t) => t.roleNouns)),
    ownApplication: optionalAlternation(tables.flatMap((t) => t.ownApplication ?? [])),
    nonJobPhraseWeight: Math.max(0, ...tables.flatMap((t) => t.signals.nonJobSense.map((list) => list.weight))),
    ownFollowUp: optionalAlternation(tables.flatMap((t) => t.ownFollowUps ?? [])),
    followUpNo: optionalAlternation(tables.flatMap((t) => t.followUpNoes ?? [])),
    acknowledgement: optionalAlternation(tables.flatMap((t) => t.acknowledgements ?? [])),
    jobNounAhead: new RegExp(`^[ \\n]{0,3}(?:[a-z0-9'&-]{1,30} ){0,1}(?:${linePhrases([...tables.flatMap((t) => t.roleNouns), ...tables.flatMap((t) => t.jobNouns)])})(?![a-z])`),
    jobNounWithin: new RegExp(`(?:^|[^a-z])(?:${linePhrases([...tables.flatMap((t) => t.roleNouns), ...tables.flatMap((t) => t.jobNouns)])})(?![a-z])`),
    clientTemplates,
    relayedEmployerTemplates,
    clientCue: wordsPattern(tables.flatMap((t) => t.clientCues)),
    agencyNameWord: new RegExp(`(?:^|\\s)(?:${linePhrases(tables.flatMap((t) => t.agencyNameWords))})$`),
    signOff: new RegExp(`^(?:${linePhrases(tables.flatMap((t) => t.signOffs))})(?:[ ,.!:;/\u2013-].{0,40})?$`, 'i'),
    signatureEnd: new RegExp(`^(?:${linePhrases(tables.flatMap((t) => t.signatureEnds))})`, 'i'),
    signatureRole: wordsPattern([...tables.flatMap((t) => t.roleNouns), ...tables.flatMap((t) => t.signatureRoleWords)]),
    departmentWords: new Set(tables.flatMap((t) => t.departmentWords)),
  };
}

/** Phrases as one alternation for a whole line, longest first. */
function linePhrases(phrases: readonly string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

function mergeBenefits(tables: readonly PhraseTable[]): [string, string[]][] {
  const merged = new Map<string, string[]>();
  for (const t of tables) {
    for (const [name, phrases] of Object.entries(t.benefits)) merged.set(name, [...(merged.get(name) ?? []), ...phrases]);
  }
  return [...merged.entries()];
}

let defaultTables: CompiledTables | null = null;

/** The tables of every registered language, compiled on first use. */
export function getDefaultTables(): CompiledTables {
  defaultTables ??= compileTables(PHRASE_TABLES);
  return defaultTables;
}

function optionalAlternation(phrases: readonly string[]): RegExp | null {
  return phrases.length > 0 ? alternation(phrases, '') : null;
}
