import type { PayPeriod } from '../classification.types.ts';

/**
 * A language's knowledge as data. Phrases are lower case; the text they are
 * matched against is lower-cased, has curly quotes straightened and runs of
 * white space collapsed to one space. Inside a phrase:
 *   - "…" stands for a gap of up to six words (within one sentence);
 *   - every other character is literal; phrases match on word boundaries.
 * Templates (company / title) are matched case-insensitively against the
 * original text; `{company}` and `{title}` mark what they capture.
 */
export interface WeightedPhrases {
  weight: number;
  phrases: readonly string[];
}

export const SIGNAL_NAMES = [
  'rejection',
  'offer',
  'nextRound',
  'interview',
  'applicationReceived',
  'recruiterOutreach',
  'jobAlert',
  'accountOrReminder',
  /** The candidate already spoke with them: turns an interview request into a next round. */
  'priorContact',
  /** Non-job senses of job words: retail offers, loan applications, podcast interviews. */
  'nonJobSense',
  /** Vocabulary of hiring; proves that a message is about a job, not which step. */
  'jobVocabulary',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/**
 * A compositional cue rule: cues from several small word lists that, together in one
 * clause, say what no single list says ("not" … "advance" … "your application").
 * See cue-rules.ts for how it is matched.
 */
export interface CueRule {
  /** Short name, shown in the evidence. */
  name: string;
  signal: SignalName;
  weight: number;
  /**
   * Cue lists that must stand in this order, each one starting at most `window`
   * words after the end of the previous one, all in one clause (or sentence).
   */
  sequence: readonly (readonly string[])[];
  window: number;
  /** Break at commas too (a clause) or only at sentence ends (a sentence). */
  scope: 'clause' | 'sentence';
  /** If given, one of these must also stand in the same clause, within 12 words of the sequence: whom it is about. */
  about?: readonly string[];
  /** Phrases that, starting where the first cue starts, are not that cue ("can't wait", "don't forget"). */
  exceptions?: readonly string[];
}

export interface PhraseTable {
  /** BCP 47 language tag. */
  language: string;
  signals: Record<SignalName, readonly WeightedPhrases[]>;
  /**
   * Words that make a clause conditional ("if you are not selected…"). A hit
   * of a negatable signal after one of these in the same sentence is ignored.
   */
  hedgeCues: readonly string[];
  /**
   * Openers of a main clause that is a request, not a condition: in "If you are
   * interested, please let me know when you are available" the hit after
   * "please" is not hedged by the "if".
   */
  hedgeReleasers: readonly string[];
  /**
   * Verbs that, right after a releaser, keep the main clause conditional: "if you have not heard
   * from us, please assume …" asks the reader to suppose the condition's outcome, it states nothing.
   */
  suppositions?: readonly string[];
  /**
   * The reader applying, in the first person, as a quoted earlier message says it ("please find
   * attached my resume for the … position"): a reply above it answers an application.
   */
  ownApplication?: readonly string[];
  /**
   * The reader asking after a job, as a quoted earlier message says it ("following up on the … role", "is the job
   * still going"): a reply above it is about that job, whatever it says (unlike an application, it is no receipt).
   */
  ownFollowUps?: readonly string[];
  /** An answer of no to the reader's question about a job, at the start of the reply ("no, we're sorted now"). */
  followUpNoes?: readonly string[];
  /** A reply taking something in ("received", "got it", "I'll pass it to …"): above a quoted application, a receipt. */
  acknowledgements?: readonly string[];
  /**
   * Words that open a time clause right before a phrase ("… once the position has been
   * filled"): the phrase then speaks of a future event, not of what happened. Only the one
   * or two words directly before the phrase are looked at (an article may stand between).
   */
  timeClauseOpeners: readonly string[];
  /** Nouns of job titles ("engineer", "director"): a meeting invite whose subject names one is an interview. */
  roleNouns: readonly string[];
  /**
   * Nouns that make what stands before them a job ("vacancy", "officer"): "applying for the Tenancy
   * Officer vacancy" applies for a job, though "tenancy" alone is something else one applies for.
   */
  jobNouns: readonly string[];
  /** Compositional rules: cue lists that together are evidence for a signal (cue-rules.ts). */
  cueRules: readonly CueRule[];
  /** Words that negate a following positive phrase ("unable to offer"). */
  negationCues: readonly string[];
  /** Words in a sender display name that mark a recruiting mailbox ("Acme Recruiting"). */
  recruitingNameWords: readonly string[];
  /** Templates whose `{company}` is the employer. Ordered from most to least reliable. */
  companyTemplates: readonly string[];
  /** Templates whose `{title}` is the job title (may also name `{company}`). */
  titleTemplates: readonly string[];
  /** Words that end a captured company name ("Acme for the …", "Acme and …"). */
  companyStopWords: readonly string[];
  /** Captures that are never a company ("our team", "the position"). */
  notCompanies: readonly string[];
  /**
   * Templates whose `{company}` is the employer a recruiting agency writes for ("for our client
   * {company}"): in an agency's mail they outrank the agency itself.
   */
  clientTemplates: readonly string[];
  /**
   * Templates whose `{company}` acts on the candidate as a third party ("{company} have reviewed
   * your CV"): read only in an agency's mail, where the employer is not the writer.
   */
  relayedEmployerTemplates: readonly string[];
  /** Words that tell that the writer recruits for someone else ("client", "on behalf of"). */
  clientCues: readonly string[];
  /** Words in an organisation's name that make it a recruiting agency or a jobs portal, not an employer. */
  agencyNameWords: readonly string[];
  /** Closing lines that open a signature ("best regards", "cheers", "met vriendelijke groet"). */
  signOffs: readonly string[];
  /** Line openings after which nothing is signature ("sent from my", "get outlook for"). */
  signatureEnds: readonly string[];
  /** Words of a signature's job line that are not title nouns ("founder", "owner", "ceo"). */
  signatureRoleWords: readonly string[];
  /** Words that name a department, not an organisation ("human resources", "recursos humanos", "culture"). */
  departmentWords: readonly string[];
  /** Phrases naming a pay period, per period. */
  payPeriods: Record<PayPeriod, readonly string[]>;
  /** Canonical benefit name → phrases that mention it. */
  benefits: Record<string, readonly string[]>;
  /** Phrases that introduce the base pay ("base salary of"). */
  baseSalaryCues: readonly string[];
  bonusCues: readonly string[];
  equityCues: readonly string[];
  startDateCues: readonly string[];
  /** Month names and abbreviations → month number 1–12. */
  months: Record<string, number>;
  /** Anchor texts of links that lead to a scheduling page. */
  schedulingLinkTexts: readonly string[];
}
