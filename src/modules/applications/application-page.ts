import { Cursor } from '@mikro-orm/core';
import type { EntityManager } from '../../db/orm.ts';
import { DEFAULT_PAGE_SIZE, type cursorOptions } from '../../schema/pagination.ts';
import type { ApplicationRow } from './application.entity.ts';
import { applicationSql, type ApplicationSql } from './application-sql.ts';
import type { ApplicationFilter } from './application.service.ts';

/**
 * One page of a user's applications, newest first, as plain rows in one SQL statement. The list is
 * read-only, so it needs none of the ORM's work per row (entities, identity map, change tracking)
 * nor its query builder per request: the statement is a few fixed strings, its values bound by
 * `em.execute` (MikroORM's own escaping of `?` placeholders). Column names come from the entity's
 * metadata (application-sql.ts).
 * Cursors are MikroORM's own (`Cursor.encode([createdAt, id])`), so they stay valid either way.
 */
export async function applicationPage(
  em: EntityManager,
  userId: string,
  filter: ApplicationFilter,
  options: ReturnType<typeof cursorOptions>,
  { withCount = false } = {},
) {
  const sql = applicationSql(em);
  const { where, params: filterParams } = whereOf(sql, userId, filter);
  const params = [...filterParams];
  const backwards = options.last !== undefined;
  const limit = options.last ?? options.first ?? DEFAULT_PAGE_SIZE;
  const cursor = backwards ? options.before : options.after;
  let keyset = '';
  if (cursor) {
    const [createdAt, id] = Cursor.decode(cursor) as [string, string];
    params.push(createdAt, id);
    // Newest first: the next page is older (<), the previous one newer (>).
    keyset = ` and (${sql.createdAt}, ${sql.id}) ${backwards ? '>' : '<'} (?::timestamptz, ?::uuid)`;
  }
  params.push(limit + 1); // one more than asked tells whether there is another page
  const order = backwards ? 'asc' : 'desc';
  const page = `select ${sql.columns} from ${sql.table} where ${where}${keyset} order by ${sql.createdAt} ${order}, ${sql.id} ${order} limit ?`;
  if (!withCount) return pageOf(await em.execute<ApplicationRow[]>(page, params), limit, backwards, cursor);
  // The count beside the page in one statement, so one round trip: the count's row always exists,
  // the page's rows join it (none when the page is empty).
  const rows = await em.execute<(ApplicationRow & { totalCount: number })[]>(
    `select c."totalCount", p.* from (select count(*)::int as "totalCount" from ${sql.table} where ${where}) as c ` +
      `left join lateral (${page}) as p on true order by p."createdAt" ${order}, p."id" ${order}`,
    [...filterParams, ...params],
  );
  const totalCount = rows[0]!.totalCount;
  return { ...pageOf(rows[0]!.id === null ? [] : rows, limit, backwards, cursor), totalCount };
}

function pageOf(rows: ApplicationRow[], limit: number, backwards: boolean, cursor: string | undefined) {
  const more = rows.length > limit;
  if (more) rows.pop();
  if (backwards) rows.reverse();
  return {
    items: rows,
    hasNextPage: backwards ? cursor !== undefined : more,
    hasPrevPage: backwards ? more : cursor !== undefined,
    from: (row: ApplicationRow) => Cursor.encode([row.createdAt, row.id]),
  };
}

/** How many of the user's applications match the filter, over all pages. */
export async function countApplications(em: EntityManager, userId: string, filter: ApplicationFilter): Promise<number> {
  const sql = applicationSql(em);
  const { where, params } = whereOf(sql, userId, filter);
  const [row] = await em.execute<{ count: number }[]>(`select count(*)::int as count from ${sql.table} where ${where}`, params);
  return row!.count;
}

function whereOf(sql: ApplicationSql, userId: string, filter: ApplicationFilter) {
  const params: unknown[] = [userId];
  let where = `${sql.user} = ?`;
  if (filter.status?.length) {
    params.push([...filter.status]);
    where += ` and ${sql.status} in (?)`;
  }
  const search = filter.search?.trim();
  if (search) {
    params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    params.push(params.at(-1));
    where += ` and (${sql.company} ilike ? or ${sql.jobTitle} ilike ?)`;
  }
  return { where, params };
}
