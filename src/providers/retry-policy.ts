/**
 * The one retry policy of every provider call: exponential backoff with full jitter, a server's
 * Retry-After honoured (it wins over the computed delay), a bounded number of attempts.
 */

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited out inside the call: the error goes up instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 5, baseDelayMs: 500, maxDelayMs: 32_000, maxRetryAfterMs: 120_000 };

/** Delay before retry number `attempt` (1 = first retry). */
export function backoffDelay(attempt: number, retryAfterMs: number | null, options: RetryOptions, random = Math.random): number {
  if (retryAfterMs !== null) return Math.min(retryAfterMs, options.maxRetryAfterMs);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** `Retry-After` as delay-seconds or an HTTP date → milliseconds; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export type Verdict =
  | { retry: true; retryAfterMs: number | null }
  | { retry: false; error: Error };

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `call` until it succeeds, `judge` says an error is final, or the attempts run out, in which
 * case `exhausted` builds the error to throw from the last failure.
 */
export async function withRetries<T>(
  call: () => Promise<T>,
  judge: (error: unknown) => Verdict,
  exhausted: (error: unknown, lastRetryAfterMs: number | null) => Error,
  options: RetryOptions,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const verdict = judge(error);
      if (!verdict.retry) throw verdict.error;
      if (attempt >= options.attempts || (verdict.retryAfterMs ?? 0) > options.maxRetryAfterMs) {
        throw exhausted(error, verdict.retryAfterMs);
      }
      await sleep(backoffDelay(attempt, verdict.retryAfterMs, options), signal);
    }
  }
}
