/**
 * The contract between mail providers and the sync pipeline. Providers know nothing of GraphQL or
 * of the database: they read a mailbox and hand back pages of normalized messages, each page with
 * the cursor to store once that page has been applied (in the same transaction).
 */

import type { EmailAddress } from '../classifier/index.ts';
import type { MailProvider } from '../modules/accounts/mail-account-state.ts';

/** Bodies beyond this are cut before classification; full bodies are never stored. */
export const MAX_BODY_BYTES = 256 * 1024;

/** One message as every provider delivers it. */
export interface NormalizedMessage {
  /** The provider's own id (Gmail message id, Graph message id, mbox: Message-ID or a content hash). */
  providerMessageId: string;
  /** Gmail threadId, Graph conversationId; null when the provider has none (mbox). */
  providerThreadId: string | null;
  /** RFC 5322 Message-ID without angle brackets. */
  rfcMessageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  subject: string;
  /** When the mailbox received it (Gmail internalDate, Graph receivedDateTime, else the Date header). */
  receivedAt: Date;
  /** Plain text, cut at MAX_BODY_BYTES; null when the message has only HTML. */
  text: string | null;
  /** HTML, cut at MAX_BODY_BYTES. */
  html: string | null;
  /** Raw text/calendar parts (iCalendar source). */
  calendarParts: string[];
  /** Header names in lower case that classification reads (list-unsubscribe, auto-submitted, …). */
  headers: Record<string, string>;
  /** Gmail label ids or the Graph folder name. */
  labels: string[];
  /** A short preview (at most 500 characters). */
  snippet: string;
}

/** A message the provider listed but could not read or parse: recorded with its reason, never silently lost. */
export interface SkippedMessage {
  providerMessageId: string;
  providerThreadId: string | null;
  reason: string;
  receivedAt: Date | null;
}

/** One unit of work: apply the messages, record the skipped, then store `cursor` — all in one transaction. */
export interface SyncPage {
  messages: NormalizedMessage[];
  skipped: SkippedMessage[];
  /** Provider message ids removed from the mailbox since the last page (may be ignored by the pipeline). */
  deleted: string[];
  /** Opaque, provider-defined; resuming from it after a crash continues without a gap. */
  cursor: string;
  /** How many messages this sync will read in all, when the provider knows (for progress). */
  total: number | null;
}

export interface SyncRequest {
  /** The stored cursor, or null for a first sync over the backfill window. */
  cursor: string | null;
  /** Start of the backfill window of a first (or re-)sync. */
  since: Date;
  signal?: AbortSignal;
}

/** Reads one connected mailbox. */
export interface MailboxReader {
  readonly provider: MailProvider;
  /** Pages from `cursor` onward; the last page's cursor is where the next incremental sync starts. */
  pages(request: SyncRequest): AsyncIterable<SyncPage>;
}

/** Errors a provider throws; the pipeline maps them to account states (one table, not scattered checks). */
export class ProviderError extends Error {
  override name = 'ProviderError';
}

/** The grant is gone (invalid_grant, revoked, refresh failed after a 401): the account needs the user again. */
export class AuthRevokedError extends ProviderError {
  override name = 'AuthRevokedError';
}

/** Throttled beyond what the provider's own backoff absorbed; try again after `retryAfterMs`. */
export class RateLimitedError extends ProviderError {
  override name = 'RateLimitedError';
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

/** A passing failure (5xx, reset, timeout) that outlived the retries: the cursor stays, the next run resumes. */
export class TransientProviderError extends ProviderError {
  override name = 'TransientProviderError';
}
