/**
 * What a mail's footer says about who sends it. "Powered by Talentpath" names the hiring system that
 * relays the mail, never the employer; "© 2025 Harrowfield Building Society" names the organisation the
 * template was set up for. Hiring systems nobody has listed yet still write both lines.
 */

const POWERED_BY = /\b[Pp]owered by:?\s+(\p{Lu}[\p{L}\p{N}&'.-]*(?:[ \t]\p{Lu}[\p{L}\p{N}&'.-]*){0,2})/gu;
const COPYRIGHT = /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?)[ \t]*,?[ \t]+(\p{Lu}[^\n|·•,;]{1,80})/gu;
/** What every copyright line holds, looked for before the full pattern runs. */
const COPYRIGHT_SIGN = /©|\([cC]\)|opyright|OPYRIGHT/;
/** Where a footer's holder ends: "All rights reserved", "Powered by", a sentence's full stop. */
const HOLDER_END = /\s+(?:all rights|powered by|registered|company (?:no|number)|\|)|\.(?:\s|$)|\s*$/i;

/** "University of Northmere is an exempt charity", "Quenby Foods Group plc is a company registered in England": the legal entity. */
const LEGAL_ENTITY =
  /(?:^|[.!?]\s+|\n\s*)(\p{Lu}[\p{L}\p{N}&'’. -]{1,60}?)\s+(?:is|are)\s+(?:an?\s+)?(?:exempt\s+|registered\s+)?(?:charity|company|limited company|trading name|public body|statutory body)\b/gu;

export interface FooterNames {
  /** The hiring systems the footer says power the mail ("Talentpath"). */
  poweredBy: string[];
  /** The organisations the footer's copyright line names, in order. */
  copyrightHolders: string[];
  /** The organisations a legal line says are a company or a charity. */
  legalEntities: string[];
}

export function readFooterNames(text: string): FooterNames {
  const poweredBy: string[] = [];
  const copyrightHolders: string[] = [];
  const legalEntities: string[] = [];
  // A footer sits at the end; the first lines of a long mail are not read for it.
  const tail = text.length > 4000 ? text.slice(-4000) : text;
  // Most mail has no footer of this kind: each pattern runs only where its fixed words stand.
  if (tail.includes('owered by')) for (const m of tail.matchAll(POWERED_BY)) poweredBy.push(m[1]!.replace(/[.]+$/, ''));
  if (COPYRIGHT_SIGN.test(tail)) {
    for (const m of tail.matchAll(COPYRIGHT)) {
      const raw = m[1]!;
      const end = raw.search(HOLDER_END);
      const holder = (end >= 0 ? raw.slice(0, end) : raw).trim();
      if (holder.length >= 2) copyrightHolders.push(holder);
    }
  }
  for (const m of tail.matchAll(LEGAL_ENTITY)) legalEntities.push(m[1]!.trim());
  return { poweredBy, copyrightHolders, legalEntities };
}
