import { Cursor, CursorError } from '@mikro-orm/core';
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

/** One page of a list: what MikroORM's Cursor (from `em.findByCursor`) holds, or a hand-made page of plain rows. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  hasPrevPage: boolean;
  /** The cursor of one item. */
  from(item: T): string;
  /** How many match over all pages, when the page's own query counted them too. */
  totalCount?: number;
}

export interface PageQuery<T extends object> {
  /** One page by the cursor options, without a count (`includeCount: false`). */
  page: (options: ReturnType<typeof cursorOptions>) => Promise<Page<T>>;
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
    const page = await query.page(options);
    if (page.totalCount !== undefined) counting ??= Promise.resolve(page.totalCount);
    return toConnection(page, totalCount);
  } catch (error) {
    if (error instanceof CursorError) throw new BadUserInputError('is not a cursor of this list', 'after' in options ? 'after' : 'before');
    throw error;
  }
}

function toConnection<T extends object>(page: Page<T>, totalCount: () => Promise<number>): Connection<T> {
  const { items } = page;
  return {
    totalCount,
    edges: items.map((node) => ({
      node,
      get cursor() {
        return page.from(node);
      },
    })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPrevPage,
      get startCursor() {
        return items.length ? page.from(items[0]!) : null;
      },
      get endCursor() {
        return items.length ? page.from(items[items.length - 1]!) : null;
      },
    },
  };
}
