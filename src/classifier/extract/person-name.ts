/** Telling a person's name from an organisation's. */

/** Two or three capitalized words, no company-ish word: "Ryan Miller", "Mary Jo Finley". */
export function looksLikePersonName(name: string): boolean {
  const cleaned = name.replace(/["']/g, '').trim();
  if (/\b(?:robotics|aerospace|analytics|logistics|energy|labs?|media|games|studios?|foods?|motors|pharma\w*|bio\w*|consulting|capital|ventures|holdings|industries|international|partners|services|solutions|systems|technologies|tech|software|networks|health|healthcare|bank|financial|insurance|university|college|institute|hospital|agency|co|inc|llc|ltd|corp|county|city|council|district|department|borough|authority|trust|schools?|academy|clinic|hotels?|restaurants?|caf[eé]|bakery|museum|library|society|association|foundation|ministry|police|brewery|pharmacy|dental)\b/i.test(cleaned)) return false;
  if (/,/.test(cleaned)) return /^[A-Z][a-z'-]+,\s*[A-Z][a-z'-]+/.test(cleaned);
  const words = cleaned.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (/\b(?:inc|llc|ltd|corp|corporation|group|systems|solutions|technologies|labs|networks|bank|university|company|partners|health|capital|global|security|software|careers|recruiting|talent|team|the)\b/i.test(cleaned)) return false;
  return words.every((w, i) => NAME_WORD.test(w) || /^\p{Lu}\.?$/u.test(w) || (i > 0 && i < words.length - 1 && PARTICLE.test(w)));
}

/** A capitalised name word in any alphabet, hyphenated or with a Gaelic or Norman prefix: "Inês", "Weiss-Lindgren", "McAllister", "O'Neill". */
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]{1,20}(?:-\p{Lu}[\p{Ll}'’]{1,20})?\.?$/u;
/** The small words inside a family name: "Annelies de Groot", "Róisín Ní Bhriain", "Ahmad bin Yusof". */
const PARTICLE = /^(?:de|da|di|du|del|della|dos|das|van|von|der|den|ter|le|la|ní|nic|bin|binti|al|el)$/iu;
