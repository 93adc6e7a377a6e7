import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../db/orm.ts';
import type { NormalizedMessage, SyncPage } from '../../providers/provider.ts';
import type { SyncProgress } from '../accounts/mail-account-state.ts';
import { ApplicationSchema } from '../applications/application.entity.ts';
import { InterviewSchema } from '../applications/interview.entity.ts';
import { StatusChangeSchema } from '../applications/status-change.entity.ts';
import { classify, type Classification, type ClassifiableMessage, type OfferDetails } from '../../classifier/index.ts';
import { employerOf } from '../matching/employer-of.ts';
import { matchApplication, UNKNOWN_TITLE } from '../matching/match-application.ts';
import { planMessage, type MessagePlan } from '../matching/plan-message.ts';
import { ReviewSchema } from '../reviews/review.entity.ts';
import { EmailMessageSchema } from '../threads/email-message.entity.ts';
import { EmailThreadSchema } from '../threads/email-thread.entity.ts';
import { moveStatusesAutomatically, type AutomaticMove } from './automatic-move.ts';
import { loadPageState, type PageState, type ThreadState } from './page-state.ts';
import { nextStatus, startingStatus } from './status-rules.ts';
import type { SyncEvent } from './sync-events.ts';

export interface SyncedAccount {
  id: string;
  userId: string;
  emailAddress: string;
}

export interface PageOutcome {
  events: SyncEvent[];
  scanned: number;
  jobRelated: number;
  skipped: number;
  /** Messages already stored (a replayed page, a duplicate push, an Outlook re-upload). */
  duplicates: number;
  statusMoves: number;
}

const MAX_PARTICIPANTS = 20;
const MAX_REASON = 500;

type MessageRow = Record<string, unknown> & { id: string };

/** A page with what can be worked out before its transaction: each message classified as if its thread were new. */
export interface PreparedPage extends SyncPage {
  contextFree: Map<string, Classification>;
}

/**
 * Classifies a page's messages without thread context, outside any transaction (the sync does it
 * for the page it reads ahead, while the page before commits). Most mail starts its own thread or
 * joins one with no job-related history, and then this is exactly what `applyPage` would compute;
 * where the thread has context, `applyPage` classifies again with it.
 */
export function preparePage(page: SyncPage): PreparedPage {
  const contextFree = new Map<string, Classification>();
  for (const message of page.messages) {
    try {
      contextFree.set(message.providerMessageId, classify(toClassifiable(message), { application: null, earlierCategories: [] }));
    } catch {
      // Classified again in the transaction, where the failure is recorded as a skipped message.
    }
  }
  return { ...page, contextFree };
}

/**
 * Applies one provider page inside the caller's transaction: normalize → classify (with the
 * thread's context) → match → thread → status rules → audit, in received order. Writes are
 * batched per table; the only per-message round trips are the row-locked status moves.
 * Returns the events to publish once the transaction has committed.
 */
