/**
 * The employer, never the relay. Every source proposes candidates with a
 * weight; candidates naming the same company add up, so a display name that
 * the body confirms beats a lone guess.
 */

import { ASSESSMENT_PLATFORMS, ATS_PROVIDERS, JOB_PLATFORMS, SCREENING_PLATFORMS } from '../read/ats-senders.ts';
import { NAME_CONNECTOR, companyKey, isDepartmentWord, looksLikeAddress, normalizeCompanyName, prettifySlug } from './company-name.ts';
import type { CompiledTables } from '../read/compile-tables.ts';
import type { ParsedLink } from '../prepare/extract-links.ts';
import type { SenderProfile } from '../read/sender-profile.ts';
import { mayMatch, visitTemplateMatches } from './template-matches.ts';
import type { TemplateText } from './template-matches.ts';
import type { CompiledTemplate } from '../read/compile-tables.ts';
import { looksLikePersonName } from './person-name.ts';
import { readSignature } from './read-signature.ts';
import { findClientMentions } from './client-mentions.ts';
import { startsWithGivenName } from './given-names.ts';
import { findForwardedSenders } from './forwarded-senders.ts';
import { profileSender } from '../read/sender-profile.ts';
import { businessFromMailbox, namesATrade } from './trade-mailboxes.ts';
import { findSelfIntroductions } from './self-introductions.ts';
import { readFooterNames } from './footer-names.ts';
import { readEmployerFields } from './form-fields.ts';

export { looksLikePersonName };

export interface CompanyResult {
  company: string | null;
  evidence: string | null;
}

interface Candidate {
  name: string;
  weight: number;
  source: string;
  /** A slug guessed from an address or link: trusted less unless the text confirms it. */
  fromSlug: boolean;
}

const RELAY_WORDS = new Set(
  [...ATS_PROVIDERS.map((a) => a.name), ...JOB_PLATFORMS.map((p) => p.name), ...ASSESSMENT_PLATFORMS.map((p) => p.name), ...SCREENING_PLATFORMS.map((p) => p.name), 'docusign', 'adobe sign', 'dropbox sign', 'hellosign', 'pandadoc', 'workday', 'myworkday', 'icims', 'greenhouse', 'lever', 'taleo', 'linkedin', 'indeed', 'glassdoor', 'gmail', 'outlook', 'google calendar', 'calendly', 'zoom', 'microsoft teams', 'spark hire recruit', 'spark hire']
    .map((s) => companyKey(s)),
);

/** A display name made only of department words ("People Team", "HR Dept") names a department, not an employer. */
function namesOnlyADepartment(name: string, departmentWords: ReadonlySet<string>): boolean {
  return name.toLowerCase().split(/[\s,/|-]+/).filter(Boolean).every((word) => departmentWords.has(word));
}

/**
 * "Recruitment - Wattle Shire Council", "HR Department – St. Brigid's", "Section Dunmore County Council":
 * a department named before the organisation, set off by a dash, a bar or a colon or simply leading,
 * is dropped ("University of Castlemere" keeps its first word: a connector follows it).
 */
function withoutLeadingDepartment(name: string, departmentWords: ReadonlySet<string>): string {
  const separated = /^(.{2,50}?)\s*(?:\s[-–—|]\s|:\s)\s*(.{2,})$/.exec(name);
  if (separated?.[1] && separated[2] && separated[1].split(/\s+/).every((w) => isDepartmentWord(w, departmentWords))) return separated[2].trim();
  // Only the words that name nothing but a department lead this way: "Global Payments" and "Early Learning
  // Centre" are names.
  const words = name.split(/\s+/);
  let start = 0;
  while (start < words.length - 2 && LEADING_DEPARTMENT.test(words[start]!) && !NAME_CONNECTOR.test(words[start + 1]!)) start++;
  return start === 0 ? name : words.slice(start).join(' ');
}

const LEADING_DEPARTMENT = /^(?:HR|Human|Resources|Recruitment|Recruiting|Talent|Acquisition|Section|Department|Dept\.?|Unit|Personnel)$/;

/** "LinkedIn Job Alerts", "Indeed Apply", "HackerRank Team": a relay's own mailbox, named after the relay. */
function namedAfterRelay(name: string): boolean {
  const words = name.split(/\s+/);
  return SCREENING_NAME.test(name) || [1, 2].some((n) => words.length >= n && RELAY_WORDS.has(companyKey(words.slice(0, n).join(' '))));
}

/**
 * A background-check or referencing service by its name ("ClearPath Screening", "VerifyFirst
 * Verifications"): it checks candidates for the employer and is never the employer itself, like the
 * services known by their domains (SCREENING_PLATFORMS).
 */
const SCREENING_NAME = /\b(?:screening|verifications?|vetting|background checks?|referencing)\b/i;
const SCREENING_LABEL = /screening|verif|vetting|backgroundcheck|referencing/;

/** Address and host labels that are infrastructure, not a company slug. */
const GENERIC_LABELS = new Set([
  'mail', 'email', 'emails', 'talent', 'us', 'eu', 'uk', 'ca', 'notifications', 'notification', 'noreply', 'no-reply', 'donotreply',
  'do-not-reply', 'do_not_reply', 'app', 'apps', 'jobs', 'careers', 'career', 'www', 'em', 'e', 'mg', 'reply', 'nurture', 'jobalerts',
  'trm', 'hire', 'recruiting', 'recruit', 'hr', 'scheduler', 'mailer-noreply', 'mailer', 'notify', 'info', 'system', 'admin',
  'support', 'enterprise', 'candidates', 'candidate', 'apply', 'boards', 'job-boards', 'api', 'wd1', 'wd3', 'wd5', 'wd10', 'wd12',
  'wd103', 'wd501', 'fa', 'ats', 'applications', 'autoreply', 'news', 'team', 'hello', 'message', 'messages', 'send', 'bounce',
  // Reserved for documentation and tests (RFC 2606): never anyone's employer.
  'example',
]);

