/**
 * The entry point: one message (and what the thread already knows) in, one
 * Classification out. Pure and synchronous: no I/O, no clock.
 */

import type { Classification, ClassifiableMessage, ClassifyOptions, ThreadContext } from './classification.types.ts';
import { getDefaultTables } from './read/compile-tables.ts';
import type { CompiledTables } from './read/compile-tables.ts';
import { decideCategory, readerJobMatter } from './decide/decide-category.ts';
import type { Decision } from './decide/decide-category.ts';
import { combinationOf, combineOpinions } from './decide/combine-opinions.ts';
import type { OpinionContext } from './decide/combine-opinions.ts';
import { KIND_CLASSES, getDefaultStatusModel, predictStatus } from './model/status-model.ts';
import { messageFacts } from './model/message-features.ts';
import type { MessageFacts } from './model/message-features.ts';
import type { SentenceReading } from './read/sentence-roles.ts';
import type { CompiledStatusModel } from './model/status-model.ts';
import { extractAtsJobId } from './extract/extract-ats-job-id.ts';
import type { AtsIdResult } from './extract/extract-ats-job-id.ts';
import { widenToInstitution } from './extract/institution-names.ts';
import { extractCompany } from './extract/extract-company.ts';
import type { CompanyResult } from './extract/extract-company.ts';
import { extractInterview, findMeetingLink, findSchedulingLink } from './extract/extract-interview.ts';
import { extractJobTitle } from './extract/extract-job-title.ts';
import { employerOnJobCard } from './extract/job-card.ts';
import type { TitleResult } from './extract/extract-job-title.ts';
import { extractOffer } from './extract/extract-offer.ts';
import { collapseSpaces, collapseWhitespace, dropIdParentheses, normalizeForMatching, unwrapLines } from './prepare/normalize-text.ts';
import { parseCalendar } from './prepare/parse-calendar.ts';
import type { CalendarEvent } from './prepare/parse-calendar.ts';
import { findHits, scanText } from './read/phrase-matcher.ts';
import { prepareMessage } from './prepare/prepare-message.ts';
import { REPLY_SUBJECT_WEIGHT, SUBJECT_WEIGHT, scoreSignalsAndScan } from './read/score-signals.ts';
import { discountByRole } from './read/discount-by-role.ts';
import { readSentences } from './read/sentence-roles.ts';
import { isForeignText } from './read/text-language.ts';
import { profileSender } from './read/sender-profile.ts';
import { templateText } from './extract/template-matches.ts';

const MAX_CALENDAR_PARTS = 3;

/** Characters at the start of a reply where an answer to the quoted question stands. */
const REPLY_OPENING = 160;

export function classify(message: ClassifiableMessage, context?: ThreadContext, options: ClassifyOptions = {}): Classification {
  return classifyWithTables(message, context, options, getDefaultTables());
}

/** What the two opinions said before they were combined: for training and measuring the model. */
export interface ClassificationInternals {
  rules: Decision;
  probabilities: Float64Array;
  /** The kind model's probabilities (KIND_CLASSES order), or null when the model has none. */
  kind: Float64Array | null;
  opinionContext: OpinionContext;
}

/** Hooks for the training script: the model's input, and both opinions before they are combined. */
export interface InternalsObserver {
  features?: (reading: SentenceReading, matchSubject: string, facts: MessageFacts) => void;
  opinions?: (seen: ClassificationInternals) => void;
}

