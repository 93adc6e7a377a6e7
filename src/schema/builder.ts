import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, Kind } from 'graphql';
import { z } from 'zod';
import type { Context } from '../context.ts';
import type { UserRow } from '../modules/users/user.entity.ts';
import { BadUserInputError, UnauthenticatedError } from './errors.ts';
import { decodeNodeId } from './global-id.ts';

/** The SchemaBuilder, its plugins and scalars. Types live in the modules. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { authenticated: boolean };
  AuthContexts: { authenticated: Context & { viewer: UserRow } };
  Scalars: { DateTime: { Input: Date; Output: Date } };
  // Every connection answers how many items match over all pages, counted only when asked (see schema/pagination.ts).
  Connection: { totalCount: () => Promise<number> };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, DataloaderPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ authenticated: ctx.viewer !== null }),
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, ctx) =>
      new UnauthenticatedError(ctx.authError ? `Authentication failed: ${ctx.authError}` : undefined),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesQueryOptions: false,
    decodeGlobalID: (globalId) => decodeNodeId(globalId),
  },
  errors: { defaultTypes: [] },
  validation: {
    validationError: (result) => {
      const first = result.issues[0];
      const field = first?.path?.map((segment) => (typeof segment === 'object' ? segment.key : segment)).join('.');
      return new BadUserInputError(first?.message ?? 'invalid input', field || undefined);
    },
  },
});

builder.scalarType('DateTime', {
  description: 'An ISO-8601 date and time with seconds and a UTC offset, e.g. 2026-11-27T10:00:00Z or 2026-11-27T11:00:00.000+01:00; years 0001–9999.',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO-8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDateTime(node.value);
  },
});

// Strict on purpose: `new Date()` reads "1" as 2001, rolls 2026-02-30 into March and reads a time
// without an offset in the server's own zone. zod's check knows month lengths and leap years.
const isoDateTime = z.iso.datetime({ offset: true });

function parseDateTime(value: unknown): Date {
  const text = typeof value === 'string' && value.length <= 40 ? value : null;
  const date = text !== null && isoDateTime.safeParse(text).success && !text.startsWith('0000') ? new Date(text) : null;
  if (!date || Number.isNaN(date.getTime())) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
    throw new GraphQLError(`DateTime cannot represent ${shown}: expected ISO-8601 with seconds and an offset, e.g. 2026-11-27T10:00:00Z`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

builder.queryType({ authScopes: { authenticated: true } });
builder.mutationType({ authScopes: { authenticated: true } });
builder.subscriptionType({ authScopes: { authenticated: true } });