/** Link shapes whose first path segment is the employer's slug. */
const PATH_SLUG_HOSTS = [
  'boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io', 'jobs.lever.co',
  'jobs.eu.lever.co', 'jobs.ashbyhq.com', 'careers.smartrecruiters.com', 'jobs.smartrecruiters.com', 'apply.workable.com',
  'jobs.jobvite.com', 'careers.jobvite.com', 'ats.rippling.com', 'app.dover.io',
];
/** A hiring system's own pages on those hosts ("jobs.smartrecruiters.com/privacy", "apply.workable.com/video-interview"): no employer's slug. */
const SYSTEM_PAGES = new Set([
  'unsubscribe', 'candidate-portal', 'interview', 'interviews', 'video-interview', 'me', 'privacy', 'privacy-policy', 'terms', 'legal',
  'cookies', 'help', 'login', 'signin', 'sign-in', 'account', 'settings', 'preferences', 'oneclick-ui', 'sr-jobs', 'assessment', 'assessments',
]);

/** Link hosts whose left-most label is the employer's slug. */
const SUBDOMAIN_SLUG_SUFFIXES = [
  'myworkdayjobs.com', 'myworkdaysite.com', 'icims.com', 'bamboohr.com', 'teamtailor.com', 'recruitee.com', 'breezy.hr',
  'applytojob.com', 'jobs.personio.de', 'jobs.personio.com', 'workable.com', 'taleo.net', 'avature.net', 'pinpointhq.com',
];
const SENDER_SUBDOMAIN_SLUG_SUFFIXES = ['comeet-notifications.com', 'clinchtalent.com', 'avature.net', 'icims.com', 'taleo.net', 'successfactors.com'];