export function classifyWithTables(
  message: ClassifiableMessage,
  context: ThreadContext | undefined,
  options: ClassifyOptions,
  tables: CompiledTables,
  model: CompiledStatusModel = getDefaultStatusModel(),
  internals?: InternalsObserver,
): Classification {
  const prepared = prepareMessage(message);
  const sender = profileSender(message.from, tables.recruitingName);
  const calendar = firstEvent(message.calendarParts);
  const calendarText = calendar ? scanText(tables.phrases, normalizeForMatching(`${calendar.summary ?? ''}\n${prepared.subject}`)) : null;
  const calendarIsInterview =
    calendarText !== null &&
    calendar?.method !== 'CANCEL' &&
    (findHits(tables.phrases, 'interview', calendarText, { hedgeAware: false, negationAware: true }).length > 0 ||
      findHits(tables.phrases, 'nextRound', calendarText, { hedgeAware: false, negationAware: true }).length > 0);
  // A Teams/Zoom/Meet invitation without a calendar part: the subject says whether it is an interview.
  const meetingInviteIsInterview =
    calendar === null &&
    findMeetingLink(prepared.links) !== null &&
    (findHits(tables.phrases, 'interview', scanText(tables.phrases, prepared.matchSubject), { hedgeAware: false, negationAware: true }).length > 0 ||
      tables.roleNoun.test(prepared.matchSubject));

  const subjectWeight = prepared.isReply ? REPLY_SUBJECT_WEIGHT : SUBJECT_WEIGHT;
  const { scores, bodyWords } = scoreSignalsAndScan(prepared.matchSubject, prepared.matchBody, tables, subjectWeight);
  const reading = readSentences(prepared.matchBody, bodyWords);
  // An interview in a calendar or a meeting link is the reader's own only when the words give it no other sense:
  // the interviewer's invite ("submit your scorecard"), a podcast's or the press's.
  const interviewMeeting = (calendarIsInterview || meetingInviteIsInterview) && scores.nonJobSense.score === 0;
  const roles = discountByRole(scores, reading, subjectWeight, prepared.matchSubject, tables.jobNounAhead, tables.jobNounWithin);
  const bulkHeaders = bulkHeaderName(message.headers);
  // A reply whose quoted earlier message is the reader's own application answers that application.
  const quotesOwnApplication = prepared.matchQuoted !== '' && tables.ownApplication !== null && tables.ownApplication.test(prepared.matchQuoted);
  // A short answer ("no, we're sorted now") to the reader's question about a job is about that job.
  const quotesOwnFollowUp = !quotesOwnApplication && prepared.matchQuoted !== '' && tables.ownFollowUp !== null && tables.ownFollowUp.test(prepared.matchQuoted);
  const repliesToReader = quotesOwnApplication || quotesOwnFollowUp;
  const rules = decideCategory({
    scores,
    sender,
    context,
    calendar,
    calendarIsInterview: interviewMeeting,
    isReply: prepared.isReply,
    bulkHeaders,
    // Only looked for when something asks to meet: it adds to such a request, never makes one.
    schedulingLink: scores.interview.score > 0 ? (findSchedulingLink(prepared.links, tables)?.url ?? null) : null,
    bodyLength: prepared.matchBody.length,
    quotesOwnApplication,
    quotesOwnFollowUp,
    answersNo: quotesOwnFollowUp && tables.followUpNo !== null && tables.followUpNo.test(prepared.matchBody.slice(0, REPLY_OPENING)),
    acknowledges: quotesOwnApplication && tables.acknowledgement !== null && tables.acknowledgement.test(prepared.matchBody),
  });
  // The body's word scan in `reading` is still the latest scan here (its buffer is shared).
  const facts = messageFacts(sender, prepared.matchSubject, prepared.isReply, calendar !== null, bulkHeaders !== null);
  internals?.features?.(reading, prepared.matchSubject, facts);
  const kind = model.kindBias ? new Float64Array(KIND_CLASSES.length) : null;
  const probabilities = predictStatus(model, reading, prepared.matchSubject, facts, kind ?? undefined);
  const opinionContext: OpinionContext = {
    confirmationOnlyInPleasantries: roles.confirmationOnlyInPleasantries,
    threadKnown: (context?.application ?? null) !== null || (context?.earlierCategories.some((c) => c !== 'NOT_JOB_RELATED') ?? false),
    repliesToReader,
    nonJobSense: scores.nonJobSense.score > 0 || sender.workTool !== null,
    // One phrase alone ("application deadline") stands in job ads too; more than one, or a rule's reading, is clear.
    clearNonJobSense: scores.nonJobSense.score > tables.nonJobPhraseWeight || sender.workTool !== null,
    jobSender: sender.ats !== null || sender.platform !== null || sender.assessment !== null || sender.screening !== null,
    calendarInterview: interviewMeeting,
    jobContext:
      repliesToReader ||
      (scores.nonJobSense.score === 0 && readerJobMatter(scores) !== null) ||
      (rules.category === 'APPLICATION_RECEIVED' && tables.jobNounWithin.test(prepared.matchSubject)),
    foreignText: isForeignText(prepared.matchSubject, prepared.matchBody),
  };
  internals?.opinions?.({ rules, probabilities, kind, opinionContext });
  const decision = combineOpinions(rules, probabilities, opinionContext, combinationOf(model), kind);
  const evidence = [...decision.evidence];
  if (prepared.quotedTextRemoved) evidence.push('quoted earlier message ignored');

  if (!decision.isJobRelated) {
    return { ...decision, evidence, company: null, jobTitle: null, atsProvider: null, atsJobId: null, interview: null, offer: null };
  }

  // Only the extractions whose fields the caller reads (options.fields): the rest is not computed.
  const wanted = extractionsWanted(options.fields);
  const flatBody = wanted.company || wanted.ats ? collapseWhitespace(prepared.bodyWithoutUrls) : '';
  let company: CompanyResult = NO_COMPANY;
  let title: TitleResult = NO_TITLE;
  if (wanted.company) {
    // Both extractors look their templates up in the same subject and body: lower-case each once.
    const subject = templateText(prepared.subjectCore, tables.templateWords);
    const signatureText = collapseSpaces(prepared.bodyWithoutUrls);
    const lineBody = templateText(dropIdParentheses(unwrapLines(signatureText)), tables.templateWords);
    const quotedBody = prepared.quoted ? templateText(dropIdParentheses(unwrapLines(collapseSpaces(prepared.quoted))), tables.templateWords) : null;
    const readers = message.to.map((to) => to.address);
    company = extractCompany({ sender, subject, flatBody, lineBody, quotedBody, signatureText, quotedText: prepared.quoted, readers, links: prepared.links, logos: prepared.logos, tables });
    company = widenToInstitution(company, `${prepared.subjectCore}\n${signatureText}`);
    // A job board names the employer only on its job card, under the title: the title is read for it too.
    const readsJobCard = company.company === null && sender.platform !== null;
    const read = wanted.jobTitle || readsJobCard ? extractJobTitle(subject, lineBody, tables, company.company) : NO_TITLE;
    if (readsJobCard && read.jobTitle !== null) {
      const employer = employerOnJobCard(prepared.bodyWithoutUrls, read.jobTitle);
      if (employer) company = { company: employer, evidence: `company "${employer}" from the job card under "${read.jobTitle}"` };
    }
    if (wanted.jobTitle) title = read;
  }
  // A job platform that carried the application (Indeed Apply, LinkedIn Easy Apply) is its provider when no ATS is seen.
  const ats = wanted.ats ? extractAtsJobId(prepared.links, prepared.subjectCore, flatBody, sender.ats?.name ?? sender.platform?.name ?? null) : NO_ATS;
  if (company.evidence) evidence.push(company.evidence);
  if (title.evidence) evidence.push(title.evidence);
  if (ats.evidence) evidence.push(ats.evidence);

  const wantsInterview = decision.category === 'INTERVIEW_INVITATION' || decision.category === 'NEXT_ROUND' || interviewMeeting;
  const interview = wantsInterview && wanted.interview ? extractInterview(calendar, prepared.links, tables) : null;
  const offer = decision.category === 'OFFER' && wanted.offer ? extractOffer(prepared.matchBody, tables, options.now ?? message.date ?? null) : null;

  return {
    ...decision,
    evidence,
    // A thread the user (or an earlier message) linked already knows its employer and job.
    company: wanted.company ? (context?.application?.company ?? company.company) : null,
    jobTitle: wanted.jobTitle ? (context?.application?.jobTitle ?? title.jobTitle) : null,
    atsProvider: ats.atsProvider,
    atsJobId: ats.atsJobId,
    interview,
    offer,
  };
}

