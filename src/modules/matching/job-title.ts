/**
 * Job titles compared loosely ("Sr. Backend Engineer" ~ "Senior Back-end Engineer") but with the
 * seniority kept: "Senior Engineer" and "Staff Engineer" at one company are two applications.
 */

const SENIORITY_ALIASES: Record<string, string> = {
  intern: 'intern', internship: 'intern', junior: 'junior', jr: 'junior', associate: 'associate', mid: 'mid',
  senior: 'senior', sr: 'senior', staff: 'staff', principal: 'principal', lead: 'lead', head: 'head',
  director: 'director', vp: 'vp', chief: 'chief', distinguished: 'distinguished', entry: 'junior',
  i: 'level1', ii: 'level2', iii: 'level3', iv: 'level4', '1': 'level1', '2': 'level2', '3': 'level3', '4': 'level4',
};
const WORD_ALIASES: Record<string, string> = {
  eng: 'engineer', engr: 'engineer', engineering: 'engineer', dev: 'developer', swe: 'softwareengineer', mgr: 'manager',
  backend: 'backend', frontend: 'frontend', fullstack: 'fullstack', ml: 'machinelearning',
};
const FILLER = new Set(['a', 'an', 'the', 'of', 'and', 'for', 'to', 'in', 'at', 'position', 'role', 'opening', 'm', 'f', 'd', 'x', 'remote', 'hybrid']);

export interface TitleKey {
  seniority: string[];
  words: string[];
}

export function titleKey(title: string): TitleKey {
  const raw = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(back|front|full)[\s-]+end\b/g, '$1end')
    .replace(/\bfull[\s-]+stack\b/g, 'fullstack')
    .replace(/\bsoftware engineer\b/g, 'softwareengineer')
    .replace(/\bmachine learning\b/g, 'machinelearning')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const seniority = new Set<string>();
  const words = new Set<string>();
  for (const word of raw) {
    const level = SENIORITY_ALIASES[word];
    if (level) seniority.add(level);
    else if (!FILLER.has(word)) words.add(WORD_ALIASES[word] ?? word);
  }
  return { seniority: [...seniority].sort(), words: [...words].sort() };
}

/** 0 to 1: how alike two titles are; 0 whenever their seniority differs. */
export function titleSimilarity(a: string, b: string): number {
  const ka = titleKey(a);
  const kb = titleKey(b);
  if (ka.seniority.join(' ') !== kb.seniority.join(' ')) return 0;
  if (ka.words.length === 0 && kb.words.length === 0) return ka.seniority.length > 0 ? 1 : 0;
  const setB = new Set(kb.words);
  const shared = ka.words.filter((w) => setB.has(w)).length;
  return shared / (ka.words.length + kb.words.length - shared);
}