export async function applyPage(tx: EntityManager, account: SyncedAccount, page: SyncPage | PreparedPage): Promise<PageOutcome> {
  const messages = [...page.messages].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || (a.providerMessageId < b.providerMessageId ? -1 : 1));
  const state = await loadPageState(tx, account, messages, page.skipped.map((s) => s.providerMessageId));
  const now = Date.now();
  const outcome: PageOutcome = { events: [], scanned: 0, jobRelated: 0, skipped: 0, duplicates: 0, statusMoves: 0 };

  const messageRows: MessageRow[] = [];
  const newApplications: Record<string, unknown>[] = [];
  const firstChanges: Record<string, unknown>[] = [];
  const interviews: Record<string, unknown>[] = [];
  const reviews: Record<string, unknown>[] = [];
  const offers = new Map<string, OfferDetails>();
  const moves: AutomaticMove[] = [];
  const createdEvents: SyncEvent[] = [];

  const isDuplicate = (providerMessageId: string, rfcMessageId: string | null) =>
    state.seenProviderIds.has(providerMessageId) || (rfcMessageId !== null && state.seenRfcIds.has(rfcMessageId));
  const remember = (providerMessageId: string, rfcMessageId: string | null) => {
    state.seenProviderIds.add(providerMessageId);
    if (rfcMessageId) state.seenRfcIds.add(rfcMessageId);
  };

  for (const message of messages) {
    outcome.scanned += 1;
    if (isDuplicate(message.providerMessageId, message.rfcMessageId)) {
      outcome.duplicates += 1;
      continue;
    }
    remember(message.providerMessageId, message.rfcMessageId);
    try {
      const key = state.threadKeys.get(message.providerMessageId);
      if (!key) throw new Error('the message could not be keyed to a thread');
      const existing = state.threads.get(key);
      const linked = existing?.applicationId ? state.applications.get(existing.applicationId) : undefined;
      const hasContext = linked !== undefined || (existing?.earlierCategories.length ?? 0) > 0;
      const classification =
        (!hasContext && 'contextFree' in page ? page.contextFree.get(message.providerMessageId) : undefined) ??
        classify(toClassifiable(message), {
          application: linked ? { company: linked.company, jobTitle: linked.jobTitle === UNKNOWN_TITLE ? null : linked.jobTitle, status: linked.status } : null,
          earlierCategories: existing?.earlierCategories ?? [],
        });
      // Most mail is not about a job: nothing to match, store or move.
      if (!classification.isJobRelated || classification.category === 'NOT_JOB_RELATED') continue;
      const employer = employerOf(classification, message.from);
      const match = matchApplication(
        {
          threadApplicationId: existing?.applicationId ?? null,
          company: employer.company,
          companyDomain: employer.companyDomain,
          jobTitle: classification.jobTitle,
          atsProvider: classification.atsProvider,
          atsJobId: classification.atsJobId,
        },
        state.applicationList,
      );
      const plan = planMessage(classification, match, employer.company, classification.jobTitle);
      if (plan.kind === 'IGNORE') continue;
      // Everything that can fail on a malformed message happens before any effect is recorded.
      const messageId = randomUUID();
      const row = messageRow(messageId, account.id, null, null, message, classification, employer.company, now);
      const interview = classification.interview ? interviewRow(classification, '', messageId, now) : null;

      outcome.jobRelated += 1;
      const thread = existing ?? newThread(state, key, message);
      let applicationId = applicationOfPlan(plan);

      if (plan.kind === 'CREATE') {
        applicationId = randomUUID();
        const status = startingStatus(plan.category);
        newApplications.push({
          id: applicationId,
          user: account.userId,
          company: plan.company.slice(0, 200),
          companyDomain: employer.companyDomain,
          jobTitle: (plan.jobTitle ?? UNKNOWN_TITLE).slice(0, 300),
          status,
          source: 'EMAIL',
          atsProvider: classification.atsProvider,
          atsJobId: classification.atsJobId,
          appliedAt: message.receivedAt,
          createdAt: new Date(now + newApplications.length),
          updatedAt: new Date(now),
        });
        const changeId = randomUUID();
        firstChanges.push({
          id: changeId,
          application: applicationId,
          fromStatus: null,
          toStatus: status,
          cause: 'EMAIL',
          message: messageId,
          evidence: plan.evidence,
          sequence: 1,
          createdAt: new Date(now + newApplications.length),
        });
        const candidate = {
          id: applicationId,
          company: plan.company,
          companyDomain: employer.companyDomain,
          jobTitle: plan.jobTitle ?? UNKNOWN_TITLE,
          status,
          atsProvider: classification.atsProvider,
          atsJobId: classification.atsJobId,
        };
        state.applications.set(applicationId, candidate);
        state.applicationList.push(candidate);
        createdEvents.push({ topic: 'applicationStatusChanged', userId: account.userId, payload: { applicationId, statusChangeId: changeId } });
      } else if (plan.kind === 'APPLY') {
        moves.push({ applicationId: plan.applicationId, category: plan.category, messageId, receivedAt: message.receivedAt, evidence: plan.evidence });
        const candidate = state.applications.get(plan.applicationId);
        // The in-memory status only feeds later messages' thread context; the locked row decides the move.
        if (candidate) candidate.status = nextStatus(candidate.status, plan.category, { manual: false }) ?? candidate.status;
      } else if (plan.kind === 'REVIEW') {
        const proposed = plan.proposedApplicationId ? state.applications.get(plan.proposedApplicationId) : undefined;
        reviews.push({
          id: randomUUID(),
          user: account.userId,
          message: messageId,
          kind: plan.reviewKind,
          proposedApplication: plan.proposedApplicationId,
          proposedStatus: proposed ? nextStatus(proposed.status, plan.category, { manual: false }) : startingStatus(plan.category),
          confidence: plan.confidence,
          evidence: plan.evidence,
          state: 'PENDING',
          createdAt: new Date(now),
        });
      }

      if (applicationId && !thread.applicationId) thread.applicationId = applicationId;
      // A message follows its thread's application (a user's re-link wins over matching).
      const messageApplication = thread.applicationId ?? applicationId;
      if (messageApplication && (plan.kind === 'APPLY' || plan.kind === 'CREATE')) {
        if (interview && (plan.category === 'INTERVIEW_INVITATION' || plan.category === 'NEXT_ROUND')) {
          interviews.push({ ...interview, application: messageApplication });
        }
        if (classification.offer && plan.category === 'OFFER') offers.set(messageApplication, classification.offer);
      }
      touchThread(thread, message, classification, account.emailAddress);
      messageRows.push({ ...row, thread: thread.id, application: messageApplication });
    } catch (error) {
      // One bad message must not stop the mailbox: keep it as skipped, with why.
      outcome.skipped += 1;
      messageRows.push(skippedRow(account.id, message.providerMessageId, message.rfcMessageId, message.receivedAt, `failed to process: ${(error as Error).message}`, now));
    }
  }
  for (const skipped of page.skipped) {
    outcome.scanned += 1;
    if (isDuplicate(skipped.providerMessageId, null)) {
      outcome.duplicates += 1;
      continue;
    }
    remember(skipped.providerMessageId, null);
    outcome.skipped += 1;
    messageRows.push(skippedRow(account.id, skipped.providerMessageId, null, skipped.receivedAt ?? new Date(now), skipped.reason, now));
  }

  // Writes, parents first. Threads and applications exist before the messages that name them.
  const touched = [...state.threads.values()].filter((t) => t.touched);
  if (newApplications.length) await tx.insertMany(ApplicationSchema, newApplications as never[]);
  const created = touched.filter((t) => t.isNew);
  if (created.length) await tx.insertMany(EmailThreadSchema, created.map((t) => threadRow(t, account, now)) as never[]);
  if (messageRows.length) await tx.insertMany(EmailMessageSchema, messageRows as never[]);
  if (firstChanges.length) await tx.insertMany(StatusChangeSchema, firstChanges as never[]);
  await updateThreads(tx, touched.filter((t) => !t.isNew));
  for (const applied of await moveStatusesAutomatically(tx, moves)) {
    outcome.statusMoves += 1;
    outcome.events.push({ topic: 'applicationStatusChanged', userId: account.userId, payload: { applicationId: applied.applicationId, statusChangeId: applied.statusChangeId } });
  }
  if (interviews.length) await tx.insertMany(InterviewSchema, interviews as never[]);
  if (offers.size) {
    await tx.execute(
      `update applications a set offer = v.offer, updated_at = clock_timestamp()
         from (values ${[...offers].map(() => '(?::uuid, ?::jsonb)').join(', ')}) as v(id, offer) where a.id = v.id`,
      [...offers].flatMap(([applicationId, offer]) => [applicationId, JSON.stringify(offer)]),
    );
  }
  if (reviews.length) await tx.insertMany(ReviewSchema, reviews as never[]);

  outcome.events.unshift(...createdEvents);
  for (const thread of touched) outcome.events.push({ topic: 'threadUpdated', userId: account.userId, payload: { threadId: thread.id } });
  return outcome;
}

