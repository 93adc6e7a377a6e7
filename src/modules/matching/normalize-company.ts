/** Company names as people and ATSs spell them differently: "Acme, Inc." = "ACME" = "acme-inc". */

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'oy', 'ab', 'as', 'co', 'corp',
  'corporation', 'company', 'group', 'holdings', 'pty', 'pvt', 'srl', 'spa', 'kk', 'technologies', 'labs', 'hq',
]);
// Words a display name or subject adds to the employer's name: "Acme Recruiting", "Talent at Acme".
const DECORATIONS = new Set(['recruiting', 'recruitment', 'talent', 'careers', 'jobs', 'hiring', 'team', 'hr', 'people', 'the']);

const MAX_CACHED_KEYS = 10_000;
const cachedKeys = new Map<string, string>();

/** A comparable key: lower case, accents and punctuation gone, legal suffixes and recruiting words dropped. */
export function companyKey(name: string): string {
  // Every message is compared with every application of its user: remember the few names there are.
  let key = cachedKeys.get(name);
  if (key === undefined) {
    if (cachedKeys.size >= MAX_CACHED_KEYS) cachedKeys.clear();
    key = computeCompanyKey(name);
    cachedKeys.set(name, key);
  }
  return key;
}

function computeCompanyKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const kept = words.filter((w) => !DECORATIONS.has(w));
  while (kept.length > 1 && LEGAL_SUFFIXES.has(kept[kept.length - 1]!)) kept.pop();
  return kept.join('');
}

export function sameCompany(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const ka = companyKey(a);
  const kb = companyKey(b);
  return ka.length > 0 && ka === kb;
}
