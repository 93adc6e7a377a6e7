/**
 * The body read sentence by sentence, each with the role it plays in the message. Only a
 * statement carries status: a pleasantry ("thank you for applying"), a conditional or future
 * promise ("if selected, we will contact you to schedule an interview") and boilerplate
 * (signature, legal footer, equal-opportunity notice, unsubscribe lines) say nothing about the
 * reader's application, wherever they stand.
 */

import { buildHashTable, hashTableGet, wordHash } from '../prepare/word-hash.ts';
import { scanWords } from './word-scan.ts';
import type { WordScan } from './word-scan.ts';

/** `conditional` covers promises under a condition and descriptions of what happens to candidates in general. */
export type SentenceRole = 'statement' | 'pleasantry' | 'conditional' | 'boilerplate';

export interface Sentence {
  start: number;
  end: number;
  role: SentenceRole;
  /** Word indices [firstWord, endWord) in the scan. */
  firstWord: number;
  endWord: number;
}

export interface SentenceReading {
  /** The word scan of the body: valid until the next `scanWords` call (its buffer is shared). */
  words: WordScan;
  sentences: Sentence[];
  /** Role of each word's sentence, by word index. */
  wordRoles: Uint8Array;
}

export const ROLE_CODES: Record<SentenceRole, number> = { statement: 0, pleasantry: 1, conditional: 2, boilerplate: 3 };

/** Sentences beyond this many are read as statements without looking at them (bounded work on long mail). */
const MAX_SENTENCES = 400;
/** Only the first characters of a sentence are tested against the role patterns. */
const MAX_SENTENCE_CHARS = 300;

