import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '../../db/orm.ts';
import { ConflictError, NotFoundError } from '../../schema/errors.ts';
import { findPage, type ConnectionArgs } from '../../schema/pagination.ts';
import { applicationPage, countApplications } from './application-page.ts';
import type { ApplicationStatusChangedEvent } from '../../schema/pubsub.ts';
import type { UserRow } from '../users/user.entity.ts';
import { ApplicationSchema, type Application, type ApplicationRow } from './application.entity.ts';
import type { ApplicationSource, ApplicationStatus } from './application-status.ts';
import { StatusChangeSchema, type StatusChange } from './status-change.entity.ts';
import { updateApplication } from './application-update.ts';
import { hasThreads, latestStatusChange, lockApplication, moveStatus, startStatusHistory } from './status-move.ts';
import { recordEvent } from '../outbox/record-event.ts';
import { statusEventRows, type StatusEventRows } from './status-event-row.ts';

export interface ApplicationFields {
  company: string;
  jobTitle: string;
  companyDomain?: string | null;
  status?: ApplicationStatus | null;
  atsProvider?: string | null;
  atsJobId?: string | null;
  appliedAt?: Date | null;
}

export interface ApplicationFilter {
  status?: readonly ApplicationStatus[] | null;
  search?: string | null;
}

/** The rules of applications and their status history, for one viewer. */
export class ApplicationService {
  readonly em: EntityManager;
  readonly viewer: UserRow;

  constructor(em: EntityManager, viewer: UserRow) {
    this.em = em;
    this.viewer = viewer;
  }

  /** A page of the viewer's applications, newest first; `countNow` when the client selected totalCount. */
  async list(args: ConnectionArgs, filter: ApplicationFilter, { countNow }: { countNow: boolean }) {
    return findPage<ApplicationRow>(args, ['datetime', 'uuid'], {
      // When totalCount is selected the page's own statement counts too: one round trip, not two.
      page: (options) => applicationPage(this.em, this.viewer.id, filter, options, { withCount: countNow }),
      count: () => countApplications(this.em, this.viewer.id, filter),
      countNow: false,
    });
  }

  /** Loads the viewer's applications by id, in the order asked; another user's id is NotFound. */
  async loadMany(ids: readonly string[]): Promise<(Application | Error)[]> {
    const rows = await this.em.find(ApplicationSchema, { id: { $in: [...ids] }, user: this.viewer.id });
    return inRequestedOrder(ids, rows, 'Application');
  }

  async loadStatusChanges(ids: readonly string[]): Promise<(StatusChange | Error)[]> {
    const rows = await this.em.find(StatusChangeSchema, { id: { $in: [...ids] }, application: { user: this.viewer.id } });
    return inRequestedOrder(ids, rows, 'StatusChange');
  }

  /** Fresh rows for a published event, in one statement; an event of a since-deleted application cannot be shown. */
  async loadStatusEvent(event: ApplicationStatusChangedEvent): Promise<StatusEventRows> {
    const rows = await statusEventRows(this.em, this.viewer.id, event);
    if (!rows) throw new NotFoundError('StatusChange', event.statusChangeId);
    return rows;
  }

  async get(id: string): Promise<Application> {
    const application = await this.em.findOne(ApplicationSchema, { id, user: this.viewer.id });
    if (!application) throw new NotFoundError('Application', id);
    return application;
  }

  async create(fields: ApplicationFields, source: ApplicationSource = 'MANUAL'): Promise<Application> {
    const status = fields.status ?? 'APPLIED';
    const application = this.em.create(ApplicationSchema, {
      user: this.viewer.id, // the viewer may be the viewer cache's shared entity, not one of this EntityManager
      company: fields.company,
      jobTitle: fields.jobTitle,
      companyDomain: fields.companyDomain ?? null,
      status,
      source,
      atsProvider: fields.atsProvider ?? null,
      atsJobId: fields.atsJobId ?? null,
      appliedAt: fields.appliedAt ?? new Date(),
    });
    startStatusHistory(this.em, application, source === 'EMAIL' ? 'EMAIL' : 'MANUAL');
    await this.em.flush();
    return application;
  }

