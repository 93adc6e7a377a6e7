import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from '../context.ts';
import type { User } from '../modules/users/user.entity.ts';
import { BadUserInputError, UnauthenticatedError } from './errors.ts';

/** The SchemaBuilder, its plugins and scalars. Types live in the modules. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { authenticated: boolean };
  AuthContexts: { authenticated: Context & { viewer: User } };
  Scalars: { DateTime: { Input: Date; Output: Date } };
  // Every connection answers how many items match over all pages (see schema/pagination.ts).
  Connection: { totalCount: number };
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
  description: 'An ISO-8601 date and time with time zone, e.g. 2026-11-27T10:00:00Z',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: (value) => parseDate(value),
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO-8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(node.value);
  },
});

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

builder.queryType({ authScopes: { authenticated: true } });
builder.mutationType({ authScopes: { authenticated: true } });
builder.subscriptionType({ authScopes: { authenticated: true } });