const NO_COMPANY: CompanyResult = { company: null, evidence: null };
const NO_TITLE: TitleResult = { jobTitle: null, evidence: null };
const NO_ATS: AtsIdResult = { atsProvider: null, atsJobId: null, evidence: null };

interface ExtractionsWanted {
  company: boolean;
  jobTitle: boolean;
  ats: boolean;
  interview: boolean;
  offer: boolean;
}

const ALL_EXTRACTIONS: ExtractionsWanted = { company: true, jobTitle: true, ats: true, interview: true, offer: true };

/** Which extractions feed the fields asked for: the title reads the company, and `evidence` has a line of each of the three. */
function extractionsWanted(fields: ReadonlySet<keyof Classification> | undefined): ExtractionsWanted {
  if (fields === undefined) return ALL_EXTRACTIONS;
  const evidence = fields.has('evidence');
  const jobTitle = evidence || fields.has('jobTitle');
  return {
    company: evidence || jobTitle || fields.has('company'),
    jobTitle,
    ats: evidence || fields.has('atsProvider') || fields.has('atsJobId'),
    interview: fields.has('interview'),
    offer: fields.has('offer'),
  };
}

function firstEvent(parts: readonly string[]): CalendarEvent | null {
  for (const part of parts.slice(0, MAX_CALENDAR_PARTS)) {
    const event = parseCalendar(part);
    if (event) return event;
  }
  return null;
}

function bulkHeaderName(headers: Record<string, string>): string | null {
  if (headers['list-id']) return 'List-Id';
  if (/^(?:bulk|list|junk)$/i.test((headers['precedence'] ?? '').trim())) return 'Precedence';
  if (headers['list-unsubscribe']) return 'List-Unsubscribe';
  return null;
}
