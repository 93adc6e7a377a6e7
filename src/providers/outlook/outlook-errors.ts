import { AuthRevokedError, ProviderError, RateLimitedError, TransientProviderError } from '../provider.ts';
import { parseRetryAfter, type Verdict } from '../retry-policy.ts';

/** What Graph (via the SDK's GraphError) answered → retry with our backoff, or a typed provider error. */

interface GraphErrorLike {
  statusCode?: number;
  code?: string | null;
  headers?: Headers;
}

/** The delta state is gone (410 Gone / syncStateNotFound): the reader re-reads the window. */
export class DeltaExpiredError extends Error {
  override name = 'DeltaExpiredError';
}

/** A 401 the reader answers with one forced refresh before giving up. */
export class GraphUnauthorizedError extends Error {
  override name = 'GraphUnauthorizedError';
}

export function judgeGraphError(error: unknown): Verdict {
  if (error instanceof ProviderError) return { retry: false, error };
  const e = error as GraphErrorLike;
  const status = e?.statusCode ?? -1;
  const code = (e?.code ?? '').toLowerCase();
  if (status === 410 || code === 'syncstatenotfound' || code === 'resyncrequired' || code === 'syncstateinvalid') {
    return { retry: false, error: new DeltaExpiredError(`Graph delta state expired (${status} ${e?.code ?? ''})`) };
  }
  if (status === 401) return { retry: false, error: new GraphUnauthorizedError('Graph answered 401') };
  if (status === 429 || status === 503 || status === 504 || status >= 500 || status <= 0) {
    return { retry: true, retryAfterMs: parseRetryAfter(e?.headers?.get?.('retry-after')) };
  }
  if (status === 403) return { retry: false, error: new AuthRevokedError(`Graph refused access (${e?.code ?? 'forbidden'})`) };
  return { retry: false, error: new TransientProviderError(`Graph answered ${status} (${e?.code ?? 'no code'})`) };
}

export function graphRetriesExhausted(error: unknown, retryAfterMs: number | null): Error {
  const status = (error as GraphErrorLike)?.statusCode;
  if (status === 429) return new RateLimitedError('Graph kept throttling the mailbox', retryAfterMs ?? 60_000);
  return new TransientProviderError(`Graph kept failing (${status ?? 'no answer'})`);
}
