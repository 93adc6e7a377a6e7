/**
 * The organisation a signature names. Mail from people (founders on free-mail addresses, hiring
 * managers, agency recruiters, school-district HR) often names the employer nowhere but in the
 * lines under the sign-off: "Joost Dekker / Talent & Culture / Vandermeer Coffee Roasters",
 * "Dana Whitfield | Senior Recruiter | TalentForge Search", "co-founder, Tidewell". Each line is
 * read for what it is — the signer, a job line, a department, contact details, an address — and
 * what is left and reads like a name is the organisation.
 */

import type { CompiledTables } from '../read/compile-tables.ts';
import { startsWithGivenName } from './given-names.ts';
import { looksLikePersonName } from './person-name.ts';
import { NAME_CONNECTOR, isDepartmentWord, normalizeCompanyName as withoutLegalSuffix } from './company-name.ts';

export interface SignatureOrganisation {
  name: string;
  /** Under a sign-off line ("Best,", "--"), not just trailing short lines. */
  underSignOff: boolean;
  /** How much the line reads like an organisation (a company word, more than one word, the sender's domain). */
  strength: number;
  /** The name says it recruits for others or is a jobs portal ("Northgate Technical Recruitment"). */
  agency: boolean;
}

/** Lines looked at from the end of the body: signatures are short; long footers are skipped. */
const TAIL_LINES = 30;
const MAX_SIGNATURE_LINES = 9;
const MAX_LINE = 80;
const MAX_NAME = 60;
const MAX_SIGN_OFF = 60;
const SHORT_NOTE_LINES = 12;
const MAX_LINE_READ = 160;

/** Words that make a name an organisation's ("Coffee Co.", "School District", "City of …"). */
const ORGANISATION_WORD =
  /\b(?:inc|llc|ltd|limited|gmbh|plc|llp|corp|corporation|co(?!-)|company|group|grupo|holdings|partners|s\.?a|s\.?l|b\.?v|pvt|pty|ag|ab|oy|srl|sarl|bank|school|schools|district|academy|college|university|institute|hospital|clinic|health|healthcare|council|city|county|state|municipality|ministry|department|trust|foundation|association|society|agency|studio|studios|labs?|systems|solutions|technologies|technology|software|services|consulting|capital|ventures|industries|international|foods?|coffee|restaurant|cafe|bakery|hotel|hotels|retail|stores?|shop|media|energy|logistics|freight|insurance|financial|analytics|robotics|engineering|manufacturing|mfg|construction|motors|pharma\w*|bio\w*|recruitment|staffing|search|talent)\b/i;

/** The legal form that ends a company's name: "Ltd.", "GmbH", "Pvt. Ltd.", "LLC". */
const LEGAL_FORM = /\b(?:inc|llc|ltd|limited|gmbh|plc|llp|corp|pvt|pty|s\.?a|b\.?v|ag|srl|sarl)\.?$/i;