export function addToProgress(progress: SyncProgress, outcome: PageOutcome, total: number | null): SyncProgress {
  return {
    scanned: progress.scanned + outcome.scanned,
    total: total ?? progress.total,
    jobRelated: progress.jobRelated + outcome.jobRelated,
    skipped: progress.skipped + outcome.skipped,
  };
}

function applicationOfPlan(plan: Exclude<MessagePlan, { kind: 'IGNORE' }>): string | null {
  if (plan.kind === 'APPLY' || plan.kind === 'ATTACH') return plan.applicationId;
  return null;
}

function toClassifiable(message: NormalizedMessage): ClassifiableMessage {
  return {
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    calendarParts: message.calendarParts,
    date: message.receivedAt,
  };
}

function newThread(state: PageState, key: string, message: NormalizedMessage): ThreadState {
  const thread: ThreadState = {
    id: randomUUID(),
    key,
    isNew: true,
    touched: false,
    subject: message.subject.slice(0, 1000),
    applicationId: null,
    linkedByUser: false,
    participants: [],
    messageCount: 0,
    lastMessageAt: null,
    earlierCategories: [],
  };
  state.threads.set(key, thread);
  return thread;
}

function touchThread(thread: ThreadState, message: NormalizedMessage, classification: Classification, ownAddress: string): void {
  thread.touched = true;
  thread.messageCount += 1;
  if (!thread.lastMessageAt || message.receivedAt > thread.lastMessageAt) thread.lastMessageAt = message.receivedAt;
  thread.earlierCategories.push(classification.category);
  for (const address of [message.from, ...message.to, ...message.cc]) {
    const value = address.address.toLowerCase();
    if (!value || value === ownAddress.toLowerCase() || thread.participants.includes(value)) continue;
    if (thread.participants.length < MAX_PARTICIPANTS) thread.participants.push(value);
  }
}

