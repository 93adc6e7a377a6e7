import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decryptTokens, encryptTokens } from '../../src/modules/accounts/token-cipher.ts';
import { QuotaBucket } from '../../src/providers/quota-bucket.ts';
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter } from '../../src/providers/retry-policy.ts';

describe('backoff', () => {
  it('honours Retry-After over the computed delay', () => {
    expect(backoffDelay(1, 7000, DEFAULT_RETRY, () => 0.5)).toBe(7000);
  });
  it('grows exponentially with jitter inside [ceiling/2, ceiling], capped', () => {
    const low = (attempt: number) => backoffDelay(attempt, null, DEFAULT_RETRY, () => 0);
    const high = (attempt: number) => backoffDelay(attempt, null, DEFAULT_RETRY, () => 1);
    expect([low(1), high(1)]).toEqual([250, 500]);
    expect([low(3), high(3)]).toEqual([1000, 2000]);
    expect(high(20)).toBe(DEFAULT_RETRY.maxDelayMs);
  });
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    const now = Date.parse('2026-11-30T10:00:00Z');
    expect(parseRetryAfter('Mon, 30 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('quota bucket', () => {
  afterEach(() => vi.useRealTimers());
  it('lets a second of units through at once, then paces the rest', async () => {
    vi.useFakeTimers();
    let now = 0;
    const bucket = new QuotaBucket(10, () => now);
    await bucket.take(5);
    await bucket.take(5);
    let third = false;
    const pending = bucket.take(5).then(() => (third = true));
    await vi.advanceTimersByTimeAsync(400);
    expect(third).toBe(false);
    now = 500;
    await vi.advanceTimersByTimeAsync(200);
    await pending;
    expect(third).toBe(true);
  });
  it('is unpaced at 0 units per second', async () => {
    const bucket = new QuotaBucket(0);
    for (let i = 0; i < 1000; i++) await bucket.take(5);
  });
});

describe('token cipher', () => {
  const key = randomBytes(32);
  const tokens = { accessToken: 'a', refreshToken: 'r', expiresAt: 1 };
  it('round-trips and keeps no plaintext', () => {
    const sealed = encryptTokens(key, tokens, 'acc-1');
    expect(sealed).not.toContain('"r"');
    expect(decryptTokens(key, sealed, 'acc-1')).toEqual(tokens);
  });
  it('refuses a ciphertext moved to another account or another key', () => {
    const sealed = encryptTokens(key, tokens, 'acc-1');
    expect(() => decryptTokens(key, sealed, 'acc-2')).toThrow();
    expect(() => decryptTokens(randomBytes(32), sealed, 'acc-1')).toThrow();
  });
});