/** "M: +44 …", "Tel. 0123", "www.acme.com", "jane@acme.com", "4410 Orchard Lane", "Suite 200". */
const CONTACT_LINE = /@|https?:|www\.|^attachments?:|\.(?:pdf|docx?)\b|\.(?:com|org|net|io|co|uk|de|nl)\b|^(?:[a-z]{1,6}\.?\s?:|tel\b|phone\b|mobile\b|cell\b|fax\b|direct\b|office\b:)|^\+?\(?\d|\d{3}[\s.-]?\d{3,}|\b(?:street|st\.|road|rd\.?|avenue|ave\.?|lane|drive|suite|floor|blvd|boulevard|p\.?o\.? box)\b/i;

/**
 * A part of an organisation, not the employer: "Department of Biology", "School of Earth & Ocean
 * Sciences", "Faculty of Law", "Office of the Registrar", "Chair Coastal Engineering". A line naming
 * the organisation itself, above or below it, goes first.
 */
const UNIT_LINE = /^(?:the\s+)?(?:(?:department|dept\.?|school|faculty|division|office|centre|center|laboratory|lab|unit|section|programme|program)\s+(?:of|for)\s|chair\s)/i;
/** A parent named under the employer's own line: "Part of the Wessex Vale Learning Trust", "A member of the Harbour Group". */
const PARENT_LINE = /^(?:proud(?:ly)?\s+)?(?:part of|an? (?:member|division|subsidiary) of|member of)\s/i;
/** The last word of an institution's own name, which a department word list may also hold. */
const INSTITUTION_END = /^(?:university|college)$/i;
/** What a unit line, after a comma, says it belongs to: "School of Earth & Ocean Sciences, Ardmore University". */
const UNIT_THEN_ORGANISATION = /^(.{2,60}?),\s+(.{2,60})$/;

/** The separators of a one-line signature ("Jane Doe | Talent Acquisition | Acme"), kept by split(). */
const PART_SEPARATOR = /(\s+[|\u2022\u00b7]\s+|\s+[-\u2013\u2014]\s+|\t+|\s{3,})/;
const DASH_SEPARATOR = /^\s+[-\u2013\u2014]\s+$/;

/**
 * The organisations in the signature of `text` (one line per fact), best first. `signer` is the
 * sender's display name (whose words are a person's, not an organisation's), `domainWords` the
 * words of the sender's own domain or address, which confirm an organisation's name.
 */
export function readSignature(text: string, signer: string, domainWords: readonly string[], tables: CompiledTables): SignatureOrganisation[] {
  const lines = tailLines(text);
  const { block, underSignOff } = signatureBlock(lines, tables);
  const signerWords = new Set(signer.toLowerCase().split(/[^a-z\u00c0-\u024f]+/).filter((w) => w.length > 1));
  const found: SignatureOrganisation[] = [];
  // The classic layout, whatever the display name says: a person's name, the job, then the
  // organisation ("Karen Lowe / Practice Manager / Elmwood Surgery").
  const jobLines = block.map((line) => line.length <= MAX_LINE && isJobLine(line, tables) && !PART_SEPARATOR.test(line));
  for (let at = 0; at < block.length; at++) {
    const line = block[at] ?? '';
    const afterJobLine = jobLines[at - 1] === true;
    const aboveJobLine = jobLines[at + 1] === true;
    for (const { name, raw } of organisationsOnLine(line, signerWords, domainWords, tables)) {
      if (aboveJobLine && looksLikePersonName(withoutPostNominals(raw))) continue;
      // The first line under the sign-off is whoever signs, when a person's name stands there and more lines follow.
      if (at === 0 && underSignOff && block.length > 1 && looksLikePersonName(withoutPostNominals(raw))) continue;
      // Strength is read on the line as written: "Brightpath Recruitment" is an organisation's name, "Brightpath" alone less so.
      const key = raw.toLowerCase().replace(/[^a-z0-9]+/g, '');
      let strength = 0;
      if (ORGANISATION_WORD.test(raw)) strength += 2;
      if (raw.trim().split(/\s+/).length >= 2) strength += 1;
      if (confirmedBy(key, domainWords)) strength += 1;
      if (afterJobLine) strength += 1;
      if (UNIT_LINE.test(raw)) strength -= 3;
      const agency = tables.agencyNameWord.test(withoutLegalSuffix(raw).toLowerCase());
      // An agency is named in full: "Recruitment" or "Staffing" is part of its name, not a department.
      found.push({ name: agency ? withoutLegalSuffix(raw) : name, underSignOff, strength, agency });
    }
  }
  return found.sort((a, b) => b.strength - a.strength);
}

/** "Nadia Shah FCCA", "Tom Hartley RIBA", "Dr Ann Lee PhD": the letters after a name are not part of it. */
function withoutPostNominals(name: string): string {
  return name.replace(POST_NOMINALS, '').trim();
}

/**
 * Letters after a name: capitals ("FCCA"), degrees ("PhD", "MSc"), and professional bodies' mixed forms
 * ("IEng", "MIStructE", "BVM&S", "CA(SA)"): two capitals or more, not a surname's "Mc", "Mac", "De" or "La".
 */
const POST_NOMINALS =
  /(?:,?\s+(?:[A-Z]{2,6}|Ph\.?D\.?|M\.?Sc\.?|B\.?Sc\.?|MBA|CPA|[A-Z]{1,4}&[A-Z]{1,4}|[A-Z]{1,4}\([A-Z]{1,3}\)|(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,8}))+$/;

function tailLines(text: string): string[] {
  let end = text.length;
  for (let n = 0; n < TAIL_LINES && end > 0; n++) {
    const at = text.lastIndexOf('\n', end - 1);
    end = at < 0 ? 0 : at;
  }
  const lines: string[] = [];
  for (const line of text.slice(end).split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length > 0) lines.push(trimmed);
  }
  return lines;
}

/** The lines under the last sign-off; without one, the short lines that end the mail. */
function signatureBlock(lines: readonly string[], tables: CompiledTables): { block: string[]; underSignOff: boolean } {
  let stop = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (tables.signatureEnd.test(lines[i] ?? '')) {
      stop = i;
      break;
    }
  }
  for (let i = stop - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    // A sign-off line is short; the regex runs only on those.
    if (line.length <= MAX_SIGN_OFF && (line === '--' || line === '\u2014' || tables.signOff.test(line))) {
      return { block: lines.slice(i + 1, Math.min(stop, i + 1 + MAX_SIGNATURE_LINES)), underSignOff: true };
    }
  }
  // Without a sign-off only a short note's last lines are read ("…has been filled.\nOstrander Mfg. HR"):
  // in a long template they are a footer's.
  if (lines.length > SHORT_NOTE_LINES || stop < lines.length - 2) return { block: [], underSignOff: false };
  const block: string[] = [];
  for (let i = stop - 1; i >= 0 && block.length < 4; i--) {
    const line = lines[i] ?? '';
    if (line.length > MAX_NAME || endsSentence(line)) break;
    block.unshift(line);
  }
  return { block, underSignOff: false };
}

