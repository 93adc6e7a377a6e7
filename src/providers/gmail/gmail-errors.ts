import { AuthRevokedError, RateLimitedError, TransientProviderError } from '../provider.ts';
import { parseRetryAfter, type Verdict } from '../retry-policy.ts';

/**
 * One table from what Gmail (via gaxios) answered to what happens: retry with our backoff, or a
 * typed provider error. gaxios' own retry is off, so this is the only policy.
 */

interface GaxiosLike {
  status?: number;
  code?: string | number;
  response?: { status: number; headers?: Headers | Record<string, string>; data?: unknown };
  config?: { url?: string | URL };
}

const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'concurrentLimitExceeded']);

export class GmailNotFoundError extends Error {
  override name = 'GmailNotFoundError';
}

/** Gmail refused the request itself (a stale page token, a query it does not take). */
export class GmailBadRequestError extends TransientProviderError {
  override name = 'GmailBadRequestError';
}

function headerOf(headers: Headers | Record<string, string> | undefined, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  return (headers as Record<string, string>)[name] ?? null;
}

function reasonOf(data: unknown): string | null {
  const error = (data as { error?: unknown } | undefined)?.error;
  if (typeof error === 'string') return error; // OAuth endpoints: { error: 'invalid_grant' }
  const errors = (error as { errors?: { reason?: string }[] } | undefined)?.errors;
  return errors?.[0]?.reason ?? null;
}

export function judgeGmailError(error: unknown): Verdict {
  const e = error as GaxiosLike;
  const response = e?.response;
  if (!response) {
    // No answer: reset, timeout, refused. Passing; retry.
    return { retry: true, retryAfterMs: null };
  }
  const status = response.status;
  const reason = reasonOf(response.data);
  if (reason === 'invalid_grant' || reason === 'unauthorized_client') {
    return { retry: false, error: new AuthRevokedError(`Google refused the grant (${reason})`) };
  }
  // google-auth-library has already refreshed once on this 401 (forceRefreshOnFailure): the grant is gone.
  if (status === 401) return { retry: false, error: new AuthRevokedError('Gmail answered 401 after a token refresh') };
  if (status === 429 || (status === 403 && reason !== null && RATE_LIMIT_REASONS.has(reason))) {
    return { retry: true, retryAfterMs: parseRetryAfter(headerOf(response.headers, 'retry-after')) };
  }
  if (status >= 500) return { retry: true, retryAfterMs: parseRetryAfter(headerOf(response.headers, 'retry-after')) };
  if (status === 404) return { retry: false, error: new GmailNotFoundError('Gmail answered 404') };
  if (status === 403) return { retry: false, error: new AuthRevokedError(`Gmail refused access (${reason ?? 'forbidden'})`) };
  if (status === 400) return { retry: false, error: new GmailBadRequestError(`Gmail answered 400 (${reason ?? 'bad request'})`) };
  return { retry: false, error: new TransientProviderError(`Gmail answered ${status} (${reason ?? 'no reason'})`) };
}

export function gmailRetriesExhausted(error: unknown, retryAfterMs: number | null): Error {
  const status = (error as GaxiosLike)?.response?.status;
  if (status === 429 || status === 403) return new RateLimitedError('Gmail kept rate-limiting the mailbox', retryAfterMs ?? 60_000);
  return new TransientProviderError(`Gmail kept failing (${status ?? (error as Error)?.message ?? 'no answer'})`);
}

export function isBadRequest(error: unknown): boolean {
  return error instanceof GmailBadRequestError;
}
