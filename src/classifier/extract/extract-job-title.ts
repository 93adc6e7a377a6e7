/** The job title, seniority kept: "Senior Software Engineer" and "Staff Software Engineer" are two jobs. */

import type { CompiledTables } from '../read/compile-tables.ts';
import { mayMatch, visitTemplateMatches } from './template-matches.ts';
import type { TemplateText } from './template-matches.ts';

export interface TitleResult {
  jobTitle: string | null;
  evidence: string | null;
}

const MAX_TITLE_WORDS = 14;
/** Words that show a capture ran into a sentence rather than a title. */
const SENTENCE_WORDS = /\b(?:you|your|we|our|us|i|me|my|this|that|these|those|will|would|have|has|had|been|was|were|is|are|please|thank|thanks|here|there|which|who|if|when|unfortunately|received|submitted|applied|applying|application)\b/i;

export function extractJobTitle(subject: TemplateText, lineBody: TemplateText, tables: CompiledTables, company: string | null): TitleResult {
  // The current template's tries and title: one visitor for every template, not a closure per template.
  let tries = 0;
  let title: string | null = null;
  const visit = (m: RegExpExecArray): boolean => {
    title = cleanTitle(m.groups?.['title'] ?? '', company, tables.roleNoun);
    return title === null && ++tries < 3;
  };
  for (const [target, where] of [
    [subject, 'subject'],
    [lineBody, 'body'],
  ] as const) {
    for (const template of tables.titleTemplates) {
      if (!mayMatch(template, target)) continue;
      tries = 0;
      title = null;
      visitTemplateMatches(template, target, visit);
      if (title) return { jobTitle: title, evidence: `job title "${title}" from ${where}` };
    }
  }
  return { jobTitle: null, evidence: null };
}

export function cleanTitle(raw: string, company: string | null, roleNoun?: RegExp): string | null {
  // "Senior Account Executive, Mid-Market, and we are delighted…": a comma before a lower-case word goes on
  // with the sentence; cut there first, and read the whole capture when the cut leaves no title.
  const cut = raw.replace(/,\s+[a-z][\s\S]*$/, '');
  return (cut !== raw ? cleanCapture(cut, company, roleNoun) : null) ?? cleanCapture(raw, company, roleNoun);
}

/** The three patterns that cut a company's name off a title, made once per company (a message tries up to six captures). */
const companyPatternCache = new Map<string, [RegExp, RegExp, RegExp]>();
const COMPANY_PATTERN_CACHE_SIZE = 64;

function companyPatterns(company: string): [RegExp, RegExp, RegExp] {
  let patterns = companyPatternCache.get(company);
  if (!patterns) {
    const esc = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    patterns = [new RegExp(`\\s*\\(${esc}\\)$`, 'i'), new RegExp(`\\s+(?:at|@|with|-|–|\\|)\\s+${esc}.*$`, 'i'), new RegExp(`^${esc}\\s*[-–:|]\\s*`, 'i')];
    if (companyPatternCache.size >= COMPANY_PATTERN_CACHE_SIZE) companyPatternCache.clear();
    companyPatternCache.set(company, patterns);
  }
  return patterns;
}

