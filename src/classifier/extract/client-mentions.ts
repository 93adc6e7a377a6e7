/**
 * The employer an agency recruiter writes about, named in running prose rather than in a template:
 * "heard back from Hargreaves Lyle", "We've been retained by Prairie Rail Solutions", "Lindqvist
 * Partners have asked to move your interview", "Subject: Halden Engineering - Project Engineer".
 * An agency's mail names three kinds of proper noun: people, places and organisations. A name counts
 * as an organisation by where it stands (after a word that introduces a party, before a verb whose
 * subject is a party, in the subject line) and by how often it comes back, never by a list of names.
 */

import { startsWithGivenName } from './given-names.ts';
import { looksLikePersonName } from './person-name.ts';

export interface ClientMention {
  name: string;
  /** How strongly the text treats the name as a party: see `SCORE`. */
  score: number;
}

/** What each kind of evidence adds; a mention counts from MIN_SCORE on. */
const SCORE = {
  /** "from", "out of", "by", "with", "on behalf of", "client", "partnering with", "supporting" before the name. */
  partyWord: 1,
  /** "at", "for", "to", "over to" before it: places and times stand there too. */
  placeWord: 0.75,
  /** "have", "has", "are", "were", "'s", "want", "said" after it: the name acts. */
  actingVerb: 1,
  /** The subject line names it. */
  subject: 1,
  /** More than one word ("Prairie Rail Solutions"): a single capitalised word is as often a person. */
  severalWords: 0.5,
  /** Each further mention of the same name (at most two count). */
  repeated: 0.5,
};
const MIN_SCORE = 1.25;
/** A single capitalised word is as often a person ("Ingrid", "Claire"): it needs two kinds of evidence. */
const MIN_SCORE_ONE_WORD = 2;