function threadRow(thread: ThreadState, account: SyncedAccount, now: number) {
  return {
    id: thread.id,
    user: account.userId,
    account: account.id,
    providerThreadId: thread.key,
    subject: thread.subject,
    application: thread.applicationId,
    linkedByUser: false,
    participants: thread.participants,
    messageCount: thread.messageCount,
    lastMessageAt: thread.lastMessageAt,
    createdAt: new Date(now),
    updatedAt: new Date(now),
  };
}

/** Existing threads the page touched: one statement for all of them. */
async function updateThreads(tx: EntityManager, threads: readonly ThreadState[]): Promise<void> {
  if (threads.length === 0) return;
  const values = threads.map(() => '(?::uuid, ?::uuid, ?::jsonb, ?::int, ?::timestamptz)').join(', ');
  const params = threads.flatMap((t) => [t.id, t.applicationId, JSON.stringify(t.participants), t.messageCount, t.lastMessageAt]);
  await tx.execute(
    `update email_threads t set application_id = v.application_id, participants = v.participants, message_count = v.message_count,
            last_message_at = v.last_message_at, updated_at = clock_timestamp()
       from (values ${values}) as v(id, application_id, participants, message_count, last_message_at)
      where t.id = v.id`,
    params,
  );
}

function messageRow(
  id: string,
  accountId: string,
  threadId: string | null,
  applicationId: string | null,
  message: NormalizedMessage,
  classification: Classification,
  company: string | null,
  now: number,
): MessageRow {
  return {
    id,
    account: accountId,
    thread: threadId,
    application: applicationId,
    providerMessageId: message.providerMessageId.slice(0, 300),
    rfcMessageId: message.rfcMessageId?.slice(0, 1000) ?? null,
    inReplyTo: message.inReplyTo?.slice(0, 1000) ?? null,
    references: message.references.slice(-50),
    fromAddress: message.from.address.slice(0, 320),
    fromName: message.from.name?.slice(0, 300) ?? null,
    toAddresses: message.to.slice(0, 50).map((a) => a.address.slice(0, 320)),
    subject: message.subject.slice(0, 1000),
    snippet: message.snippet.slice(0, 500),
    receivedAt: message.receivedAt,
    category: classification.category,
    confidence: classification.confidence,
    evidence: classification.evidence,
    company: company?.slice(0, 200) ?? null,
    jobTitle: classification.jobTitle?.slice(0, 300) ?? null,
    atsProvider: classification.atsProvider?.slice(0, 100) ?? null,
    atsJobId: classification.atsJobId?.slice(0, 200) ?? null,
    interview: classification.interview,
    offer: classification.offer,
    skippedReason: null,
    createdAt: new Date(now),
  };
}

function skippedRow(accountId: string, providerMessageId: string, rfcMessageId: string | null, receivedAt: Date, reason: string, now: number): MessageRow {
  return {
    id: randomUUID(),
    account: accountId,
    thread: null,
    application: null,
    providerMessageId: providerMessageId.slice(0, 300),
    rfcMessageId: rfcMessageId?.slice(0, 1000) ?? null,
    inReplyTo: null,
    references: [],
    fromAddress: '',
    fromName: null,
    toAddresses: [],
    subject: '',
    snippet: '',
    receivedAt,
    category: null,
    confidence: null,
    evidence: [],
    company: null,
    jobTitle: null,
    atsProvider: null,
    atsJobId: null,
    interview: null,
    offer: null,
    skippedReason: reason.slice(0, MAX_REASON),
    createdAt: new Date(now),
  };
}

function interviewRow(classification: Classification, applicationId: string, messageId: string, now: number) {
  const interview = classification.interview!;
  return {
    id: randomUUID(),
    application: applicationId,
    message: messageId,
    startsAt: interview.start,
    endsAt: interview.end,
    timeZone: interview.timeZone?.slice(0, 100) ?? null,
    organizer: interview.organizer?.slice(0, 320) ?? null,
    location: interview.location?.slice(0, 1000) ?? null,
    meetingUrl: interview.meetingUrl?.slice(0, 2000) ?? null,
    schedulingUrl: interview.schedulingUrl?.slice(0, 2000) ?? null,
    createdAt: new Date(now),
  };
}
