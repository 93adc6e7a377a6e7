import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../db/database-unavailable.ts';
import type { Logger } from '../logger.ts';

/**
 * Every error a client sees carries `extensions.code`. Domain errors set their own; this gives
 * one to graphql-js's parse/validation/coercion errors and hides unexpected ones behind
 * INTERNAL_SERVER_ERROR (logged with their stack, never sent).
 */
export function createErrorMasker(log: Logger, { onDatabaseUnavailable }: { onDatabaseUnavailable?: () => void } = {}) {
  const unavailable = (error: unknown, path?: readonly (string | number)[]) => {
    onDatabaseUnavailable?.();
    return serviceUnavailable(log, error, path);
  };
  return (error: unknown): Error => {
    if (!(error instanceof GraphQLError)) {
      return isDatabaseUnavailable(error) ? unavailable(error) : internalError(log, error);
    }
    const original = error.originalError;
    if (original && !(original instanceof GraphQLError)) {
      if (isDatabaseUnavailable(original)) return unavailable(original, error.path);
      // Pothos' own argument checks (e.g. a global id of the wrong type) are the client's fault.
      if (original.name === 'PothosValidationError') return withCode(error, 'BAD_USER_INPUT', original.message);
      return internalError(log, original, error.path);
    }
    if (original instanceof GraphQLError && original.extensions?.code) {
      // graphql-js wraps a scalar's own error in "Variable … at "input.field"; …": keep that location.
      const field = original.extensions.field ?? fieldOf(error.message);
      return new GraphQLError(error.message, {
        nodes: error.nodes,
        path: error.path,
        extensions: { ...original.extensions, ...(field ? { field } : {}) },
      });
    }
    const code = error.extensions?.code;
    // yoga's "POST body sent invalid JSON." carries the parser's own error: the client needs none of it.
    if (error.extensions?.originalError) return withoutOriginalError(error);
    // The query-size limits report as syntax errors (yoga codes them GRAPHQL_PARSE_FAILED), but the
    // query is well-formed: it is only too big.
    const limit = /^Syntax Error: ((?:Query depth|Aliases|Token) limit .*)$/.exec(error.message)?.[1];
    if (limit) return withCode(error, 'GRAPHQL_VALIDATION_FAILED', limit);
    if (code && code !== 'GRAPHQL_VALIDATION_FAILED') return error;
    if (error.message.startsWith('Syntax Error')) return withCode(error, 'GRAPHQL_PARSE_FAILED');
    if (isBadValue(error.message)) return withCode(error, 'BAD_USER_INPUT', undefined, fieldOf(error.message));
    return code ? error : withCode(error, 'GRAPHQL_VALIDATION_FAILED');
  };
}

const BAD_VALUE = [
  /^Variable "\$[^"]+" got invalid value/,
  /^Variable "\$[^"]+" of required type "[^"]+" was not provided/,
  /^Variable "\$[^"]+" of non-null type "[^"]+" must not be null/,
  /does not exist in "[^"]+" enum/,
  /^(Enum|Int|Float|String|Boolean|ID) cannot represent/,
  /^Expected value of type/,
  /^Field "[^"]+" of required type "[^"]+" was not provided/,
  /is not defined by type "[^"]+"/,
];

function isBadValue(message: string): boolean {
  return BAD_VALUE.some((pattern) => pattern.test(message));
}

/** The input path the message names: `at "input.status"`, or the variable, or a missing field. */
function fieldOf(message: string): string | undefined {
  const at = /\bat "([^"]{1,200})"/.exec(message)?.[1];
  const variable = /^Variable "\$([^"]{1,100})"/.exec(message)?.[1];
  const missing = /Field "([^"]{1,100})" of required type/.exec(message)?.[1];
  const unknown = /Field "([^"]{1,100})" is not defined by type/.exec(message)?.[1];
  const base = at ?? variable;
  const leaf = missing ?? unknown;
  if (base && leaf) return `${base}.${leaf}`;
  return base ?? leaf;
}

function withCode(error: GraphQLError, code: string, message = error.message, field?: string): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code, ...(field ? { field } : {}) },
  });
}

function withoutOriginalError(error: GraphQLError): GraphQLError {
  const { originalError: _dropped, ...extensions } = error.extensions;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
}

/** Unexpected errors the masker has logged (with their stack), so that yoga's own logging of them stays quiet. */
const logged = new WeakSet<object>();

export function alreadyLogged(error: unknown): boolean {
  return typeof error === 'object' && error !== null && logged.has(error);
}

function internalError(log: Logger, error: unknown, path?: readonly (string | number)[]): GraphQLError {
  if (typeof error === 'object' && error !== null) logged.add(error);
  log.error({ err: error, path }, 'unexpected error while executing an operation');
  return new GraphQLError('Unexpected error.', { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** The database is down or restarting: the client may retry; HTTP 503 when this is the answer. */
function serviceUnavailable(log: Logger, error: unknown, path?: readonly (string | number)[]): GraphQLError {
  log.warn({ err: { message: (error as Error).message, code: (error as { code?: unknown }).code }, path }, 'database unavailable');
  return new GraphQLError('The service is temporarily unavailable; try again shortly.', {
    path,
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '5' } } },
  });
}

/** Validation errors never reach the masker; this gives a bad literal value (e.g. an unknown enum) BAD_USER_INPUT. */
export function useValidationErrorCodes() {
  return {
    onValidate() {
      return ({ result, setResult }: { result: readonly GraphQLError[]; setResult(errors: GraphQLError[]): void }) => {
        if (result.length === 0) return;
        setResult(
          result.map((error) =>
            isBadValue(error.message)
              ? withCode(error, 'BAD_USER_INPUT', undefined, fieldOf(error.message))
              : error.extensions?.code
                ? error
                : withCode(error, 'GRAPHQL_VALIDATION_FAILED'),
          ),
        );
      };
    },
  };
}
