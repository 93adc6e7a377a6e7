/**
 * From signal scores and sender facts to one category. Status-bearing
 * categories need a decisive phrase; the order of the checks encodes which
 * one wins when a message says several things (a rejection thanks you for
 * applying; an invitation mentions your application).
 */

import type { EmailCategory, ThreadContext } from '../classification.types.ts';
import type { CalendarEvent } from '../prepare/parse-calendar.ts';
import type { PhraseHit } from '../read/phrase-matcher.ts';
import type { SenderProfile } from '../read/sender-profile.ts';
import type { SignalScores } from '../read/score-signals.ts';
import { describeCancelled, describeHits, exactScore } from '../read/score-signals.ts';

export interface Decision {
  category: EmailCategory;
  isJobRelated: boolean;
  confidence: number;
  evidence: string[];
  /** Job-related only because the note speaks of the reader's own job matter: the rules found no status of their own. */
  jobContextOnly?: boolean;
  /**
   * Which no-status category the words lean to, when the decision is not one (a recruiter's approach or a
   * list of jobs read too weakly to decide): what a no-status reading of the combination becomes.
   */
  noStatusLean?: 'RECRUITER_OUTREACH' | 'JOB_ALERT';
}

/** The no-status category the scores lean to, if any: an approach or a job list outscoring account and reminder mail. */
function noStatusLeanOf(s: SignalScores): Decision['noStatusLean'] {
  const outreach = s.recruiterOutreach.score;
  const alert = s.jobAlert.score;
  const other = s.accountOrReminder.score;
  if (outreach > 0 && outreach >= alert && outreach > other) return 'RECRUITER_OUTREACH';
  if (alert > 0 && alert > outreach && alert > other) return 'JOB_ALERT';
  return undefined;
}

import { HIRING_SIDE_RULE, NAMED_NON_JOB_APPLICATION_RULE, NON_JOB_APPLICATION_RULE, READER_JOB_MATTER_RULE } from '../read/discount-by-role.ts';

/** The first hit of the lists (in their order) that a cue rule named in `rules` found and nothing cancelled. */
function firstUncancelled(lists: readonly (readonly PhraseHit[])[], rules: readonly string[]): PhraseHit | undefined {
  for (const hits of lists) for (const h of hits) if (h.cancelledBy === null && rules.includes(h.rule ?? '')) return h;
  return undefined;
}

/** The first uncancelled mention of the reader's own job matter ("your interview", "ur cv", "pre-employment"), if any. */
export function readerJobMatter(scores: SignalScores): string | null {
  return firstUncancelled([scores.jobVocabulary.bodyHits, scores.jobVocabulary.subjectHits], [READER_JOB_MATTER_RULE])?.phrase ?? null;
}

/** The cue rule (phrases/en.ts) that finds an application for something that is not a job. */
export { NON_JOB_APPLICATION_RULE };

/** The cue rule (phrases/en.ts) that reads a list of new jobs, openings or vacancies. */
const JOB_LIST_RULE = 'list of new jobs';
/** A phrase of weight 4 (or two lesser ones) decides a status. */
const DECISIVE = 4;
/** Job-relatedness points needed to call a message job-related. */
const JOB_RELATED_THRESHOLD = 3.5;
/** What a scheduling link adds to a request to meet. */
const SCHEDULING_LINK_WEIGHT = 2;
/** A personal note or a notification, not a newsletter: about two screens of text. */
const NOTE_SIZED_BODY = 3000;

export interface DecisionInput {
  scores: SignalScores;
  sender: SenderProfile;
  context: ThreadContext | undefined;
  calendar: CalendarEvent | null;
  calendarIsInterview: boolean;
  isReply: boolean;
  bulkHeaders: string | null;
  /** A link to book a time (Calendly, GoodTime, an ATS scheduler): the request is to meet. */
  schedulingLink: string | null;
  /** Characters of the prepared (unquoted) body. */
  bodyLength: number;
  /** The quoted earlier message is the reader's own application (a reply to it). */
  quotesOwnApplication?: boolean;
  /** ... and the reply takes it in ("received", "I'll pass it on to …"). */
  acknowledges?: boolean;
  /** The quoted earlier message is the reader asking after a job ("is the roofer's labourer job still going?"). */
  quotesOwnFollowUp?: boolean;
  /** ... and the reply opens with no for an answer ("no, we're sorted now"). */
  answersNo?: boolean;
}