// A run of capitalised words, allowing "&", "of", "de" inside ("Harbour & Vine", "Bank of Ireland"); not "and",
// which joins people more often than it names a firm ("with Sunil and Mark Ellison").
// A full stop ends the run ("… at the Daventry DC. Headline …") except after "St", "Co" and the like.
const NAME_RUN = /(?<![\p{L}\p{N}&'’.-])\p{Lu}[\p{L}\p{N}'’-]*(?:(?<=\b(?:St|Co|Inc|Ltd|Mt|Ft))\.)?(?:(?:\s+(?:&|of|de|du|la|van|von|der)){0,2}\s+\p{Lu}[\p{L}\p{N}'’-]*(?:(?<=\b(?:St|Co|Inc|Ltd|Mt|Ft))\.)?){0,5}/gu;
const PARTY_BEFORE = /(?:\bfrom|\bout of|\bby|\bwith|\bon behalf of|\bclients?,?|\bpartnering with|\bsupporting|\bfeedback from|\bnews from)\s+(?:the\s+)?$/i;
const PLACE_BEFORE = /(?:\bat|\bfor|\bto|\bover to|\bacross to|\binto)\s+(?:the\s+)?$/i;
/** "Sent from Yahoo Mail", "Sent from my iPhone": the writer's mail app, not a party. */
const SENT_FROM_BEFORE = /\bsent from(?:\s+my)?\s+$/i;
/** "Mr Naidoo", "Dr. Okafor", "Cllr Patel": a person, whatever follows. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Cllr)\.?\s/;
const LOCATION_BEFORE = /(?:\bin|\bnear|\baround|\bbased in|\boutside)\s+$/i;
/** "applying for Water Treatment Plant Operator I", "openings for Hotel Housekeepers": the job, not a party. */
const TITLE_BEFORE =
  /(?:(?:appl(?:y|ying|ied)|applications?|candidacy|interest|openings?|vacanc(?:y|ies)|roles?|positions?|recruiting|hiring|looking)\s+(?:for|to be)|\bhiring|\bas)\s+(?:an?\s+|the\s+)?$/i;
/** "experience with Argo CD", "familiar with SAP FI", "your experience at the Palm Inn": a skill or the reader's past, not a party. */
const SKILL_BEFORE = /(?:experience|experienced|familiar|familiarity|skills?|knowledge|proficien\w*|expertise|background|hands-on)\s+(?:\w+\s+)?(?:with|in|of|at)\s+(?:the\s+)?$/i;
const ACTING_AFTER = /^(?:'s|’s|\s+(?:have|has|had|are|is|were|was|want|wants|would|will|liked|loved|said|asked|decided|came|come|got|gave|offered|informed|called|confirmed|rang|chose|went|pulled|cancelled|put|need|needs|do|did|didn't|don't|aren't|haven't|hasn't|won't|can't|'ve|'d|’ve|’d))\b/i;
/** A role or a thing, not a party: "for the Marketing Director role", "Java Developer (Contract)". */
const THING_AFTER = /^\s+(?:role|roles|position|positions|job|jobs|vacancy|vacancies|opening|post|posting|assignment|contract|team|interview|office|site|plant|branch|depot|campus)\b/i;

/**
 * Capitalised words that begin sentences, greet, date or sign, and are never a party on their own (a run
 * holding a job's word never gets this far: trimName drops it, see TITLE_WORDS).
 */
const COMMON_WORDS = new Set(
  `i im i'm i’m ive i've id i'd ill i'll we you he she they it hi hello hey dear thanks thank cheers regards best kind warm many
  good bad great quick just unfortunately fortunately sorry please happy as so but and or if when then also well yes no ok okay
  the a an this that these those there here our my your their his her its what which who how why where
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  today tomorrow yesterday morning afternoon evening next last re fw fwd subject from sent to date cc attn ref note ps
  cv resume linkedin whatsapp teams zoom google microsoft email phone call mobile tel uk us usa eu hr
  senior junior principal chief team talent people recruitment recruiter`.split(/\s+/),
);

/**
 * The organisations a text names as parties, strongest first. `isNotParty` says which names are
 * already known to be someone else (the agency itself, the sender).
 */
export function findClientMentions(subject: string, body: string, isNotParty: (name: string) => boolean): ClientMention[] {
  const whole = `${subject}\n${body.slice(0, 20_000)}`;
  let greeted: Set<string> | null = null; // read once, when a name that could be a person's asks for it
  const found = new Map<string, { name: string; score: number; mentions: number; inProse: boolean }>();
  const read = (text: string, inSubject: boolean): void => {
    for (const m of text.slice(0, 20_000).matchAll(NAME_RUN)) {
      const name = trimName(m[0]);
      // Most runs are a sentence's first word or a greeting: ruled out before any look at what stands around them.
      if (!name || isCommon(name) || isNotParty(name)) continue;
      const at = m.index + m[0].indexOf(name);
      const before = text.slice(Math.max(0, at - 40), at);
      const after = text.slice(at + name.length, at + name.length + 24);
      if (HONORIFIC.test(name) || SENT_FROM_BEFORE.test(before) || LOCATION_BEFORE.test(before) || SKILL_BEFORE.test(before) || TITLE_BEFORE.test(before) || THING_AFTER.test(after)) continue;
      if (name.includes(' ') ? looksLikePersonName(name) && actsAsAPerson(name, (greeted ??= greetedNames(whole)), after) : startsWithGivenName(name)) continue;
      const key = name.toLowerCase();
      const entry = found.get(key) ?? { name, score: name.includes(' ') ? SCORE.severalWords : 0, mentions: 0, inProse: false };
      entry.mentions++;
      if (entry.mentions > 1 && entry.mentions <= 3) entry.score += SCORE.repeated;
      const cue = PARTY_BEFORE.test(before) ? SCORE.partyWord : PLACE_BEFORE.test(before) ? SCORE.placeWord : 0;
      const acts = ACTING_AFTER.test(after) ? SCORE.actingVerb : 0;
      entry.score += cue + acts + (inSubject ? SCORE.subject : 0);
      if (cue + acts > 0) entry.inProse = true;
      found.set(key, entry);
    }
  };
  read(subject, true);
  read(body, false);
  // Only a name the prose treats as a party counts; the subject line and repeats add to it.
  return [...found.values()]
    .filter((e) => e.inProse && e.score >= (e.name.includes(' ') ? MIN_SCORE : MIN_SCORE_ONE_WORD))
    .sort((a, b) => b.score - a.score)
    .map(({ name, score }) => ({ name, score }));
}

/**
 * Drops trailing connectors and possessives ("Aldgate Mutual's" → "Aldgate Mutual") and a leading word
 * that only begins the sentence ("Unfortunately Quantix"); a run with a job's or a stage's word in it is a
 * title ("Director of Sales", "Technical Round"), not a party: ''.
 */
function trimName(raw: string): string {
  // A possessive ends the name: "Holloway Brewing's MD".
  const possessive = /['’]s(?=\s|$)/.exec(raw);
  const words = (possessive ? raw.slice(0, possessive.index) : raw).replace(/[.'’-]+$/, '').split(/\s+/);
  if (words.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return '';
  // "Before I", "Once I": a sentence's opening word before the writer's "I" is not a name with it.
  while (words.length > 0 && /^(?:&|of|de|du|la|van|von|der|I|I['’](?:m|ve|ll|d))$/i.test(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && (COMMON_WORDS.has(bare(words[0]!)) || /^(?:&|of|de|du|la|van|von|der)$/i.test(words[0]!))) words.shift();
  return words.join(' ');
}

/** Lower case without a contraction: "They've" → "they". */
function bare(word: string): string {
  return word.toLowerCase().replace(/['’](?:ve|re|ll|d|m|s)$/, '').replace(/[.,]$/, '');
}

const TITLE_WORDS = new Set(
  `director directors head manager managers officer engineer engineers developer developers analyst analysts consultant specialist
  assistant coordinator co-ordinator lead executive associate nurse nurses rn chef planner accountant controller administrator
  designer receptionist supervisor operative driver technician scientist architect advisor adviser representative
  president vp svp cfo ceo cto coo fd md round stage interview interviews offer assessment screening shortlist role position vacancy
  partner staff sre opportunity opportunities opening job jobs operator clerk worker teacher attendant`.split(/\s+/),
);

/**
 * Two capitalised words are a person's name as often as a firm's ("Karen Sutton", "Hargreaves Lyle",
 * "Halfmoon Coffee"); the mail says which: a person is introduced with a job ("Karen Sutton, the hiring
 * manager", "Karen Sutton (FD)"), greeted or signs by the first name alone ("Hi Karen,", "Karen" on a
 * line of its own), or the name begins with a given name. A firm is called by its first word too
 * ("Halden have decided"), so that alone says nothing. `greeted` is greetedNames() of the mail.
 */
function actsAsAPerson(name: string, greeted: ReadonlySet<string>, after: string): boolean {
  if (startsWithGivenName(name)) return true;
  if (/^\s*(?:\(|,\s*(?:the|their|our|who|head|hiring|senior|lead|chief|director|manager|ceo|cfo|md|fd|hr|vp)\b)/i.test(after)) return true;
  return greeted.has((name.split(/\s+/)[0] ?? '').toLowerCase());
}

const GREETING = /^(?:hi|hey|hello|dear|thanks|cheers|regards|best|morning|afternoon)\s+/i;
const NAME_TOKEN = /^[\p{L}\p{N}'’.-]+/u;

/** The words that open a line alone or after a greeting, before a comma, "!" or the line's end ("Hi Karen,", "Karen"), lower case. */
function greetedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.trimStart().replace(GREETING, '');
    const token = NAME_TOKEN.exec(line)?.[0];
    if (token && /^\s*(?:[,!]|$)/.test(line.slice(token.length))) names.add(token.toLowerCase());
  }
  return names;
}

/** Common words and short capitals only ("Good News", "SAP FI"): nobody's name. */
function isCommon(name: string): boolean {
  return name.split(/\s+/).every((w) => COMMON_WORDS.has(bare(w)) || /^[A-Z]{1,4}$/.test(w));
}