function cleanCapture(raw: string, company: string | null, roleNoun?: RegExp): string | null {
  let t = raw.replace(/\s+/g, ' ').replace(/[\u200b-\u200d\ufeff]/g, '').trim();
  // A sentence's full stop before a line break stays in the capture ("… (Job Number: 2600412).\n"): drop it first,
  // so that what ends the title (a parenthesis with an id) is seen at the end.
  t = t.replace(/[.;:]+$/, '');
  // "Junior Frontend Developer (m/w/d)", "Chef de partie (H/F)": the gender marker of the posting, not the title.
  t = t.replace(/\s*\((?:[mwfdxh]\s*\/\s*){1,3}[mwfdxh]\)|\s*\(all genders\)/gi, '');
  if (company) {
    // "Engineer at Acme", "Engineer - Acme", "Acme - Engineer"
    const [inParentheses, after, before] = companyPatterns(company);
    t = t.replace(inParentheses, '').replace(after, '').replace(before, '');
  }
  // "Senior Engineer on our Platform team": the title ends where the team or place begins.
  t = t.replace(/\s+(?:on|in|with|for|within|at|to join)\s+(?:our|the|a)\s.*$/i, '');
  // A capture that started too early ("the conversation around the Senior SME") keeps what follows its last article.
  const afterArticle = t.split(/\s+(?:the|our)\s+/i);
  if (afterArticle.length > 1) t = afterArticle[afterArticle.length - 1] ?? t;
  // "… , and we are delighted", "… and your interest in Acme": the sentence goes on after the title.
  t = t.replace(/,\s+[a-z].*$/, '').replace(/\s+and\s+(?:your|our|the|we|i|you|for|thank)\b.*$/i, '');
  t = t
    .replace(/^(?:(?:the|our|a|an|job|position|role|of)\s*:?\s+){1,3}/i, '')
    .replace(/^(?:(?:R|JR|REQ)(?:uisition)?\s*(?:id)?\s*[-_#:]?\s*\d{4,}|\d{4,})\s*[-–:]?\s+/i, '')
    .replace(/\s+(?:position|role|opportunity|job|vacancy|opening)$/i, '')
    // A calendar invitation's subject ends with its time: "Interview - Analyst @ Thu Jun 12, 2025 10am".
    .replace(/\s+@\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b.*$/i, '')
    // "Java Developer (3-5 yrs)", "Claims Adjuster II (R-20931)", or a capture cut inside the parenthesis.
    .replace(/\s*\((?:[^()]{0,30}\d[^()]{0,30}\)?|[A-Za-z#-]{0,6})$/, '')
    // "Backend Engineer - Round 1": the interview's stage, not the job's.
    .replace(/\s*[-–:|(]\s*(?:round|stage|part)\s*\d{1,2}\)?$/i, '')
    // "6-month contract Data Analyst": lower-case words before the first capital are the engagement, not the title
    // ("7th Grade Science Teacher": an ordinal before a capital is part of it).
    .replace(/^(?:(?!\d+(?:st|nd|rd|th)\s+[A-Z])[a-z0-9][a-z0-9-]*\s+){1,3}(?=[A-Z])/, '')
    // "Store Manager - Store #214": a dash segment carrying a number sign is the site or the requisition.
    .replace(/\s*[-–|]\s*[^-–|#]{0,30}#\s*\d+.*$/, '')
    .replace(/\s*[-–,]?\s*\(?(?:job\s*id|req(?:uisition)?\s*(?:id)?|id)?\s*[:#]?\s*\d{3,}\)?$/i, '')
    .replace(/\s+(?:at|@|with|in)\s+[A-Z][\w&.' -]{0,50}$/, '')
    .replace(/[\s,.;:\-–|]+$/, '')
    .replace(/^[\s,.;:\-–|"']+/, '')
    .trim();
  if (t.length < 3 || t.length > 100) return null;
  const words = t.split(' ');
  if (words.length > MAX_TITLE_WORDS) return null;
  // "Engineer I" ends in a level, not the pronoun.
  if (SENTENCE_WORDS.test(t.replace(/\s+I{1,3}$/, ''))) return null;
  if (!/[A-Z]/.test(t)) {
    // A person typing in lower case ("the shift lead position"): a short run ending in a title noun is a title.
    if (!roleNoun || words.length > 4 || !roleNoun.test(words[words.length - 1] ?? '') || !/^[a-z][a-z -]*$/.test(t)) return null;
    // "our first designer", "a new barista": the order or novelty of the hire is not part of the title.
    t = t.replace(/^(?:first|new|next)\s+(?=\S)/, '');
    t = t.replace(/(^|[\s-])([a-z])/g, (_m, before: string, c: string) => before + c.toUpperCase());
  }
  if (/^(?:not available|n\/a|none|\[not available\])$/i.test(t)) return null;
  if (company && t.toLowerCase().replace(/[^a-z0-9]/g, '') === company.toLowerCase().replace(/[^a-z0-9]/g, '')) return null;
  return t;
}