/** A sentence ends with . ! ? — but "Co." and "Ltd." end names. */
function endsSentence(line: string): boolean {
  return /[!?]$/.test(line) || (/\.$/.test(line) && !/\b(?:co|inc|ltd|corp|llc|plc|s\.a|c\.v|pvt|bros|mfg|dept|st|jr|sr)\.$/i.test(line));
}

/** What on one signature line names an organisation. */
function organisationsOnLine(line: string, signerWords: ReadonlySet<string>, domainWords: readonly string[], tables: CompiledTables): { name: string; raw: string }[] {
  if (line.length > MAX_LINE_READ || /[?]$/.test(line)) return [];
  const out: { name: string; raw: string }[] = [];
  // Parts at even indices, the separator before each at the odd index just before it.
  const pieces = line.split(PART_SEPARATOR);
  let afterRole = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const part = (pieces[i] ?? '').replace(/^[,;:\s]+|[,;:\s]+$/g, '');
    if (part.length < 2 || part.length > MAX_LINE) continue;
    const lower = part.toLowerCase();
    if (CONTACT_LINE.test(part) || PARENT_LINE.test(part)) continue;
    const unitThenOrganisation = UNIT_THEN_ORGANISATION.exec(part);
    if (unitThenOrganisation?.[1] && unitThenOrganisation[2] && UNIT_LINE.test(unitThenOrganisation[1]) && ORGANISATION_WORD.test(unitThenOrganisation[2])) {
      const org = withoutDepartment(unitThenOrganisation[2], tables);
      if (org && readsLikeName(org, signerWords, domainWords, tables)) out.push({ name: org, raw: unitThenOrganisation[2] });
      continue;
    }
    // "co-founder, Tidewell", "Talent Partner at Acme", "Recruiter @ Acme": the organisation follows the job.
    const jobThenOrg = /^(.{2,50}?)(?:,|\s+at|\s+@|\s+bei|\s+en|\s+chez)\s+(.{2,60})$/i.exec(part);
    if (jobThenOrg?.[1] && jobThenOrg[2] && tables.signatureRole.test(jobThenOrg[1].toLowerCase())) {
      const org = withoutDepartment(jobThenOrg[2], tables);
      if (org && readsLikeName(org, signerWords, domainWords, tables, true)) out.push({ name: org, raw: jobThenOrg[2] });
      afterRole = true;
      continue;
    }
    if (isJobLine(part, tables)) {
      afterRole = true;
      continue;
    }
    // After a job on the same line, a dash adds a speciality ("Principal Consultant - Cloud & DevOps"), a bar an organisation.
    // "HR - Vardhan Heavy Engineering Ltd.": a legal form says organisation, whatever the separator.
    if (afterRole && i > 0 && DASH_SEPARATOR.test(pieces[i - 1] ?? '') && !LEGAL_FORM.test(part)) continue;
    const org = withoutDepartment(part, tables);
    if (org && readsLikeName(org, signerWords, domainWords, tables)) out.push({ name: org, raw: part });
  }
  return out;
}

/**
 * A person's job, not an organisation: a role word with no organisation word ("Talent Partner"), or a title
 * whose head is a role however its words read ("Group Financial Controller", "Store Supervisor", "School
 * Secretary", "Professor of Biomedical Engineering"): an English job title ends in its head, or starts with
 * it before "of".
 */
function isJobLine(line: string, tables: CompiledTables): boolean {
  const lower = line.toLowerCase();
  if (!tables.signatureRole.test(lower)) return false;
  if (!ORGANISATION_WORD.test(line)) return true;
  const words = lower.split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, '')).filter((w) => w.length > 0);
  const last = words[words.length - 1] ?? '';
  return tables.signatureRole.test(last) || (words[1] === 'of' && tables.signatureRole.test(words[0] ?? ''));
}

