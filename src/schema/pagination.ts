import { CursorError, type Cursor } from '@mikro-orm/core';
import { BadUserInputError } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Relay arguments → MikroORM cursor options, rejecting what cannot be answered. */
export function cursorOptions(args: ConnectionArgs) {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new BadUserInputError(`must be between 0 and ${MAX_PAGE_SIZE}`, name);
    }
  }
  if (args.first != null && args.last != null) throw new BadUserInputError('use either first or last, not both', 'last');
  const backwards = args.last != null || (args.before != null && args.first == null);
  return backwards
    ? { last: args.last ?? DEFAULT_PAGE_SIZE, before: args.before ?? undefined }
    : { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after ?? undefined };
}

/** Runs a cursor query, turning a malformed cursor into BAD_USER_INPUT naming the argument. */
export async function findPage<T extends object>(args: ConnectionArgs, run: (options: ReturnType<typeof cursorOptions>) => Promise<Cursor<T, any, any, any, true>>) {
  const options = cursorOptions(args);
  try {
    return toConnection(await run(options));
  } catch (error) {
    if (error instanceof CursorError || (error instanceof Error && /cursor/i.test(error.message) && !(error instanceof BadUserInputError))) {
      throw new BadUserInputError('is not a cursor of this list', 'after' in options ? 'after' : 'before');
    }
    throw error;
  }
}

function toConnection<T extends object>(cursor: Cursor<T, any, any, any, true>) {
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