export function extractCompany(input: {
  sender: SenderProfile;
  subject: TemplateText;
  flatBody: string;
  lineBody: TemplateText;
  /** The start of the quoted earlier message, read like the body; null when the mail quotes nothing. */
  quotedBody?: TemplateText | null;
  /** The body's lines as written (not re-joined): a signature's lines are facts of their own. */
  signatureText: string;
  /** The quoted earlier message as written, or '' (its header block may name its sender). */
  quotedText?: string;
  /** The recipients' addresses: the reader's own mail, quoted, does not name an employer. */
  readers?: readonly string[];
  links: readonly ParsedLink[];
  /** The HTML part's logo alt texts (prepare/html-to-text.ts). */
  logos?: readonly string[];
  tables: CompiledTables;
}): CompanyResult {
  const { sender, tables } = input;
  const text = `${input.subject.text}\n${input.lineBody.text}`;
  const candidates: Candidate[] = [];
  let textWords: string[] | null = null; // split once, when an abbreviation asks for it
  const platformKey = sender.platform ? companyKey(sender.platform.name) : null;
  const atsKey = sender.ats ? companyKey(sender.ats.name) : null;
  const add = (raw: string, weight: number, source: string, fromSlug = false): boolean => {
    const normalized = normalizeCompanyName(raw);
    const withoutDepartment = withoutLeadingDepartment(normalized, tables.departmentWords);
    // Normalized again only when a department went: what it left may begin with "The" or end in a suffix.
    let name = withoutDepartment === normalized ? normalized : normalizeCompanyName(withoutDepartment);
    const key = companyKey(name);
    if (key.length < 2 || name.length > 60 || RELAY_WORDS.has(key)) return false;
    // "Jobs Go Public" less its "Jobs", "Civil Service Jobs" less its "Jobs": still the board or system that sends.
    if (platformKey?.includes(key) || (atsKey?.includes(key) && key.length >= 4)) return false;
    if (tables.notCompanies.has(name.toLowerCase()) || namesOnlyADepartment(name, tables.departmentWords)) return false;
    // Signatures put a person's job next to "Recruiting": "Jane Roe, Senior Recruiter Recruiting".
    if (tables.roleNoun.test(name.toLowerCase()) || /\b(?:sr|jr|dir|senior)\b/i.test(name)) return false;
    if (/^[+\d][\d\s().-]{5,}/.test(name)) return false;
    if (looksLikeAddress(name)) return false;
    // "an interview with Cllr Patel", "signed Dr Okafor": a titled person is on the panel, not the employer.
    if (TITLED_PERSON.test(name)) return false;
    // "reed.co.uk", "The IrishJobs.ie Team": a site named by its own address is the site that sends, not an employer.
    if (/\.[a-z]{2,}$/i.test(name) && (sender.platform !== null || sender.ats !== null || key === companyKey(sender.domain))) return false;
    // "Join Zoom Meeting", "Join Microsoft Teams Meeting": the meeting, not the employer.
    if (MEETING_NAME.test(name)) return false;
    // "MRUSD", "Hollins Creek SD": an abbreviation the text spells out is shown spelt out.
    if (!fromSlug && ABBREVIATION.test(name)) {
      textWords ??= wordsOf(text);
      name = expandAbbreviation(name, textWords) ?? name;
    }
    // "Faculty of Science Recruitment": a unit of its organisation, which the mail usually names too.
    candidates.push({ name, weight: UNIT_OF_ORGANISATION.test(name) ? weight * 0.5 : weight, source, fromSlug });
    return true;
  };

  // On a free-mail address the display name is a person (or an independent recruiter), unless it names a
  // department of an organisation ("Recursos Humanos Grupo Altamar").
  if (!sender.freeMail) fromDisplayName(sender, add, text);
  else {
    // "Healwell Pharmacy HR" names the business by its department already.
    if (!fromDepartmentDisplayName(sender, add, tables)) fromTradeMailbox(sender, add);
  }
  fromSenderAddress(sender, add);
  if (sender.freeMail) fromFreeMailAddress(sender, text, add);
  for (const link of input.links) fromLink(link, add);
  // An ATS or job board shows the employer's logo beside its own: the alt text names it. The sender's own
  // logo (a relay's, a screening firm's) repeats its domain and adds nothing the domain does not say.
  if (input.logos && input.logos.length > 0) {
    const senderKey = sender.domain ? companyKey(registrableLabel(sender.domain) ?? '') : '';
    for (const logo of input.logos.slice(0, 2)) if (companyKey(logo) !== senderKey) add(logo, 3, `logo "${logo}"`);
  }
  fromTemplates(tables.companyTemplates, input.subject, tables, 3.5, 'subject', add);
  fromTemplates(tables.companyTemplates, input.lineBody, tables, 3, 'body', add);
  // "Re: … the server position at Corner Grill": a reply that names nobody answers the mail it quotes, which may.
  if (input.quotedBody) fromTemplates(tables.companyTemplates, input.quotedBody, tables, 1.5, 'the quoted mail', add);
  fromForwardedSenders(input, add, tables);
  for (const organisation of findSelfIntroductions(input.lineBody.text)) {
    const name = cutAtStopWord(organisation, tables.companyStopWords);
    if (name) add(name, 3, `the writer introduces themselves from "${name}"`);
  }
  for (const value of readEmployerFields(input.lineBody.text)) add(value, 8, `form field "Employer: ${value}"`);
  fromHeadline(input.signatureText, tables, add);
  // "for our client Ventana Payments": whoever writes, the client is the employer.
  const clients = fromTemplates(tables.clientTemplates, input.lineBody, tables, 6, 'body', add) + fromTemplates(tables.clientTemplates, input.subject, tables, 6, 'subject', add);

  const agencies = new Set<string>();
  const domainLabel = sender.domainNamesEmployer ? registrableLabel(sender.domain) : null;
  const domainWords = [...(domainLabel ?? '').split(/[-_]/), ...(sender.freeMail ? [] : sender.localPart.split(/[._+-]/))].filter((w) => w.length >= 4);
  // A job board's own footer is not the employer's signature; an ATS template names the employer in its
  // display name, address and links, and its closing lines are the template's.
  // When the display name and the text already agree on one name twice over, a signature line adds nothing.
  const settled = settledName(candidates);
  // An ATS whose template names nobody (a "Recruitment Team" display name, no employer link) still
  // carries what the employer typed: its signature is then the one place the employer is named.
  const templateNamesEmployer = sender.platform !== null || (sender.ats !== null && candidates.some((c) => !c.fromSlug));
  const signature = templateNamesEmployer || settled ? undefined : readSignature(input.signatureText, sender.name, domainWords, tables)[0];
  if (signature) {
    // Under a sign-off the organisation line is as good as a template; trailing short lines are a weaker guess.
    const weight = (signature.underSignOff ? 2.5 : 1.5) + 0.5 * Math.min(3, signature.strength);
    add(signature.name, weight, `signature "${signature.name}"`);
    if (signature.agency) agencies.add(companyKey(normalizeCompanyName(signature.name)));
  }
  if (domainLabel && !SCREENING_LABEL.test(domainLabel)) {
    // A staffing agency's domain names the agency, not the client it recruits for; a jobs portal's, the portal.
    const agency = AGENCY_LABEL.test(domainLabel);
    add(prettifySlug(domainLabel), agency ? 0.5 : 2, `sender domain ${sender.domain}`, true);
    if (agency) agencies.add(companyKey(prettifySlug(domainLabel)));
  }

  fromFooter(input.lineBody.text, sender, candidates, add);

  // The words of the sender's display name: the writer, who is no party the prose names.
  const senderWords = new Set(sender.name.toLowerCase().split(/\s+/));
  if (agencies.size > 0) {
    // An agency writes for an employer: "Halcyon Freight have reviewed your CV" names it.
    // One word ("Parkgate have come back") could be a person's name: it counts when the mail names it again.
    // A given name ("Harriet has decided") is the client's person, however often the mail names her.
    const notAnEmployer = (name: string): boolean =>
      isAgency(name, agencies) ||
      (!name.includes(' ') && countWord(text, name) < 2) ||
      (startsWithGivenName(name) && (!name.includes(' ') || looksLikePersonName(name)));
    fromTemplates(tables.relayedEmployerTemplates, input.lineBody, tables, 4, 'body', add, notAnEmployer);
    fromTemplates(tables.relayedEmployerTemplates, input.subject, tables, 4, 'subject', add, notAnEmployer);
    // Most agency mail names its client in prose no template foresees ("heard back from Hargreaves Lyle").
    const notAParty = (name: string): boolean => isAgency(name, agencies) || senderWords.has(name.toLowerCase().split(/\s+/)[0] ?? '');
    for (const mention of findClientMentions(input.subject.text, input.lineBody.text, notAParty).slice(0, 3)) {
      add(mention.name, 1.5 + mention.score, `the agency's mail names "${mention.name}"`);
    }
    // The agency is the relay: its name, domain and display name are not the employer. Whatever else the
    // mail names wins; with nothing else, the agency itself is the name to go by (staffing agencies
    // employ travel nurses and contractors; a client it does not name cannot be told).
    const employer = candidates.filter((c) => !isAgency(c.name, agencies) && !c.source.startsWith('sender domain'));
    if (employer.length > 0) return pickCompany(employer, text);
    // A client it speaks of without naming ("my client, a Series B fintech") leaves the agency as the
    // one name the reader's application goes by, until a later mail names the client.
    const agency = pickCompany(candidates, text);
    const unnamedClient = clients > 0 || tables.clientCue.test(input.flatBody.toLowerCase());
    return agency.company && unnamedClient ? { ...agency, evidence: `${agency.evidence}; the agency writes for a client it does not name` } : agency;
  }
  const picked = pickCompany(candidates, text);
  if (picked.company || !sender.freeMail) return picked;
  // A person on free mail whom nothing else places ("davepritch71@gmail.com", no signature line, no template)
  // names their organisation in prose the way an agency names its client: "anything comes up at Brackenfield",
  // "our HR Mrs. Desai at Trivedi Polymers". Read the same way, and only then.
  // The writer's own name is no party; a family business that begins with it ("Mahesh Trivedi" of "Trivedi Polymers") is.
  const notAParty = (name: string): boolean => name.toLowerCase().split(/\s+/).every((word) => senderWords.has(word));
  const [mention] = findClientMentions(input.subject.text, input.lineBody.text, notAParty);
  if (!mention) return picked;
  add(mention.name, 1 + mention.score, `the writer's mail names "${mention.name}"`);
  return pickCompany(candidates, text);
}

/**
 * "Powered by Talentpath" names a hiring system: whatever carries its name (the display name
 * "Talentpath Notifications", the domain talentpath-ats.com) relays and is dropped. The footer's
 * "© 2025 Harrowfield Building Society" is then the organisation the template serves.
 */
