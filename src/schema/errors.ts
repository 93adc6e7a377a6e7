import { GraphQLError } from 'graphql';

/** Domain errors, each mapped once to a GraphQL `extensions.code`. */

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Authentication required: send Authorization: Bearer <token>') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** Too many requests from one user or address; `retryAfter` seconds (and the Retry-After header) say when to come back. */
export class RateLimitedError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
    super(`Too many requests: retry after ${retryAfter} s`, {
      extensions: { code: 'RATE_LIMITED', retryAfter, http: { status: 429, headers: { 'Retry-After': String(retryAfter) } } },
    });
  }
}

/** A subscription beyond what one connection or one user may hold open. */
export class TooManySubscriptionsError extends GraphQLError {
  constructor(scope: 'connection' | 'user', limit: number) {
    super(`Too many subscriptions: at most ${limit} may run per ${scope}; complete one first`, {
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit, scope },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(typename: string, id: string) {
    super(`${typename} ${id} not found`, { extensions: { code: 'NOT_FOUND', typename, id } });
  }
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(field ? `${field}: ${message}` : message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
  }
}

/** The input is valid in shape but the operation cannot apply to the current state (e.g. reverting twice). */
export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'CONFLICT' } });
  }
}

/** A dependency the operation needs is down for now (e.g. Redis for live updates); trying later may work. */
export class ServiceUnavailableError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
}
