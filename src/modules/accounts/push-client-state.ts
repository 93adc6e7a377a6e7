import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The clientState of an account's Graph subscription: an HMAC of its id under the token key, so a
 * notification can be checked without storing another secret. Graph allows 128 characters.
 */
export function outlookClientState(key: Buffer, accountId: string): string {
  return createHmac('sha256', key).update(`graph-client-state:${accountId}`).digest('base64url');
}

export function clientStateMatches(key: Buffer, accountId: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length > 128) return false;
  const expected = Buffer.from(outlookClientState(key, accountId));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
