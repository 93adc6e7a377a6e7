/**
 * The embedded PostgreSQL cannot run here. Its message is the cause in one sentence; start-up prints
 * it with the ways out instead of a stack trace.
 */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

/** The one message a person sees when the embedded PostgreSQL cannot start: the cause and the ways out. */
export function embeddedPostgresFailureMessage(error: EmbeddedPostgresError, asRoot: boolean): string {
  const ways = asRoot
    ? 'set DATABASE_URL to use a PostgreSQL server of your own, or run as a normal (non-root) user'
    : 'set DATABASE_URL to use a PostgreSQL server of your own';
  return `Cannot start the embedded PostgreSQL: ${error.message.replace(/\.$/, '')}. To go on, ${ways}.`;
}