/** "City of Brackenford Human Resources" → "City of Brackenford"; a department alone → null. */
function withoutDepartment(written: string, tables: CompiledTables): string | null {
  // "Trivikram Systems Pvt. Ltd., Hyderabad": a place after the comma; "Acme, Inc." keeps its suffix.
  const comma = /,\s+(?!(?:inc|llc|ltd|l\.l\.c|llp|plc|corp|co|gmbh|s\.?a|s\.?l|b\.?v|pvt)\b)/i.exec(written);
  const name = comma ? written.slice(0, comma.index) : written;
  const words = name.split(/\s+/);
  const isDepartment = (w: string): boolean => isDepartmentWord(w, tables.departmentWords);
  if (words.every(isDepartment)) return null;
  let end = words.length;
  // "Hallam Moor University" ends with its own kind, not a team ("University Recruiting" is a team).
  while (end > 1 && isDepartment(words[end - 1] ?? '') && !INSTITUTION_END.test(words[end - 1] ?? '')) end--;
  let start = 0;
  // "University of Castlemere": a department word followed by a connector begins the name.
  while (start < end - 1 && isDepartment(words[start] ?? '') && (words[start] ?? '')[0] === (words[start] ?? '')[0]?.toUpperCase() && !NAME_CONNECTOR.test(words[start + 1] ?? '')) start++;
  return words.slice(start, end).join(' ');
}

/** Capitalised words (with "of", "&", "de" between), not a person, not a sign-off, not a sentence. */
function readsLikeName(name: string, signerWords: ReadonlySet<string>, domainWords: readonly string[], tables: CompiledTables, afterJob = false): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  const words = name.split(/\s+/);
  if (words.length > 7) return false;
  const lower = name.toLowerCase();
  if (tables.signOff.test(name) || tables.notCompanies.has(lower)) return false;
  let capitalised = 0;
  for (const w of words) {
    if (/^[A-Z0-9\u00c0-\u00de]/.test(w)) capitalised++;
    else if (!/^(?:of|and|&|de|del|la|le|du|der|van|von|y|for|the|und|et)$/i.test(w)) return false;
  }
  if (capitalised === 0) return false;
  // "Your Recruiting Team of Acme", "Our People Team": a phrase about a team, not a name.
  if (/^(?:your|our|my|we|the team|this|these|do|please|click|view|visit|about|join|dial|meeting|passcode|download|reply|call)\b/i.test(name)) return false;
  // A lone word is a name only when it is not initials ("JP") and the sender's address confirms it.
  if (words.length === 1 && (/^[A-Z]{1,3}$/.test(name) || (!afterJob && !confirmedBy(lower.replace(/[^a-z0-9]+/g, ''), domainWords)))) return false;
  // "Tuesday 15 April 2025 14:00", "Q3 2025": a date or time, not a name.
  if (/\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(name)) return false;
  // The signer's own name ("Dee", "Joost Dekker", "Lic. Mariana Gómez").
  const nameWords = lower.split(/[^a-z\u00c0-\u024f]+/).filter((w) => w.length > 1);
  if (nameWords.length > 0 && nameWords.every((w) => signerWords.has(w) || /^(?:mr|mrs|ms|dr|lic|ing|prof)$/.test(w))) return false;
  // Another person's name ("Northgate Technical" reads like one too): when the sender's name is known, only
  // a name sharing a word with it is taken for a person.
  const personLike = looksLikePersonName(name.replace(/^(?:mr|mrs|ms|dr|lic|ing|prof)\.?\s+/i, '')) && !ORGANISATION_WORD.test(name);
  // A family business puts the signer's surname first ("Declan Furlong" signs for "Furlong Electrical", Rob Hensley
  // for "Hensley's Garden Centres"); a person puts it last ("Kwame Boakye" of "Mensah & Boakye Chambers").
  const sharesSignerWord = nameWords.some((w) => signerWords.has(w));
  const familyBusiness =
    signerWords.has(nameWords[0] ?? '') && !startsWithGivenName(name) && !nameWords.every((w) => signerWords.has(w));
  if (personLike && !familyBusiness && (signerWords.size === 0 || sharesSignerWord)) return false;
  // The same, past the family-business exception, for a name with letters after it ("Tom Hartley RIBA") that
  // begins with a given name; a firm's line below it may not ("Lucky Bean Espresso").
  const withoutLetters = withoutPostNominals(name);
  if (sharesSignerWord && startsWithGivenName(name) && !ORGANISATION_WORD.test(withoutLetters) && looksLikePersonName(withoutLetters)) return false;
  // One word the sender's name does not hold is a name only when the line holds nothing else (a brand).
  return /[A-Za-z]{2,}/.test(name);
}

/** The sender's domain or address holds the name ("brightpathrecruitment" ⊃ "brightpath") or the name holds it. */
function confirmedBy(key: string, domainWords: readonly string[]): boolean {
  return key.length >= 4 && domainWords.some((w) => w.length >= 4 && (key.includes(w) || w.includes(key)));
}
