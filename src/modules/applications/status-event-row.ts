import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '../../db/orm.ts';
import { quoteIdentifier as quote, scalarColumns, scalarProperties } from '../../db/scalar-columns.ts';
import type { ApplicationStatusChangedEvent } from '../../schema/pubsub.ts';
import { ApplicationSchema, type ApplicationRow } from './application.entity.ts';
import { StatusChangeSchema, type StatusChange, type StatusChangeRow } from './status-change.entity.ts';

/** The rows a status event shows: the application as it is now, and the change the event announces. */
export interface StatusEventRows {
  application: ApplicationRow;
  change: StatusChangeRow;
}

const CHANGE_PREFIX = 'change.';

/**
 * Loads what an applicationStatusChanged event shows in one statement, as plain rows: the change and
 * its application, joined, only when the application is the user's; null when either is gone (deleted
 * since) or not theirs. Every subscribed user pays this once per event, so it skips what the ORM
 * would spend on a `findOne` with `populate` (query building, hydration, identity map, change-set
 * snapshots): some 290 KB of short-lived allocations per event against some 25 KB, and the young
 * generation's collections that come with them (docs/decisions.md, owner-event tail).
 */
export async function statusEventRows(em: EntityManager, userId: string, event: ApplicationStatusChangedEvent): Promise<StatusEventRows | null> {
  const sql = statusEventSql(em);
  const [row] = await em.execute<Record<string, unknown>[]>(sql.statement, [event.statusChangeId, event.applicationId, userId]);
  if (!row) return null;
  const change: Record<string, unknown> = {};
  for (const name of sql.changeProperties) {
    change[name] = row[CHANGE_PREFIX + name];
    delete row[CHANGE_PREFIX + name];
  }
  const application = row as unknown as ApplicationRow;
  change.application = application;
  return { application, change: change as unknown as StatusChangeRow };
}

/** The statement, built once per metadata from the entities' own table and column names. */
function statusEventSql(em: EntityManager) {
  const metadata = em.getMetadata();
  const applications = metadata.get(ApplicationSchema);
  const changes = metadata.get(StatusChangeSchema);
  if (cached?.changes !== changes || cached.applications !== applications) cached = { applications, changes, sql: build(applications, changes) };
  return cached.sql;
}

let cached: { applications: EntityMetadata; changes: EntityMetadata; sql: ReturnType<typeof build> } | null = null;

function build(applications: EntityMetadata, changes: EntityMetadata<StatusChange>) {
  const column = (meta: EntityMetadata, property: string) => quote(meta.properties[property]!.fieldNames[0]!);
  return {
    statement:
      `select ${scalarColumns(applications, { alias: 'a' })}, ${scalarColumns(changes, { alias: 'c', prefix: CHANGE_PREFIX })} ` +
      `from ${quote(changes.tableName)} as c join ${quote(applications.tableName)} as a on a.${column(applications, 'id')} = c.${column(changes, 'application')} ` +
      `where c.${column(changes, 'id')} = ? and a.${column(applications, 'id')} = ? and a.${column(applications, 'user')} = ?`,
    changeProperties: scalarProperties(changes),
  };
}
