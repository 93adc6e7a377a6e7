import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '../../db/orm.ts';
import { quoteIdentifier as quote, scalarColumns } from '../../db/scalar-columns.ts';
import { UserSchema, type User, type UserRow } from './user.entity.ts';

/**
 * A user as a plain row, in one statement, or null when there is none. Who asks is looked up for
 * every HTTP operation of a user not seen in the last VIEWER_CACHE_MS and for every WebSocket
 * operation; a `findOne` of the entity allocated some 86 KB for it (query building, hydration, the
 * identity map), this some 19 KB.
 */
export async function loadUserRow(em: EntityManager, userId: string): Promise<UserRow | null> {
  const [row] = await em.execute<UserRow[]>(userSql(em), [userId]);
  return row ?? null;
}

function userSql(em: EntityManager): string {
  const meta = em.getMetadata().get(UserSchema);
  if (cached?.meta !== meta) cached = { meta, sql: `select ${scalarColumns(meta)} from ${quote(meta.tableName)} where ${quote(meta.properties.id.fieldNames[0]!)} = ?` };
  return cached.sql;
}

let cached: { meta: EntityMetadata<User>; sql: string } | null = null;
