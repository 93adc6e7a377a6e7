/**
 * The employer on a job board's card. Indeed, SEEK, Reed, Glassdoor, ZipRecruiter and the like send
 * their status mail from their own address and name the employer only where every board renders a
 * job: the title on one line, the employer on the next, the place after a separator.
 *
 *   Shift Supervisor - Nights
 *   Rivergate Distribution - Southaven, MS 38671
 *
 *   Aged Care Worker (Cert III) - Casual
 *   at
 *   Bluegum Community Care
 */

import { normalizeCompanyName } from './company-name.ts';

/** How far into the body the card is looked for: it leads the message. */
const MAX_LINES = 60;
const MAX_NAME = 60;
/** What follows the employer on its line: the place, the rating, the pay. */
const AFTER_EMPLOYER = /\s+[-–—·|•]\s+|\s*★/;
/** The card's details line (place, pay, terms), which some boards put right under the title instead. */
const DETAILS_LINE = /[$£€₹]|\b(?:per (?:annum|year|hour|day)|permanent|full-time|part-time|casual|temporary)\b/i;
/** What else the line may be (pay and terms are the details line's): a sentence, a button, a heading in the board's words. */
const NOT_A_NAME = /[.!?:]$|\d{3,}|\b(?:apply|applied|application|view|job|jobs|your|you|we|our|salary|contract|remote|hybrid)\b/i;

/** The employer named on the line after the job title's (past a lone "at"), or null when there is no such card. */
export function employerOnJobCard(body: string, jobTitle: string): string | null {
  const lines = body.split('\n', MAX_LINES).map((line) => line.trim()).filter((line) => line.length > 0);
  const title = comparable(jobTitle);
  if (title.length < 3) return null;
  for (let i = 0; i < lines.length - 1; i++) {
    if (comparable(lines[i]!) !== title) continue;
    let next = lines[i + 1]!;
    if (/^at$/i.test(next)) next = lines[i + 2] ?? '';
    if (DETAILS_LINE.test(next)) return null;
    const name = normalizeCompanyName(next.split(AFTER_EMPLOYER)[0]!.trim());
    if (name.length >= 2 && name.length <= MAX_NAME && /^[\p{Lu}\p{N}]/u.test(name) && !NOT_A_NAME.test(name) && name.split(/\s+/).length <= 8) return name;
  }
  return null;
}

/** Lower case, one kind of dash, single spaces: "Shift Supervisor – Nights" is "shift supervisor - nights". */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}
