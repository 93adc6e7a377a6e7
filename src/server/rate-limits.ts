import type { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Context } from '../context.ts';
import { RateLimitedError } from '../schema/errors.ts';

/**
 * Requests per minute, per client address (every HTTP request and WebSocket upgrade, before any
 * work) and per user (every operation, once the token names one). Counters live in this process:
 * each instance limits on its own (see docs/decisions.md).
 */
export interface RateLimits {
  /** null when allowed; otherwise the seconds until the address may try again. */
  byAddress(address: string): Promise<number | null>;
  byUser(userId: string): Promise<number | null>;
}

export function createRateLimits({ userPerMinute, addressPerMinute }: { userPerMinute: number; addressPerMinute: number }): RateLimits {
  const perAddress = new RateLimiterMemory({ keyPrefix: 'address', points: addressPerMinute, duration: 60 });
  const perUser = new RateLimiterMemory({ keyPrefix: 'user', points: userPerMinute, duration: 60 });
  return { byAddress: (address) => take(perAddress, address), byUser: (userId) => take(perUser, userId) };
}

async function take(limiter: RateLimiterMemory, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}

/** The client's address as the socket sees it; IPv4-mapped IPv6 addresses count as their IPv4 address. */
export function clientAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/**
 * Answers 429 with Retry-After and a GraphQL-shaped body when the address is over its limit; true if it did.
 * Provider push notifications (/webhooks/…) are not counted: they come in bursts from a few provider
 * addresses, are authenticated by the provider's own signature or token, and must not be dropped.
 */
export async function refuseOverLimitAddress(limits: RateLimits, req: IncomingMessage, res: ServerResponse, corsOrigins: readonly string[]): Promise<boolean> {
  if ((req.url ?? '/').startsWith('/webhooks/')) return false;
  const retryAfter = await limits.byAddress(clientAddress(req));
  if (retryAfter === null) return false;
  const error = new RateLimitedError(retryAfter);
  // Answered before yoga's CORS handling: a page of an allowed origin must still be able to read
  // the 429 and its Retry-After, not see an opaque network error.
  const origin = req.headers.origin;
  const cors = origin && corsOrigins.includes(origin)
    ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'retry-after', vary: 'Origin' }
    : { vary: 'Origin' };
  res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfter), ...cors });
  res.end(JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'RATE_LIMITED', retryAfter } }] }));
  return true;
}

/** An envelop plugin: every operation of a signed-in user takes one point of that user's budget. */
export function useUserRateLimit(limits: RateLimits) {
  return {
    onContextBuilding() {
      return async ({ context }: { context: Partial<Context> }) => {
        const userId = context.viewer?.id;
        if (!userId) return;
        const retryAfter = await limits.byUser(userId);
        if (retryAfter !== null) throw new RateLimitedError(retryAfter);
      };
    },
  };
}
