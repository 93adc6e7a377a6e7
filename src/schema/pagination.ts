import { Cursor, CursorError, type Cursor as CursorPage, type EntityData, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '../db/orm.ts';
import { BadUserInputError } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What each position of a list's cursor holds, in its order-by order. */
export type CursorShape = readonly ('datetime' | 'uuid')[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Relay arguments → MikroORM cursor options, rejecting what cannot be answered. */
export function cursorOptions(args: ConnectionArgs, shape: CursorShape) {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new BadUserInputError(`must be between 0 and ${MAX_PAGE_SIZE}`, name);
    }
  }
  if (args.first != null && args.last != null) throw new BadUserInputError('use either first or last, not both', 'last');
  for (const name of ['after', 'before'] as const) {
    const value = args[name];
    if (value != null && !fitsShape(value, shape)) throw new BadUserInputError('is not a cursor of this list', name);
  }
  const backwards = args.last != null || (args.before != null && args.first == null);
  return backwards
    ? { last: args.last ?? DEFAULT_PAGE_SIZE, before: args.before ?? undefined }
    : { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after ?? undefined };
}

/** A cursor is opaque to clients but not to us: anything we did not hand out never reaches the query. */
function fitsShape(value: string, shape: CursorShape): boolean {
  let decoded: unknown;
  try {
    decoded = Cursor.decode(value);
  } catch {
    return false;
  }
  return (
    Array.isArray(decoded) &&
    decoded.length === shape.length &&
    decoded.every((part, i) =>
      shape[i] === 'uuid' ? typeof part === 'string' && UUID.test(part) : typeof part === 'string' && !Number.isNaN(Date.parse(part)),
    )
  );
}

/** A Relay connection; `totalCount` and the cursors are computed only when a client reads them. */
export interface Connection<T> {
  totalCount: () => Promise<number>;
  edges: { node: T; readonly cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; readonly startCursor: string | null; readonly endCursor: string | null };
}

export interface PageQuery<T extends object> {
  /** One page by the cursor options, without a count (`includeCount: false`). */
  page: (options: ReturnType<typeof cursorOptions>) => Promise<CursorPage<T, any, any, any, any>>;
  /** How many match over all pages. */
  count: () => Promise<number>;
  /** The client selected totalCount (see selectsField): count beside the page instead of after it. */
  countNow: boolean;
}

/**
 * Runs a cursor query and shapes the answer as a Relay connection. The count is a second query that
 * scans every matching row: it runs only when totalCount is selected, beside the page when asked.
 */
export async function findPage<T extends object>(args: ConnectionArgs, shape: CursorShape, query: PageQuery<T>): Promise<Connection<T>> {
  const options = cursorOptions(args, shape);
  let counting: Promise<number> | null = null;
  const totalCount = () => (counting ??= query.count());
  if (query.countNow) totalCount().catch(() => {}); // its failure is answered where totalCount is resolved
  try {
    return toConnection(await query.page(options), totalCount);
  } catch (error) {
    if (error instanceof CursorError) throw new BadUserInputError('is not a cursor of this list', 'after' in options ? 'after' : 'before');
    throw error;
  }
}

/**
 * A page of plain rows (column values under their property names) for a read-only list: no entity
 * instances, no identity map, no change tracking — nothing of a unit of work that only reads. The
 * keyset condition and over-fetch are MikroORM's own, so its cursors stay what they were.
 */
export async function findRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  options: ReturnType<typeof cursorOptions>,
): Promise<CursorPage<EntityData<T>, any, any, any, false>> {
  const find = { ...options, orderBy, overfetch: true };
  const rows = await em.getDriver().find(entity, where as never, { ...find, ctx: em.getTransactionContext() } as never);
  return new Cursor(rows as never, undefined as never, find as never, em.getMetadata().get(entity)) as never;
}

function toConnection<T extends object>(cursor: CursorPage<T, any, any, any, any>, totalCount: () => Promise<number>): Connection<T> {
  return {
    totalCount,
    edges: cursor.items.map((node) => ({
      node: node as T,
      get cursor() {
        return cursor.from(node);
      },
    })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      get startCursor() {
        return cursor.startCursor;
      },
      get endCursor() {
        return cursor.endCursor;
      },
    },
  };
}
