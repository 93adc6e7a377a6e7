import { Cursor, CursorError, type Cursor as CursorPage } from '@mikro-orm/core';
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

/** Runs a cursor query and shapes the answer as a Relay connection with `totalCount`. */
export async function findPage<T extends object>(
  args: ConnectionArgs,
  shape: CursorShape,
  run: (options: ReturnType<typeof cursorOptions>) => Promise<CursorPage<T, any, any, any, true>>,
) {
  const options = cursorOptions(args, shape);
  try {
    return toConnection(await run(options));
  } catch (error) {
    if (error instanceof CursorError) throw new BadUserInputError('is not a cursor of this list', 'after' in options ? 'after' : 'before');
    throw error;
  }
}

function toConnection<T extends object>(cursor: CursorPage<T, any, any, any, true>) {
  return {
    totalCount: cursor.totalCount,
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node), node: node as T })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
  };
}
