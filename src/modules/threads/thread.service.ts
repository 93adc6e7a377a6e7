import type { EntityManager } from '../../db/orm.ts';
import { NotFoundError } from '../../schema/errors.ts';
import { findPage, type ConnectionArgs } from '../../schema/pagination.ts';
import { ApplicationSchema } from '../applications/application.entity.ts';
import { recordEvent } from '../outbox/record-event.ts';
import type { UserRow } from '../users/user.entity.ts';
import { EmailMessageSchema, type EmailMessage } from './email-message.entity.ts';
import { EmailThreadSchema, type EmailThread } from './email-thread.entity.ts';
import { activeSince } from './thread-activity.ts';

/** The viewer's recruiter threads: listing, counting the active ones, re-linking. */
export class ThreadService {
  readonly em: EntityManager;
  readonly viewer: UserRow;
  readonly activeThreadDays: number;

  constructor(em: EntityManager, viewer: UserRow, activeThreadDays: number) {
    this.em = em;
    this.viewer = viewer;
    this.activeThreadDays = activeThreadDays;
  }

  private activeWhere(now = new Date()) {
    return { lastMessageAt: { $gt: activeSince(this.activeThreadDays, now) }, application: { status: { $ne: 'REJECTED' as const } } };
  }

  /** A page of the viewer's threads, latest message first; `countNow` when the client selected totalCount. */
  list(args: ConnectionArgs, activeOnly: boolean, { countNow }: { countNow: boolean }) {
    const where = { user: this.viewer.id, ...(activeOnly ? this.activeWhere() : {}) };
    return findPage<EmailThread>(args, ['datetime', 'uuid'], {
      page: (options) =>
        this.em.findByCursor(EmailThreadSchema, {
          where: where as never,
          ...options,
          orderBy: { lastMessageAt: 'desc', id: 'desc' },
          includeCount: false,
          populate: ['application'],
        }),
      count: () => this.em.count(EmailThreadSchema, where as never),
      countNow,
    });
  }

  activeCount(): Promise<number> {
    return this.em.count(EmailThreadSchema, { user: this.viewer.id, ...this.activeWhere() } as never);
  }

  async loadMany(ids: readonly string[]): Promise<(EmailThread | Error)[]> {
    const rows = await this.em.find(EmailThreadSchema, { id: { $in: [...ids] }, user: this.viewer.id }, { populate: ['application'] });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new NotFoundError('EmailThread', id));
  }

  async get(id: string): Promise<EmailThread> {
    const thread = await this.em.findOne(EmailThreadSchema, { id, user: this.viewer.id }, { populate: ['application'] });
    if (!thread) throw new NotFoundError('EmailThread', id);
    return thread;
  }

  /** Re-links a thread; its messages, and every later one, follow the user's choice. */
  async link(threadId: string, applicationId: string): Promise<EmailThread> {
    const thread = await this.get(threadId);
    const application = await this.em.findOne(ApplicationSchema, { id: applicationId, user: this.viewer.id });
    if (!application) throw new NotFoundError('Application', applicationId);
    await this.em.transactional(async (tx) => {
      await tx.execute(`update email_threads set application_id = ?, linked_by_user = true, updated_at = clock_timestamp() where id = ?`, [
        application.id,
        thread.id,
      ]);
      await tx.execute(`update email_messages set application_id = ? where thread_id = ?`, [application.id, thread.id]);
      // Through the outbox, in the link's transaction: published once it commits, never lost
      // between commit and publish. The link can change activeThreadCount (a rejected application).
      recordEvent(tx, 'threadUpdated', this.viewer.id, { threadId: thread.id });
      recordEvent(tx, 'syncStatus', this.viewer.id, { accountId: null });
    });
    await this.em.refresh(thread, { populate: ['application'] } as never);
    return thread;
  }
}

/** Messages of many threads at once, oldest first (the dataloader behind EmailThread.messages). */
export async function messagesOfThreads(em: EntityManager, threadIds: readonly string[]): Promise<EmailMessage[][]> {
  const rows = await em.find(EmailMessageSchema, { thread: { $in: [...threadIds] } }, { orderBy: { receivedAt: 'asc', id: 'asc' } });
  const grouped = new Map<string, EmailMessage[]>(threadIds.map((id) => [id, []]));
  for (const row of rows) if (row.thread) grouped.get(row.thread.id)?.push(row);
  return threadIds.map((id) => grouped.get(id) ?? []);
}

/** Threads of many applications at once, latest first (Application.threads). */
export async function threadsOfApplications(em: EntityManager, applicationIds: readonly string[]): Promise<EmailThread[][]> {
  const rows = await em.find(
    EmailThreadSchema,
    { application: { $in: [...applicationIds] } },
    { orderBy: { lastMessageAt: 'desc', id: 'desc' }, populate: ['application'] },
  );
  const grouped = new Map<string, EmailThread[]>(applicationIds.map((id) => [id, []]));
  for (const row of rows) if (row.application) grouped.get(row.application.id)?.push(row);
  return applicationIds.map((id) => grouped.get(id) ?? []);
}