function fromFooter(text: string, sender: SenderProfile, candidates: Candidate[], add: Add): void {
  const footer = readFooterNames(text);
  // A legal line names the entity that sends, as its lawyers wrote it: the organisation, not the unit in the display name.
  for (const entity of footer.legalEntities.slice(0, 2)) add(entity, 3, `legal line "${entity} is a …"`);
  const relays = footer.poweredBy.map(companyKey).filter((k) => k.length >= 4);
  const poweredBy = (key: string): boolean => relays.some((r) => key.startsWith(r));
  for (let i = candidates.length - 1; i >= 0; i--) if (poweredBy(companyKey(candidates[i]!.name))) candidates.splice(i, 1);
  // The holder stands for the employer only where a hiring system sends: a company's own footer repeats its name anyway.
  if (relays.length === 0 && sender.ats === null) return;
  const known = [sender.ats?.name, sender.platform?.name].filter((n): n is string => n !== undefined).map(companyKey);
  for (const holder of footer.copyrightHolders.slice(0, 2)) {
    const key = companyKey(holder);
    if (!poweredBy(key) && !known.some((k) => k.length >= 3 && key.startsWith(k))) add(holder, 3, `footer "© ${holder}"`);
  }
}

/**
 * A messaging platform puts the writer's headline under their name at the top ("Megan Alvarez /
 * Senior Talent Partner at Corvane Health"), where no signature reader looks.
 */
const HEADLINE = /^(.{2,60}?)\s+(?:at|@)\s+(\p{Lu}[^,;]{1,59})$/u;
const HEADLINE_LINES = 4;

function fromHeadline(text: string, tables: CompiledTables, add: Add): void {
  let seen = 0;
  // Line by line from the top, without splitting the whole body: only its first lines matter.
  for (let start = 0; start < text.length && seen < HEADLINE_LINES; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).trim();
    start = end < 0 ? text.length : end + 1;
    if (!line) continue;
    seen++;
    const headline = HEADLINE.exec(line);
    if (headline?.[1] && headline[2] && tables.signatureRole.test(headline[1].toLowerCase()) && !/[.!?]$/.test(line)) {
      add(headline[2], 4, `the writer's headline "${line}"`);
      return;
    }
  }
}

function countWord(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0 && n < 2; at = text.indexOf(word, at + word.length)) {
    if (!/[A-Za-z0-9]/.test(text[at - 1] ?? ' ')) n++;
  }
  return n;
}

