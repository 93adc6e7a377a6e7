import type { EntityManager } from '../../db/orm.ts';
import type { ApplicationCandidate } from '../matching/match-application.ts';
import type { EmailCategory } from '../../classifier/index.ts';
import type { NormalizedMessage } from '../../providers/provider.ts';
import { referencedMessageIds, threadKeyOf } from './thread-key.ts';

/** A thread as the page sees it: loaded from the database or new in this page. */
export interface ThreadState {
  id: string;
  key: string;
  isNew: boolean;
  touched: boolean;
  subject: string;
  applicationId: string | null;
  linkedByUser: boolean;
  participants: string[];
  messageCount: number;
  lastMessageAt: Date | null;
  earlierCategories: EmailCategory[];
}

export interface PageState {
  /** Provider ids and Message-IDs already stored for the account: replays and re-uploads change nothing. */
  seenProviderIds: Set<string>;
  seenRfcIds: Set<string>;
  /** Thread key of each page message, by provider message id, computed in received order. */
  threadKeys: Map<string, string>;
  threads: Map<string, ThreadState>;
  applications: Map<string, ApplicationCandidate>;
  /** The same candidates as a list (new applications of the page are appended to both). */
  applicationList: ApplicationCandidate[];
}

/**
 * Everything one page needs from the database, in a fixed handful of queries (not one per message):
 * which messages are known, the threads their keys name, those threads' earlier categories and the
 * user's applications.
 */
export async function loadPageState(
  tx: EntityManager,
  account: { id: string; userId: string; emailAddress: string },
  messages: readonly NormalizedMessage[],
  skippedIds: readonly string[],
): Promise<PageState> {
  const providerIds = [...messages.map((m) => m.providerMessageId), ...skippedIds];
  const rfcIds = messages.flatMap((m) => (m.rfcMessageId ? [m.rfcMessageId] : []));
  const seenProviderIds = new Set<string>();
  const seenRfcIds = new Set<string>();
  if (providerIds.length > 0) {
    const known = await tx.execute<{ provider_message_id: string; rfc_message_id: string | null }[]>(
      `select provider_message_id, rfc_message_id from email_messages
        where account_id = ? and (provider_message_id in (?)${rfcIds.length ? ' or rfc_message_id in (?)' : ''})`,
      rfcIds.length ? [account.id, providerIds, rfcIds] : [account.id, providerIds],
    );
    for (const row of known) {
      seenProviderIds.add(row.provider_message_id);
      if (row.rfc_message_id) seenRfcIds.add(row.rfc_message_id);
    }
  }

  // Threads of referenced messages stored earlier, then each message's key in received order
  // (a reply may name a message earlier in this same page).
  const referenced = [...new Set(messages.flatMap((m) => referencedMessageIds(m)))];
  const threadOfRfc = new Map<string, string>();
  if (referenced.length > 0) {
    const rows = await tx.execute<{ rfc_message_id: string; provider_thread_id: string }[]>(
      `select m.rfc_message_id, t.provider_thread_id from email_messages m join email_threads t on t.id = m.thread_id
        where m.account_id = ? and m.rfc_message_id in (?)`,
      [account.id, referenced],
    );
    for (const row of rows) threadOfRfc.set(row.rfc_message_id, row.provider_thread_id);
  }
  const threadKeys = new Map<string, string>();
  for (const message of messages) {
    let key: string;
    try {
      key = threadKeyOf(message, account.emailAddress, (id) => threadOfRfc.get(id));
    } catch {
      continue; // a malformed message gets no key; applying it fails and records it as skipped
    }
    threadKeys.set(message.providerMessageId, key);
    if (message.rfcMessageId && !threadOfRfc.has(message.rfcMessageId)) threadOfRfc.set(message.rfcMessageId, key);
  }

  const threads = new Map<string, ThreadState>();
  const keys = [...new Set(threadKeys.values())];
  if (keys.length > 0) {
    const rows = await tx.execute<
      {
        id: string;
        provider_thread_id: string;
        subject: string;
        application_id: string | null;
        linked_by_user: boolean;
        participants: string[];
        message_count: number;
        last_message_at: Date | null;
      }[]
    >(
      `select id, provider_thread_id, subject, application_id, linked_by_user, participants, message_count, last_message_at
         from email_threads where account_id = ? and provider_thread_id in (?)`,
      [account.id, keys],
    );
    for (const row of rows) {
      threads.set(row.provider_thread_id, {
        id: row.id,
        key: row.provider_thread_id,
        isNew: false,
        touched: false,
        subject: row.subject,
        applicationId: row.application_id,
        linkedByUser: row.linked_by_user,
        participants: typeof row.participants === 'string' ? JSON.parse(row.participants) : row.participants,
        messageCount: row.message_count,
        lastMessageAt: row.last_message_at ? new Date(row.last_message_at) : null,
        earlierCategories: [],
      });
    }
    if (rows.length > 0) {
      const byId = new Map([...threads.values()].map((t) => [t.id, t]));
      const categories = await tx.execute<{ thread_id: string; category: EmailCategory }[]>(
        `select thread_id, category from email_messages where thread_id in (?) and category is not null order by received_at, id`,
        [[...byId.keys()]],
      );
      for (const row of categories) byId.get(row.thread_id)?.earlierCategories.push(row.category);
    }
  }

  const applicationRows = await tx.execute<
    { id: string; company: string; company_domain: string | null; job_title: string; status: ApplicationCandidate['status']; ats_provider: string | null; ats_job_id: string | null }[]
  >(`select id, company, company_domain, job_title, status, ats_provider, ats_job_id from applications where user_id = ?`, [account.userId]);
  const applications = new Map<string, ApplicationCandidate>(
    applicationRows.map((row) => [
      row.id,
      {
        id: row.id,
        company: row.company,
        companyDomain: row.company_domain,
        jobTitle: row.job_title,
        status: row.status,
        atsProvider: row.ats_provider,
        atsJobId: row.ats_job_id,
      },
    ]),
  );
  return { seenProviderIds, seenRfcIds, threadKeys, threads, applications, applicationList: [...applications.values()] };
}
