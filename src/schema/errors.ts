import { GraphQLError } from 'graphql';

/** Domain errors, each mapped once to a GraphQL `extensions.code`. */

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Authentication required: send Authorization: Bearer <token>') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
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