  /**
   * `undefined` leaves a field as it is; `null` clears an optional field and is ignored for required ones.
   * Runs with the application's row locked, so concurrent updates and reverts apply one after another
   * (application-update.ts: four round trips however much changes).
   */
  async update(id: string, fields: { [K in keyof ApplicationFields]?: ApplicationFields[K] | null }): Promise<ApplicationRow> {
    const { status, company, jobTitle, ...optional } = fields;
    const updated = await updateApplication(this.em, id, this.viewer.id, {
      ...optional,
      company: company ?? undefined,
      jobTitle: jobTitle ?? undefined,
      status: status ?? undefined,
    });
    if (!updated) throw new NotFoundError('Application', id);
    return updated;
  }

  /** Its threads stay, linked to nothing, so they stop counting as active: syncStatus subscribers hear it. */
  async delete(id: string): Promise<void> {
    await this.em.transactional(async (tx) => {
      const application = await lockApplication(tx, id, this.viewer.id);
      if (!application) throw new NotFoundError('Application', id);
      if (await hasThreads(tx, application.id)) recordEvent(tx, 'syncStatus', this.viewer.id, { accountId: null });
      tx.remove(application);
    });
  }

  /**
   * Undoes the application's latest status move, recording the undo as a REVERT change. The checks
   * run on the rows as they are under the application's lock, so of many concurrent reverts of one
   * change exactly one succeeds and the others answer CONFLICT.
   */
  async revert(statusChangeId: string): Promise<Application> {
    const found = await this.em.findOne(StatusChangeSchema, { id: statusChangeId, application: { user: this.viewer.id } });
    if (!found) throw new NotFoundError('StatusChange', statusChangeId);
    return this.em
      .transactional(async (tx) => {
        const application = await lockApplication(tx, found.application.id, this.viewer.id);
        const change = application && (await tx.findOne(StatusChangeSchema, { id: statusChangeId }, { refresh: true }));
        if (!application || !change) throw new NotFoundError('StatusChange', statusChangeId);
        if (change.cause === 'REVERT') throw new ConflictError('a revert cannot itself be reverted; change the status instead');
        const previousStatus = change.fromStatus;
        if (previousStatus == null) throw new ConflictError('the first status of an application cannot be reverted');
        if (change.revertedAt) throw new ConflictError('this status change was already reverted');
        const latest = await latestStatusChange(tx, application.id);
        if (latest?.id !== change.id) throw new ConflictError('only the latest status change of an application can be reverted');
        await moveStatus(tx, application, previousStatus, 'REVERT', {
          revertOf: change,
          evidence: [`reverted the ${change.cause.toLowerCase()} change ${change.fromStatus} → ${change.toStatus}`],
        });
        return application;
      })
      .catch((error: unknown) => {
        // The unique key on revert_of backs the checks above: a second undo of one change cannot commit.
        if (error instanceof UniqueConstraintViolationException) throw new ConflictError('this status change was already reverted');
        throw error;
      });
  }
}

/** Dataloader answer: the rows in the order their ids were asked, a NotFoundError where none (or not the viewer's). */
function inRequestedOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[], typename: string): (T | Error)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? new NotFoundError(typename, id));
}

/** Status history of many applications at once (the dataloader behind Application.statusHistory). */
export async function statusHistoryOf(em: EntityManager, applicationIds: readonly string[]): Promise<StatusChange[][]> {
  const rows = await em.find(StatusChangeSchema, { application: { $in: [...applicationIds] } }, { orderBy: { sequence: 'asc' } });
  const grouped = new Map<string, StatusChange[]>(applicationIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.application.id)?.push(row);
  return applicationIds.map((id) => grouped.get(id) ?? []);
}
