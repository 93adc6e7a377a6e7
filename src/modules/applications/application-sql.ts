import type { EntityMetadata } from '@mikro-orm/core';
import { quoteIdentifier as quote, scalarColumns } from '../../db/scalar-columns.ts';
import type { EntityManager } from '../../db/orm.ts';
import { ApplicationSchema, type Application } from './application.entity.ts';

/**
 * The quoted table and column names of `applications`, read from the entity's metadata, for the
 * hand-written statements on the hot paths (application-page.ts, application-update.ts): the
 * entity stays the one source of the table's shape. Built once per metadata.
 */
export function applicationSql(em: EntityManager): ApplicationSql {
  const meta = em.getMetadata().get(ApplicationSchema);
  if (cached?.meta !== meta) cached = { meta, sql: build(meta) };
  return cached.sql;
}

export type ApplicationSql = ReturnType<typeof build>;
let cached: { meta: EntityMetadata<Application>; sql: ApplicationSql } | null = null;

function build(meta: EntityMetadata<Application>) {
  const column = (property: keyof Application & string) => quote(meta.properties[property].fieldNames[0]!);
  return {
    table: quote(meta.tableName),
    // Every column but the owner, under its property name: what ApplicationRow holds.
    columns: scalarColumns(meta),
    id: column('id'),
    user: column('user'),
    status: column('status'),
    company: column('company'),
    jobTitle: column('jobTitle'),
    companyDomain: column('companyDomain'),
    atsProvider: column('atsProvider'),
    atsJobId: column('atsJobId'),
    appliedAt: column('appliedAt'),
    createdAt: column('createdAt'),
    updatedAt: column('updatedAt'),
  };
}