export function decideCategory(input: DecisionInput): Decision {
  const { scores: s, sender, context } = input;
  const evidence: string[] = [];
  let job = 0;

  if (sender.ats) {
    job += 3;
    evidence.push(`sender is ${sender.ats.name} (ATS)`);
  } else if (sender.platform) {
    // LinkedIn also sends non-job notifications; only its jobs mailboxes count fully.
    const jobsMailbox = sender.platform.name !== 'LinkedIn' || /job/.test(sender.localPart);
    job += jobsMailbox ? 3 : 1;
    evidence.push(`sender is ${sender.platform.name} (job platform)`);
  }
  if (sender.assessment) {
    job += 3;
    evidence.push(`sender is ${sender.assessment.name} (assessment service)`);
  }
  if (sender.screening) {
    job += 3;
    evidence.push(`sender is ${sender.screening.name} (background-check service)`);
  }
  if (sender.recruitingMailbox) {
    job += 2;
    evidence.push(`sender looks like a recruiting mailbox ("${sender.recruitingWord}")`);
  }
  const linked = context?.application ?? null;
  if (linked) {
    job += 5;
    evidence.push(`thread is linked to an application${linked.company ? ` at ${linked.company}` : ''}`);
  } else if (context?.earlierCategories.some((c) => c !== 'NOT_JOB_RELATED')) {
    job += 4;
    evidence.push('earlier messages of the thread are job-related');
  }
  if ((input.quotesOwnApplication || input.quotesOwnFollowUp) && !linked && !context?.earlierCategories.some((c) => c !== 'NOT_JOB_RELATED')) {
    job += 4;
    evidence.push(input.quotesOwnApplication ? "replies to the reader's own application (quoted below it)" : "replies to the reader's own question about a job (quoted below it)");
  }
  if (input.calendarIsInterview) {
    job += 3;
    evidence.push(
      input.calendar ? `calendar invite "${input.calendar.summary ?? ''}" is an interview` : 'meeting link with an interview or job title in the subject',
    );
  }

  const vocabulary = s.jobVocabulary.subjectHits.length + s.jobVocabulary.bodyHits.length;
  // An alert's words ("new matches for your saved search") are a job alert only when what it lists are jobs: flats and
  // dates have saved searches too. A job sender or one word of hiring vocabulary says so.
  const jobSender = sender.ats !== null || sender.platform !== null;
  const listsJobs = [...s.jobAlert.subjectHits, ...s.jobAlert.bodyHits].some((h) => h.cancelledBy === null && h.rule === JOB_LIST_RULE);
  const alert = vocabulary > 0 || jobSender || listsJobs ? s.jobAlert.score : 0;
  // Several kinds of recruiter language together ("thanks for applying … when are you available") are surer than one.
  const statusScores = [
    s.rejection.score,
    s.offer.score,
    s.nextRound.score,
    s.interview.score,
    s.applicationReceived.score,
    s.accountOrReminder.score,
    alert,
    s.recruiterOutreach.score,
  ];
  const strongest = Math.max(...statusScores);
  const others = statusScores.reduce((sum, x) => sum + x, 0) - strongest;
  job += Math.min(strongest, 8) * 0.6 + Math.min(others, 5) * 0.2;
  job += Math.min(vocabulary, 8) * 0.35;
  // A named person writing from their organisation's own domain, one to one (no bulk headers): a decisive
  // status phrase there ("we've decided to go another way", "we'd love for you to join") is someone's decision
  // about the reader, even when the short note carries little hiring vocabulary.
  // A link to book a time is a meeting request in itself; with any other request to meet it decides.
  const interviewScore = s.interview.score + (input.schedulingLink && s.interview.score > 0 ? SCHEDULING_LINK_WEIGHT : 0);
  const decisiveStatus = Math.max(s.rejection.score, s.offer.score, s.nextRound.score, interviewScore, s.applicationReceived.score);
  if (decisiveStatus >= DECISIVE && !input.bulkHeaders && sender.domainNamesEmployer && !sender.workTool && /\S\s+\S/.test(sender.name)) {
    job += 1;
    evidence.push('a person writes one to one from an organisation domain');
  }
  const nonJob = s.nonJobSense.score;
  // "Your application for a personal loan", "applying to volunteer": the application's object is not a job,
  // so every status word of the message is about that object. Only a job sender or the thread outweighs it.
  // "Your visa application" names its object first (beside a decision about the job it was dropped while reading).
  const nonJobHits = [s.nonJobSense.subjectHits, s.nonJobSense.bodyHits];
  const nonJobApplication = firstUncancelled(nonJobHits, [NON_JOB_APPLICATION_RULE, NAMED_NON_JOB_APPLICATION_RULE]);
  if (nonJobApplication && !sender.ats && !sender.platform) {
    job -= 10;
    evidence.push(`the application is for something else ("${nonJobApplication.phrase}")`);
  }
  // The hiring manager's notifications come from the same ATS as the candidate's: the sender outweighs nothing here.
  const hiringSide = firstUncancelled(nonJobHits, [HIRING_SIDE_RULE]);
  if (hiringSide && !linked) {
    job -= 10;
    evidence.push(`the reader is on the hiring side ("${hiringSide.phrase}")`);
  }
  if (nonJob > 0) {
    job -= Math.min(nonJob, 9) * 0.5;
    evidence.push(...describeHits(s.nonJobSense, 2).map((e) => `${e} (not a job sense)`));
  }
  // Earlier contact ("enjoyed our chat", "following your call with our recruiter") is recruiting language too.
  job += Math.min(s.priorContact.score, 3) * 0.4;
  if (sender.workTool && !linked) {
    job -= 5;
    evidence.push(`sender is ${sender.workTool.name} (work notification)`);
  }
  if (input.bulkHeaders && !sender.ats && !sender.platform && !sender.recruitingMailbox) {
    job -= 1;
    evidence.push(`bulk mail (${input.bulkHeaders})`);
  }

  // A decisive status statement ("we have decided to move forward with other candidates", "we received your
  // application") is job-related by itself: many real messages come with no subject from an unknown or
  // personal address. The sender and vocabulary add confidence; they never veto. A non-job sense of the
  // same words (a card, a loan, a flat, a podcast) or a work-tool sender still does.
  // Only in a note-sized body: a newsletter or digest mentions interviews and applications in passing.
  const statusSpeaksForItself =
    decisiveStatus >= DECISIVE &&
    nonJob === 0 &&
    input.bodyLength <= NOTE_SIZED_BODY &&
    !sender.workTool &&
    !/newsletter|digest|news\b/.test(sender.address) &&
    !(input.bulkHeaders && !sender.ats && !sender.platform);
  if (statusSpeaksForItself && job < JOB_RELATED_THRESHOLD) {
    evidence.push('a decisive status statement is job-related by itself');
    job = JOB_RELATED_THRESHOLD;
  }
  // A job alert that lists jobs is job mail by itself: alerts come from digest addresses with bulk headers by nature.
  if (alert >= DECISIVE && job < JOB_RELATED_THRESHOLD && nonJob === 0 && !nonJobApplication && !sender.workTool) {
    evidence.push('a job alert listing jobs is job-related by itself');
    job = JOB_RELATED_THRESHOLD;
  }
  // A recruiter's approach ("my client is hiring a …", "wanted to reach out about a role") that names the job in
  // hiring words is job mail by itself, from an agency domain or free mail alike; a solicitor's "my client" names none.
  if (
    s.recruiterOutreach.score >= DECISIVE &&
    vocabulary >= 2 &&
    job < JOB_RELATED_THRESHOLD &&
    nonJob === 0 &&
    !nonJobApplication &&
    !sender.workTool &&
    input.bodyLength <= NOTE_SIZED_BODY
  ) {
    evidence.push("a recruiter's approach naming a job is job-related by itself");
    job = JOB_RELATED_THRESHOLD;
  }
  // A person's note about the reader's own interview, CV or start date is job mail whoever writes it: owners and
  // managers write from free mail or a phone, with no subject. The same vetoes as above still hold.
  let jobContextOnly = false;
  const matter = job < JOB_RELATED_THRESHOLD && !nonJobApplication ? readerJobMatter(s) : null;
  if (
    matter !== null &&
    nonJob === 0 &&
    input.bodyLength <= NOTE_SIZED_BODY &&
    !sender.workTool &&
    !/newsletter|digest|news\b/.test(sender.address) &&
    !input.bulkHeaders
  ) {
    evidence.push(`the note is about the reader's own job matter ("${matter}")`);
    job = JOB_RELATED_THRESHOLD;
    jobContextOnly = true;
  }
  const isJobRelated = job >= JOB_RELATED_THRESHOLD;
  const lean = noStatusLeanOf(s);
  if (!isJobRelated) {
    return {
      category: 'NOT_JOB_RELATED',
      isJobRelated: false,
      confidence: clamp(0.95 - Math.max(job, 0) * 0.1, 0.5, 0.97),
      evidence: evidence.length > 0 ? evidence : ['no recruiting sender, phrase or thread context'],
      ...(lean ? { noStatusLean: lean } : {}),
    };
  }

  const pick = (category: EmailCategory, score: number, runnerUp: number, why: string[]): Decision => ({
    category,
    isJobRelated: true,
    ...(jobContextOnly ? { jobContextOnly } : {}),
    ...(lean ? { noStatusLean: lean } : {}),
    confidence: clamp(0.45 + Math.min(score, 8) * 0.05 + Math.min(Math.max(score - runnerUp, 0), 6) * 0.03 + Math.min(job, 10) * 0.01, 0.35, 0.98),
    evidence: [...why, ...evidence],
  });

  const r = s.rejection.score;
  const o = s.offer.score;
  const n = s.nextRound.score;
  const i = interviewScore;
  const a = s.applicationReceived.score;
  const cancelled = [...describeCancelled(s.rejection), ...describeCancelled(s.interview), ...describeCancelled(s.offer)];

  if (o >= DECISIVE && o > r) return pick('OFFER', o, Math.max(r, a), [...describeHits(s.offer), ...cancelled]);
  // A rejection found only by a compositional rule ("didn't end up moving forward with you" on an earlier
  // role, "we won't consider it further" after a withdrawal) gives way to a clearly stronger status.
  const rulesOnlyRejection = exactScore(s.rejection) < DECISIVE;
  const yieldsTo = Math.max(i, n, a, s.accountOrReminder.score);
  if (r >= DECISIVE && !(rulesOnlyRejection && yieldsTo >= 2 * r)) return pick('REJECTION', r, Math.max(i, a, o), [...describeHits(s.rejection), ...cancelled]);

  const noise = Math.max(s.recruiterOutreach.score, s.jobAlert.score);
  if (n >= DECISIVE && n + i >= noise) return pick('NEXT_ROUND', n + i, Math.max(a, noise), [...describeHits(s.nextRound), ...cancelled]);
  if ((i >= DECISIVE && i >= noise && i >= s.accountOrReminder.score) || input.calendarIsInterview) {
    if (s.priorContact.score >= 3 && !input.calendarIsInterview) {
      return pick('NEXT_ROUND', i + s.priorContact.score, a, [...describeHits(s.priorContact, 1), ...describeHits(s.interview, 2), 'after an earlier conversation']);
    }
    return pick('INTERVIEW_INVITATION', Math.max(i, 4), Math.max(a, noise), [...describeHits(s.interview), ...cancelled]);
  }

  if (a >= DECISIVE && a >= s.accountOrReminder.score) {
    return pick('APPLICATION_RECEIVED', a, Math.max(s.accountOrReminder.score, noise), [...describeHits(s.applicationReceived), ...cancelled]);
  }
  // A reply that takes in the application it quotes, and says nothing decisive, is its receipt.
  if (input.acknowledges && a < DECISIVE && s.accountOrReminder.score < DECISIVE * 0.75) {
    return pick('APPLICATION_RECEIVED', 3, s.accountOrReminder.score, ['the reply acknowledges the application it quotes', ...cancelled]);
  }
  // "Is the job still going?" answered "no, we're sorted now": nothing else decisive, the answer ends the candidacy.
  if (input.answersNo && a < DECISIVE && o < DECISIVE && n < DECISIVE && i < DECISIVE) {
    return pick('REJECTION', 4, 0, ["the reply answers no to the reader's question about the job", ...cancelled]);
  }
  // Job platforms mostly send alerts; their confirmations carry decisive phrases of their own.
  const platformAlert = sender.platform && a < DECISIVE ? 2 : 0;
  const ranked = [
    { category: 'OTHER_JOB_RELATED' as const, score: s.accountOrReminder.score, signal: s.accountOrReminder },
    { category: 'APPLICATION_RECEIVED' as const, score: a, signal: s.applicationReceived },
    { category: 'JOB_ALERT' as const, score: s.jobAlert.score + platformAlert, signal: s.jobAlert },
    { category: 'RECRUITER_OUTREACH' as const, score: s.recruiterOutreach.score, signal: s.recruiterOutreach },
  ].sort((x, y) => y.score - x.score);
  const [best, second] = ranked;
  if (best && best.score >= DECISIVE * 0.75) return pick(best.category, best.score, second?.score ?? 0, [...describeHits(best.signal), ...cancelled]);
  return pick('OTHER_JOB_RELATED', 2, 0, [...cancelled]);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.round(Math.min(hi, Math.max(lo, x)) * 100) / 100;
}