// A sign-off line ends what the writer says; what follows is a signature, a footer or a quote.
const SIGN_OFF = /^(?:(?:best|kind|warm|warmest|many)? ?regards|best(?: wishes)?|all the best|sincerely(?: yours)?|yours (?:sincerely|truly|faithfully)|cheers|thanks(?: again)?|thank you|many thanks|talk soon|respectfully)[ ,.!]*$/;
const BOILERPLATE =
  /unsubscribe|privacy (?:policy|notice|statement)|manage (?:your )?(?:email |notification )?(?:preferences|settings)|this (?:e-?mail|message) (?:was sent|and any attachments|is intended|may contain|contains confidential)|(?:do not|don't|please do not) reply|no-?reply|equal (?:opportunity|employment)|all qualified applicants|without regard to (?:race|age)|intended (?:only )?for the (?:named )?(?:recipient|addressee)|confidential(?:ity)? (?:notice|information)|view (?:this email )?in (?:your )?browser|copyright|all rights reserved|©/;
// A condition about the reader being chosen or matching: what follows it is a promise, not a decision.
const SELECTION_CONDITION =
  /(?:^|[^a-z])(?:if|should|once|in the event|in case|whether|unless|when)\b.{0,80}?(?:selected|shortlisted|successful|suitable|a (?:good |strong |potential )?(?:fit|match)|match(?:es)?\b|qualif|meets?\b|move (?:forward|ahead)|progress|proceed|advance|interested in (?:moving|progressing|your)|we (?:decide|would like|wish|want|feel)|your (?:application|profile|experience|skills|background|qualifications|cv|resume)|there is (?:a|an) (?:match|fit|opportunity)|(?:a|any) (?:suitable|relevant|matching) (?:role|position|opening|vacanc))/;
// A future promise with the condition after it ("we will contact you … if your profile matches").
const FUTURE_PROMISE = /(?:^|[^a-z])(?:we|i|someone|a (?:member|recruiter)|our (?:team|recruit\w*|hiring)|you)(?:'ll| will| would| may| might)\b.{0,120}?(?:^|[^a-z])(?:if|should|once|in the event|unless|when)\b/;
// What happens to candidates in general is a description of the process, not news for the reader:
// "candidates who are selected will be invited to a phone interview", "shortlisted applicants are contacted",
// "shortlisted candidates will receive a short assessment and then a video interview".
const CANDIDATES_IN_GENERAL =
  /(?:^|[^a-z])(?<!other |another |more )(?:(?:candidates|applicants|those|anyone) (?:who|that|whose)\b.{0,50}?|(?:shortlisted|selected|successful|chosen|qualified) (?:candidates|applicants) )(?:will|are|get|would|may|can expect)\b.{0,30}?(?:contact|invit|schedul|reach|hear|call|notif|move|progress|advance|asked|receiv|complete|take|sit\b|attend|undergo|go through|meet|be (?:sent|given))/;
// A process step whose subject is candidates in general, in the present tense, opening the sentence
// or a list item: "final candidates meet the team for a technical interview", "3. applicants then sit a test".
const PROCESS_STEP =
  /^[\d.)*\- ]{0,5}(?:the )?(?!other |another |more |no )(?:[a-z]+ )?(?:candidates|applicants) (?:then |next |usually |typically )?(?:meet|attend|complete|take|sit|receive|go through|proceed to|move on to|are (?:invited|asked|contacted|scheduled))\b/;

// Pleasantries open with thanks or good wishes and carry nothing else of weight.
const PLEASANTRY_OPENING =
  /^(?:(?:hi|hello|dear|hey)\b[^,]{0,40}, ?)?(?:thank(?:s| you)\b|many thanks|we (?:really |truly |sincerely )?appreciate|i (?:really )?appreciate|we(?:'re| are) (?:grateful|glad you|thrilled you|excited you)|it was (?:great|a pleasure|lovely|nice)|we wish you|i wish you|wishing you|best of luck|good luck|we hope (?:you|this)|i hope (?:you|this))/;
// A pleasantry that goes on to decide ("thank you for applying; unfortunately …") is a statement.
const STATUS_TURN = /\b(?:but|however|unfortunately|regret|sadly|although|though|while|not|no longer|unable|decided|pleased to|happy to|delighted to|invite|schedule|received|offer)\b/;

// The role patterns run only on sentences holding one of their words (looked up by the scan's hashes):
// most sentences are plain statements and cost one table probe per word.
const MAY_BE_BOILERPLATE = 1;
const MAY_BE_CONDITIONAL = 2;
const MAY_BE_PLEASANTRY = 4;
const MAY_BE_GENERAL = 8;
const TRIGGERS = buildHashTable(
  new Map<number, number>(
    Object.entries({
      [MAY_BE_BOILERPLATE]: 'unsubscribe privacy preferences settings attachments intended reply noreply no-reply equal qualified regard recipient addressee confidential confidentiality browser copyright reserved sent contain contains ©',
      [MAY_BE_CONDITIONAL]: 'if should once event case whether unless when',
      [MAY_BE_GENERAL]: 'candidates applicants those anyone',
      [MAY_BE_PLEASANTRY]: 'thank thanks appreciate grateful glad thrilled excited pleasure wish wishing luck hope lovely great nice',
    }).flatMap(([bit, words]) => words.split(' ').map((w): [number, number] => [wordHash(w), Number(bit)])),
  ),
);

/** Reads the sentences of a normalized body (lower case, as scored) and gives each its role. */
export function readSentences(matchBody: string, bodyWords?: WordScan): SentenceReading {
  // The scorer's scan of the same body is reused when given: the words and sentences are the same.
  const words = bodyWords && bodyWords.text === matchBody ? bodyWords : scanWords(matchBody);
  const sentences: Sentence[] = [];
  const wordRoles = new Uint8Array(words.count);
  let signedOff = false;
  let w = 0;
  while (w < words.count) {
    const id = words.sentence[w]!;
    let end = w + 1;
    while (end < words.count && words.sentence[end] === id) end++;
    const start = words.starts[w]!;
    const stop = words.ends[end - 1]!;
    let role: SentenceRole = 'statement';
    if (sentences.length < MAX_SENTENCES) {
      let mask = 0;
      for (let k = w; k < end; k++) mask |= hashTableGet(TRIGGERS, words.hashes[k]!);
      const text = mask === 0 && !signedOff && end - w > 4 ? '' : matchBody.slice(start, Math.min(stop + 1, start + MAX_SENTENCE_CHARS));
      if (signedOff || (mask & MAY_BE_BOILERPLATE && BOILERPLATE.test(text))) role = 'boilerplate';
      else if (mask & MAY_BE_CONDITIONAL && (SELECTION_CONDITION.test(text) || FUTURE_PROMISE.test(text))) role = conditionalUnlessRequest(text);
      else if (mask & MAY_BE_GENERAL && (CANDIDATES_IN_GENERAL.test(text) || PROCESS_STEP.test(text))) role = conditionalUnlessRequest(text);
      else if (mask & MAY_BE_PLEASANTRY && PLEASANTRY_OPENING.test(text) && !STATUS_TURN.test(text)) role = 'pleasantry';
      // Only a short line on its own signs off: "Thanks," ends the letter, "Thanks for your time." does not.
      if (!signedOff && sentences.length >= 2 && end - w <= 4 && SIGN_OFF.test(text.trim()) && isOwnLine(matchBody, start, stop)) {
        signedOff = true;
        role = 'boilerplate';
      }
    }
    sentences.push({ start, end: stop, role, firstWord: w, endWord: end });
    wordRoles.fill(ROLE_CODES[role], w, end);
    w = end;
  }
  return { words, sentences, wordRoles };
}

// "If you are interested, please book a time": a request in the main clause is what the sentence asks.
// "We would be pleased if you could come in", "it would be great if you could call": a polite request, not a condition.
const REQUEST =
  /(?:^|[^a-z])(?:please|kindly|let (?:me|us) know|feel free|book|pick|choose|select a (?:time|slot)|click|use the link|reply with|send (?:me|us)|(?:pleased|grateful|glad|appreciate(?: it)?|great|helpful|ideal|good|happy|nice) if you (?:could|would|can)|if you (?:could|can) (?:come|pop|drop|call|stop|swing|join))\b/;

function conditionalUnlessRequest(text: string): SentenceRole {
  return REQUEST.test(text) ? 'statement' : 'conditional';
}

function isOwnLine(text: string, start: number, stop: number): boolean {
  const before = start === 0 || text.charCodeAt(start - 1) === 10 || text.lastIndexOf('\n', start) >= start - 2;
  const after = stop >= text.length - 2 || text.indexOf('\n', stop) <= stop + 3;
  return before && after;
}

/** The role of the sentence holding the character at `index` (a phrase hit's position). */
export function roleAt(reading: SentenceReading, index: number): SentenceRole {
  const list = reading.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (index < s.start) hi = mid - 1;
    else if (index > s.end) lo = mid + 1;
    else return s.role;
  }
  return 'statement';
}