/** "Brightleaf" → "Brightleaf Books" when the text goes on with capitalised words in the same clause. */
function withFollowingNameWords(name: string, text: string): string {
  const at = text.indexOf(name);
  if (at < 0) return name;
  const next = /^((?: [A-Z][A-Za-z&'-]{1,30}){1,3})/.exec(text.slice(at + name.length, at + name.length + 100));
  if (!next?.[1]) return name;
  const words = next[1].trim().split(' ');
  // A new sentence's first word is not part of the name ("… Brightleaf. We …" never gets here: the dot stops it).
  while (words.length > 0 && /^(?:I|I'm|We|You|The|And|Or|But|Thanks)$/.test(words[words.length - 1] ?? '')) words.pop();
  return words.length > 0 ? `${name} ${words.join(' ')}` : name;
}

/** True when one name already has the weight of two strong sources (a display name and a template). */
function settledName(candidates: readonly Candidate[]): boolean {
  const totals = new Map<string, number>();
  for (const c of candidates) {
    if (c.fromSlug) continue;
    const key = companyKey(c.name);
    const total = (totals.get(key) ?? 0) + c.weight;
    if (total >= 8) return true;
    totals.set(key, total);
  }
  return false;
}

/** The agency itself or a shorter or longer form of its name ("Northgate Tech", "Northgate Technical Recruitment"). */
function isAgency(name: string, agencies: ReadonlySet<string>): boolean {
  const key = companyKey(name);
  for (const agency of agencies) {
    const shorter = key.length < agency.length ? key : agency;
    const longer = key.length < agency.length ? agency : key;
    if (shorter.length >= 4 && longer.startsWith(shorter)) return true;
  }
  return false;
}

/** The words of a text, as `expandAbbreviation` reads them. */
export function wordsOf(text: string): string[] {
  return text.slice(0, 30000).split(/[^A-Za-z0-9&\u00c0-\u024f'-]+/).filter((w) => w.length > 0);
}

/** A last word in capitals of two to six letters: an abbreviation ("MRUSD", "Hollins Creek SD"). */
const ABBREVIATION = /(?:^|\s)[A-Z]{2,6}$/;
const CONNECTOR = /^(?:of|and|&|the|for|de|del|y)$/i;

/** A word that may stand for a letter of an abbreviation: capitalised ("School", "Te"), or in a heading's capitals ("SCHOOL"). */
const SPELT_OUT_WORD = /^[A-Z\u00c0-\u00de](?:[a-z\u00df-\u00ff]+|[A-Z\u00c0-\u00de]+)$/;

/**
 * "Hollins Creek SD" → "Hollins Creek School District" when the text has capitalised words that
 * start with the candidate's other words and whose initials spell the abbreviation. A heading in
 * capitals ("EASTERN HIGHVELD UNIVERSITY OF TECHNOLOGY") spells it out too, shown in title case.
 */
export function expandAbbreviation(name: string, words: readonly string[]): string | null {
  const nameWords = name.split(/\s+/);
  const at = nameWords.findIndex((w) => /^[A-Z]{2,6}$/.test(w));
  if (at < 0 || at !== nameWords.length - 1) return null;
  const prefix = nameWords.slice(0, at).map((w) => w.toLowerCase());
  const letters = (nameWords[at] ?? '').toLowerCase();
  for (let i = 0; i + prefix.length < words.length; i++) {
    let ok = true;
    for (let k = 0; k < prefix.length && ok; k++) ok = (words[i + k] ?? '').toLowerCase() === prefix[k];
    if (!ok) continue;
    let j = i + prefix.length;
    let matched = 0;
    let capitals = 0;
    const taken: string[] = [];
    while (j < words.length && matched < letters.length && taken.length < letters.length * 2) {
      const w = words[j] ?? '';
      if (matched > 0 && CONNECTOR.test(w)) {
        taken.push(w);
        j++;
        continue;
      }
      // Each letter stands for a word ("School", "District", "Te"), not another abbreviation ("AI") or "I'm".
      if (w[0]?.toLowerCase() !== letters[matched] || !SPELT_OUT_WORD.test(w)) break;
      if (w === w.toUpperCase()) capitals++;
      taken.push(w);
      matched++;
      j++;
    }
    // Words in capitals spell it out only as a heading, all of them in capitals and more letters than the abbreviation's own.
    const heading = capitals === matched && letters.length >= 3;
    if (matched === letters.length && taken.length > 1 && (capitals === 0 || (heading && taken.join('').length > letters.length * 2))) {
      const full = [...words.slice(i, i + prefix.length), ...taken].join(' ');
      if (!heading) return normalizeCompanyName(full);
      if (prefix.length === 0) return normalizeCompanyName(titleCase(taken));
    }
  }
  return null;
}

/** A heading's words in title case, connectors in lower case: "UNIVERSITY OF TECHNOLOGY" → "University of Technology". */
function titleCase(words: readonly string[]): string {
  return words.map((w, i) => (i > 0 && CONNECTOR.test(w) ? w.toLowerCase() : w[0]! + w.slice(1).toLowerCase())).join(' ');
}

/**
 * "Recursos Humanos Grupo Altamar", "Maple Dental HR": a department of a named organisation, even on free
 * mail. Whether it names one (and the organisation was added).
 */
function fromDepartmentDisplayName(sender: SenderProfile, add: Add, tables: CompiledTables): boolean {
  const name = sender.name;
  const words = name.replace(/["']/g, '').trim().split(/\s+/);
  const isDepartmentWord = (w: string): boolean => tables.departmentWords.has(w.toLowerCase());
  let start = 0;
  while (start < words.length && isDepartmentWord(words[start] ?? '')) start++;
  let end = words.length;
  while (end > start && isDepartmentWord(words[end - 1] ?? '')) end--;
  if ((start === 0 && end === words.length) || end - start === 0) return false;
  const organisation = words.slice(start, end).join(' ');
  // "Sam Recruiter" is a person with a job; "Grupo Altamar", or one word the address spells out, an organisation.
  if ([...words.slice(0, start), ...words.slice(end)].some((w) => /^recruiters?$/i.test(w))) return false;
  const confirmed = end - start >= 2 || sender.localPart.toLowerCase().includes(companyKey(organisation));
  // A department first ("RRHH Constructora Velasco") is how mailboxes are named; "Jane Smith HR" may be a person.
  return confirmed && (start > 0 || !looksLikePersonName(organisation)) && add(organisation, 3, `sender name "${name}"`);
}

/** A small business on free mail, named by its trade in the display name or the address ("groundfloorcoffee@outlook.com"). */
function fromTradeMailbox(sender: SenderProfile, add: Add): void {
  if (namesATrade(sender.name)) {
    add(sender.name, 3, `sender name "${sender.name}"`);
    return;
  }
  const business = businessFromMailbox(sender.localPart);
  if (business) add(business, 2, `sender address ${sender.address}`, true);
}

/**
 * "deeharlan.copperkettle@gmail.com", "rh.grupoaltamar@outlook.com": a small business on a free-mail
 * address often puts its name in the address. A part that is not the sender's own name counts
 * when the text spells it out in capitals ("Copper Kettle").
 */
function fromFreeMailAddress(sender: SenderProfile, text: string, add: Add): void {
  const ownName = new Set(sender.name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 1));
  const ownJoined = [...ownName].join('');
  for (const part of sender.localPart.toLowerCase().split(/[._+-]+/)) {
    const bare = part.replace(/\d+$/, '');
    if (bare.length < 4 || GENERIC_LABELS.has(bare) || ownName.has(bare) || (ownJoined.length > 0 && (ownJoined.includes(bare) || bare.includes(ownJoined)))) continue;
    if ([...ownName].some((w) => w.length >= 3 && bare.startsWith(w) && bare.length - w.length < 4)) continue;
    const spelt = respellExact(bare, text);
    // "Little Bourke" is capitalised like a person's name; one that begins with a given name is taken for one.
    if (spelt && !(looksLikePersonName(spelt) && startsWithGivenName(spelt))) add(withFollowingNameWords(spelt, text), 3, `sender address ${sender.address}`);
  }
}

/**
 * The sender of a forwarded or quoted message is read as the sender is, at half the weight: the
 * client's HR under an agency's forward, the employer's mail the reader forwards. Mailboxes of the
 * outer sender's own domain, free mail and the reader's own say nothing new.
 */
function fromForwardedSenders(input: { sender: SenderProfile; signatureText: string; quotedText?: string; readers?: readonly string[] }, add: Add, tables: CompiledTables): void {
  for (const address of findForwardedSenders(input.quotedText ? [input.signatureText, input.quotedText] : [input.signatureText])) {
    if (input.readers?.includes(address.address)) continue;
    const profile = profileSender(address, tables.recruitingName);
    if (profile.freeMail || profile.domain === input.sender.domain || profile.domain.length === 0) continue;
    const weaker: Add = (raw, weight, source, fromSlug) => add(raw, weight / 2, `forwarded mail's ${source}`, fromSlug);
    fromDisplayName(profile, weaker);
    fromSenderAddress(profile, weaker);
    const label = profile.domainNamesEmployer ? registrableLabel(profile.domain) : null;
    if (label && !AGENCY_LABEL.test(label)) weaker(prettifySlug(label), 3, `sender domain ${profile.domain}`, true);
  }
}

type Add = (raw: string, weight: number, source: string, fromSlug?: boolean) => boolean;

const MEETING_NAME = /^(?:zoom|(?:microsoft\s+)?teams|google\s+meet|webex|skype|gotomeeting)(?:\s+(?:meeting|call|video|webinar|link|session)s?)?$/i;
const RELAY_SUFFIX = /^(.{2,60}?)\s+(?:via|@|at)\s+(?:greenhouse|lever|workday|ashby|icims|smartrecruiters|workable|jobvite|bamboohr|teamtailor|recruitee|comeet|breezy|jazzhr|taleo|spark hire\w*)\b/i;
const RECRUITING_SUFFIX =
  /^(.{2,60}?)(?:[\s,\-–|]+(?:global\s+)?(?:talent\s+acquisition(?:\s+team)?|early\s+careers?|graduate\s+(?:recruitment|recruiting|careers?)|campus\s+(?:recruiting|recruitment)|university\s+(?:recruiting|relations)|human\s+resources\s+(?:department|dept\.?)|hr\s+(?:department|dept\.?)|recruiting(?:\s+team)?|recruitment(?:\s+(?:team|unit|portal|service|mailbox))?|national\s+recruitment\s+service|recruiters?|careers?|hiring(?:\s+team)?|talent(?:\s+(?:team|management))?|jobs|hr|human\s+resources|people(?:\s+team)?|people\s+(?:&|and)\s+culture|helpdesk|help\s+desk|careers?\s+portal|workday(?:\s+notification)?|notifications?|kariera|karriere|carri[eè]res?|vacatures|empleo)){1,3}$/i;
const RECRUITING_PREFIX =
  /^(?:team|careers?(?:\s+at)?|jobs(?:\s+at)?|recruiting|talent\s+acquisition|talent|hr|workday|myworkday@|bewerbung(?:en)?|karriere(?:\s+bei)?|rrhh|recursos\s+humanos|werken\s+bij|work\s+at)\s*[@:\-–]?\s*(.{2,60})$/i;
/** "Alicia Romero - Mercy Glen", "Tyler Quinn | Bluecrest Nurse Staffing": a person, then their organisation. */
const PERSON_THEN_ORGANISATION = /^([A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){1,2})\s+[-–|]\s+(.{2,60})$/;
const PERSON_FROM = /^[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,2}\s+(?:from|at|@)\s+(.{2,60})$/;

function fromDisplayName(sender: SenderProfile, add: Add, text = ''): void {
  const name = splitCamelCase(
    sender.name
      .replace(/\[[^\]]{0,40}\]/g, '')
      .replace(/(?:do[_-]?not[_-]?reply|no[_-]?reply)[_\s-]*/gi, '')
      .replace(/_/g, ' ')
      .trim(),
  );
  if (!name || name.includes('@') && !/^myworkday@/i.test(name) && !RELAY_SUFFIX.test(name)) return;
  if (namedAfterRelay(name)) return;
  // "Kavach Fintech Hiring via Codeyard" names the employer before "via", whatever relays it, never the relay.
  // "Jane Roe via DocuSign" names a person: two capitalised words may still be a firm ("Tidewell Digital"), so
  // such a name counts only where the text names it too.
  const via = /^(.{2,60}?)\s+via\s+(.{2,40})$/i.exec(name);
  if (via?.[1] && via[2]) {
    const sender = via[1].trim();
    const personLike = looksLikePersonName(sender);
    if (personLike && (RELAY_WORDS.has(companyKey(via[2])) || !text.includes(sender))) return;
    return void add(RECRUITING_SUFFIX.exec(sender)?.[1] ?? sender, personLike ? 2 : 5, `sender name "${name}"`);
  }
  const relay = RELAY_SUFFIX.exec(name);
  if (relay?.[1]) return void add(relay[1], 5, `sender name "${name}"`);
  const person = PERSON_FROM.exec(name);
  if (person?.[1]) return void add(person[1], 5, `sender name "${name}"`);
  const personThen = PERSON_THEN_ORGANISATION.exec(name);
  if (personThen?.[1] && personThen[2] && looksLikePersonName(personThen[1])) {
    const organisation = RECRUITING_SUFFIX.exec(personThen[2])?.[1] ?? personThen[2];
    return void add(organisation, 5, `sender name "${name}"`);
  }
  const suffix = RECRUITING_SUFFIX.exec(name);
  if (suffix?.[1]) return void add(suffix[1].replace(/^(?:the)\s+/i, ''), 5, `sender name "${name}"`);
  const prefix = RECRUITING_PREFIX.exec(name);
  if (prefix?.[1]) return void add(prefix[1], 5, `sender name "${name}"`);
  if (/\b(?:do[\s_-]?not[\s_-]?reply|no[\s_-]?reply|notification|automated)\b/i.test(name)) return;
  // A bare display name from an ATS or a company mailbox is usually the company, a person's name is not;
  // names that could be either get a small weight and win only when the body agrees. One that starts
  // with a given name ("Keisha Barnes" through Greenhouse) is the recruiter who writes.
  const personLike = looksLikePersonName(name);
  if (sender.domainNamesEmployer && companyKey(name) === companyKey(registrableLabel(sender.domain) ?? '')) add(name, 4, `sender name "${name}"`);
  else if (sender.ats || sender.recruitingMailbox) {
    if (!(personLike && startsWithGivenName(name))) add(name, personLike ? 1 : 3, `sender name "${name}"`);
  }
  // "Marcus" <marcus@fernlight.io>: a given name alone is the person who writes, however short.
  else if (!personLike && (name.includes(' ') || !startsWithGivenName(name))) add(name, 1.5, `sender name "${name}"`);
}

/** "no-reply-ne-pas-repondre", "nao-responda", "noreply-careers": a mailbox that takes no answers, in any language. */
const NO_REPLY_MAILBOX = /(?:^|[-_.])(?:no-?reply|do-?not-?reply|ne-?pas-?repondre|nao-?responda|no-?responder|nicht-?antworten|niet-?beantwoorden)(?:$|[-_.])/i;

function fromSenderAddress(sender: SenderProfile, add: Add): void {
  if (!sender.ats || NO_REPLY_MAILBOX.test(sender.localPart)) return;
  const local = (sender.localPart.split('+')[0] ?? '')
    .replace(/^user-.*/, '')
    .split(/[._]/)
    .filter((part) => !GENERIC_LABELS.has(part))
    .join('-');
  if (local && !GENERIC_LABELS.has(local) && !/\d{3,}/.test(local) && local.length > 2) {
    add(prettifySlug(local), 3, `sender address ${sender.address}`, true);
  }
  for (const suffix of SENDER_SUBDOMAIN_SLUG_SUFFIXES) {
    if (sender.domain.endsWith(`.${suffix}`)) {
      const labels = sender.domain.slice(0, -suffix.length - 1).split('.');
      const slug = labels.find((l) => !GENERIC_LABELS.has(l));
      if (slug) add(prettifySlug(slug), 3, `sender address ${sender.address}`, true);
    }
  }
}

function fromLink(link: ParsedLink, add: Add): void {
  if (PATH_SLUG_HOSTS.includes(link.host)) {
    const slug = link.path.split('/').find((s) => s.length > 0);
    if (slug && !GENERIC_LABELS.has(slug.toLowerCase()) && !SYSTEM_PAGES.has(slug.toLowerCase()) && !/^\d+$/.test(slug) && slug.length > 1) {
      add(prettifySlug(decodeSafe(slug)), 4, `link ${link.host}/${slug}`, true);
    }
    return;
  }
  for (const suffix of SUBDOMAIN_SLUG_SUFFIXES) {
    if (link.host.endsWith(`.${suffix}`)) {
      const label = (link.host.slice(0, -suffix.length - 1).split('.')[0] ?? '').replace(/^careers?-/, '').replace(/-careers?$/, '');
      if (label && !GENERIC_LABELS.has(label)) add(prettifySlug(label), 4, `link ${link.host}`, true);
      return;
    }
  }
}

function fromTemplates(
  templates: readonly CompiledTemplate[],
  target: TemplateText,
  tables: CompiledTables,
  weight: number,
  where: string,
  add: Add,
  veto?: (name: string) => boolean,
): number {
  let total = 0;
  // Matches of the current template: one visitor for the whole list, not a closure per template (most find nothing).
  let found = 0;
  const visit = (m: RegExpExecArray): boolean => {
    const raw = m.groups?.['company'];
    if (raw) {
      const cut = cutAtStopWord(raw, tables.companyStopWords);
      if (cut && !veto?.(cut) && add(cut, weight, `${where} says "${m[0].trim()}"`)) total++;
      found++;
    }
    return found < 3;
  };
  for (const template of templates) {
    if (!mayMatch(template, target)) continue;
    found = 0;
    visitTemplateMatches(template, target, visit);
  }
  return total;
}

function cutAtStopWord(raw: string, stopWords: ReadonlySet<string>): string {
  const words = raw.split(' ');
  const kept: string[] = [];
  for (const w of words) {
    const bare = w.toLowerCase().replace(/[.,;:!?]+$/, '');
    if (kept.length > 0 && stopWords.has(bare)) break;
    if (kept.length === 0 && stopWords.has(bare) && bare !== 'the') return '';
    kept.push(w);
    // "U.S.", "Inc." and "Dr." do not end the name; another word's full stop ends the sentence.
    if (/[,;:!?]$/.test(w) || (/\.$/.test(w) && !/^(?:inc|co|corp|ltd|jr|sr|st)\.$/i.test(w) && !PERSON_TITLE_WITH_STOP.test(w) && !/^(?:[A-Z]\.){2,}$/.test(w))) break;
  }
  while (kept.length > 0 && /^(?:of|and|&|de|du|der|la|le|für|for|the)$/i.test(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join(' ');
}

function pickCompany(candidates: readonly Candidate[], text: string): CompanyResult {
  if (candidates.length === 0) return { company: null, evidence: null };
  const groups = new Map<string, { total: number; best: Candidate; sources: string[] }>();
  let lower: string | null = null;
  for (const c of candidates) {
    const key = companyKey(c.name);
    // A slug the text never spells out is a weak guess. Most slugs stand in the text as written, so the
    // letters-only copy of the text is made only for the others ("acmecorp" for "Acme Corp").
    if (c.fromSlug) lower ??= lowerWithAnd(text);
    let spelled = !c.fromSlug || (lower ?? '').includes(key);
    if (!spelled) {
      spelled = spelledOutIncludes(lower ?? '', key);
    }
    const weight = spelled ? c.weight : c.weight * 0.6;
    const g = groups.get(key);
    if (!g) groups.set(key, { total: weight, best: c, sources: [c.source] });
    else {
      g.total += weight;
      if (g.best.fromSlug && !c.fromSlug) g.best = c;
      if (!g.sources.includes(c.source)) g.sources.push(c.source);
    }
  }
  // A name that starts a longer candidate ("Northwind" / "Northwind Traders") supports the fuller
  // name, which wins when the text itself spells it out; a lone longer guess does not.
  const entries = [...groups.entries()];
  const support = new Map<string, number>();
  for (const [key, g] of entries) {
    for (const [otherKey, other] of entries) {
      if (otherKey !== key && otherKey.length > key.length && otherKey.startsWith(key) && !other.best.fromSlug) {
        support.set(otherKey, Math.max(support.get(otherKey) ?? 0, g.total * 0.75));
      }
    }
  }
  for (const [key, extra] of support) {
    const g = groups.get(key);
    if (g) g.total += extra;
  }
  entries.sort((a, b) => b[1].total - a[1].total);
  const top = entries[0];
  if (!top) return { company: null, evidence: null };
  // U+0130 and the Kelvin sign lower-case into ASCII letters that stand between words: with them
  // the spelled-out letters no longer show which words could join, so respell tries every key.
  if (top[1].best.fromSlug) lower ??= lowerWithAnd(text);
  const name = top[1].best.fromSlug ? respell(top[0], text, /[\u0130\u212a]/.test(text) ? null : lower) ?? top[1].best.name : top[1].best.name;
  return { company: name, evidence: `company "${name}" from ${top[1].sources.slice(0, 3).join('; ')}` };
}

/** Finds how the text spells a slug ("arescorporation" → "ARES Corporation", "sundialhq" → "Sundial"). */
function respell(key: string, text: string, lower: string | null): string | null {
  // respellExact joins the text's words, so a key that the text's letters and digits (of `lower`, the
  // text in lower case; null when unknown) do not contain cannot be found: the word-by-word search is skipped.
  const mayJoin = (k: string): boolean => lower === null || spelledOutIncludes(lower, k);
  const found = mayJoin(key) ? respellExact(key, text) : null;
  if (found) return found;
  const trimmed = key.replace(/(?:hq|inc|corp|co|group|labs|jobs|careers|app|io|team|global|usa|us)$/, '');
  const exact = trimmed !== key && trimmed.length >= 3 && mayJoin(trimmed) ? respellExact(trimmed, text) : null;
  return exact ?? respellByInitials(key, text);
}

/**
 * A slug that joins whole words and initials of a name the text writes out: "haldenfm" is "Halden Facilities
 * Management", "hqsolicitors" "Hargreaves Quinn Solicitors", "kowhairidgewines" "Kōwhai Ridge Wines". The
 * name's words must all be used (connectors may give nothing) and at least half of the slug must be whole
 * words, so a few initials alone never make a name.
 */
function respellByInitials(key: string, text: string): string | null {
  if (key.length < 5) return null;
  const words = text.slice(0, 30000).split(/[^\p{L}\p{N}&]+|(?<=&)|(?=&)/u).filter((w) => w.length > 0);
  // Domains spell "Kōwhai" as "kowhai": words are compared without their accents, and shown with them.
  const folded = words.map((w) => (w === '&' ? 'and' : w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!) || folded[i]![0] !== key[0]) continue;
    for (let j = Math.min(words.length - 1, i + 4); j > i; j--) {
      if (CONNECTOR.test(words[j]!)) continue; // "Pūtahi Learning Limited The": a name does not end in a connector
      const phrase = words.slice(i, j + 1);
      if (!phrase.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || CONNECTOR.test(w))) continue;
      if (coversByInitials(key, folded.slice(i, j + 1))) return normalizeCompanyName(phrase.join(' '));
    }
  }
  return null;
}

/**
 * Whether the slug is the words in order, each whole, as its initial, or (a connector) left out; one
 * inner word may be left out too ("castlebridgetrust" for "Castlebridge Housing Trust", "waggytailsdaycare"
 * for "Waggy Tails Doggy Daycare"), when the words kept are whole.
 */
function coversByInitials(key: string, words: readonly string[]): boolean {
  // After each word, `reach` maps (slug letters matched, inner words skipped) to the most of them that came from whole words.
  let reach = new Map<number, number>([[0, 0]]);
  const last = words.length - 1;
  words.forEach((word, index) => {
    const next = new Map<number, number>();
    const keep = (at: number, skipped: number, whole: number): void => {
      const state = at * 2 + skipped;
      if ((next.get(state) ?? -1) < whole) next.set(state, whole);
    };
    for (const [state, whole] of reach) {
      const at = state >> 1;
      const skipped = state & 1;
      if (key.startsWith(word, at)) keep(at + word.length, skipped, whole + word.length);
      if (key[at] === word[0]) keep(at + 1, skipped, whole);
      if (CONNECTOR.test(word)) keep(at, skipped, whole);
      else if (!skipped && index > 0 && index < last && at > 0) keep(at, 1, whole);
    }
    reach = next;
  });
  // With a word left out, every letter must come from whole words (whole === the slug's length): initials and a
  // gap together guess too much.
  const plain = reach.get(key.length * 2) ?? -1;
  const skipping = reach.get(key.length * 2 + 1) ?? -1;
  return (plain >= 0 && plain * 2 >= key.length) || skipping === key.length;
}

/** The text in lower case with "&" spelt "and", as domains spell it ("Books & Bramble" → booksandbramble.com). */
function lowerWithAnd(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('&') ? lower.replace(/&/g, 'and') : lower;
}

function respellExact(key: string, text: string): string | null {
  const words = text.slice(0, 30000).split(/[^A-Za-z0-9&]+|(?<=&)|(?=&)/).filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(words.length, i + 5); j++) {
      const word = words[j] ?? '';
      joined += word === '&' ? 'and' : word.toLowerCase();
      if (joined === key) {
        const first = words[i] ?? '';
        if (first[0] === first[0]?.toUpperCase()) return normalizeCompanyName(words.slice(i, j + 1).join(' '));
      }
      if (joined.length >= key.length) break;
    }
  }
  return null;
}

/**
 * Whether `key` stands in `lower` once everything but [a-z0-9] is taken out ("acmecorp" in "acme corp."),
 * without making that copy of the text: most slugs are settled by a few characters at each place the
 * key's first letter stands.
 */
function spelledOutIncludes(lower: string, key: string): boolean {
  for (let j = 0; j < key.length; j++) if (!isLowerAlnum(key.charCodeAt(j))) return false;
  if (key.length === 0) return true;
  const first = key[0]!;
  // A text made to defeat the walk ("aaaa…" for "aaa…ab") would cost length × key length: past a
  // few characters read per character of text, the letters-only copy is made after all (linear).
  let budget = 4 * lower.length;
  for (let p = lower.indexOf(first); p >= 0; p = lower.indexOf(first, p + 1)) {
    let q = p + 1;
    let j = 1;
    for (; j < key.length; j++, q++) {
      while (q < lower.length && !isLowerAlnum(lower.charCodeAt(q))) q++;
      if (q >= lower.length || lower.charCodeAt(q) !== key.charCodeAt(j)) break;
    }
    if (j === key.length) return true;
    budget -= q - p;
    if (budget < 0) return lower.replace(/[^a-z0-9]+/g, '').includes(key);
  }
  return false;
}

function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * A unit of an organisation, in a display name or signature. Narrower than the signature's own unit lines
 * (read-signature.ts): a "Department of …" or "Office of …" is often a public employer in its own right.
 */
const UNIT_OF_ORGANISATION = /^(?:the\s+)?(?:faculty|school|division|laboratory|lab|centre|center|section)\s+(?:of|for)\s/i;
/** The titles a person's name follows: one list for "Cllr Patel" (a person) and "Dr." (not a sentence's end). */
const PERSON_TITLES = 'Mr|Mrs|Ms|Mx|Dr|Prof|Cllr';
const TITLED_PERSON = new RegExp(`^(?:${PERSON_TITLES}|Councillor|Professor)\\.?\\s\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?$`, 'u');
const PERSON_TITLE_WITH_STOP = new RegExp(`^(?:${PERSON_TITLES})\\.$`, 'i');

/** A domain label that names a staffing agency or a jobs portal: it recruits for others, it does not employ. */
const AGENCY_LABEL = /staff(?!ord)|recruit|talent|(?<!re)search|resourc|consult|(?<!s)hire|portal|personnel|placement|people$/;

function registrableLabel(domain: string): string | null {
  const labels = domain.split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return null;
  // co.uk, com.au, nhs.uk: the label before the public suffix pair.
  const secondLevel = labels.length >= 3 && /^(?:co|com|org|net|ac|gov|edu|nhs|police|sch|mod|ltd|plc|govt|nic)$/.test(labels[labels.length - 2] ?? '') ? labels.length - 3 : labels.length - 2;
  // School namespaces go one level deeper, by education authority or state: "millbrook.lancs.sch.uk",
  // "cedarhollow.k12.ca.us" are Millbrook's and Cedar Hollow's, not Lancashire's or the state's.
  const schoolAuthority = labels.length >= 4 && (labels.at(-2) === 'sch' || labels.at(-3) === 'k12');
  const label = labels[schoolAuthority ? labels.length - 4 : secondLevel] ?? null;
  if (!label || GENERIC_LABELS.has(label)) return null;
  // "recruitment-irwellvalley", "careers-acme": the mailbox's purpose before the name is no part of it
  // (after it, "chefsontheway-recruit", it says what the sender is, and stays).
  const parts = label.split('-');
  while (parts.length > 1 && (GENERIC_LABELS.has(parts[0]!) || parts[0] === 'recruitment')) parts.shift();
  return parts.join('-');
}

/** "CapitalOneHRWorkday" → "Capital One HR Workday"; names with spaces are left alone. */
function splitCamelCase(name: string): string {
  if (name.includes(' ') || name.length > 60) return name;
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
