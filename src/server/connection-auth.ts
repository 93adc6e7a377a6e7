import type { EntityManager } from '../db/orm.ts';
import { bearerToken, verifyUserToken } from '../modules/users/auth.ts';
import { loadUserRow } from '../modules/users/user-row.ts';

/** graphql-ws close codes for a connection refused at `connection_init`. */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;
/** Not in the graphql-ws protocol: this client holds too many connections (after HTTP 429). */
export const CLOSE_TOO_MANY_CONNECTIONS = 4429;

export type ConnectionAuth =
  | { userId: string; /** epoch ms; the socket closes then */ expiresAt: number }
  | { closeCode: number; reason: string };

/**
 * Checks `connectionParams.authorization` before the connection is acknowledged: no token (or an
 * expired one) is 4401, so a client knows to sign in again; a bad token or a deleted user is 4403.
 * Close reasons stay under the WebSocket limit of 123 bytes.
 */
export async function authenticateConnection(
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  { jwtSecret, em }: { jwtSecret: string; em: EntityManager },
): Promise<ConnectionAuth> {
  const header = connectionParams?.authorization ?? connectionParams?.Authorization;
  if (typeof header !== 'string' || header === '') {
    return { closeCode: CLOSE_UNAUTHORIZED, reason: 'Unauthorized: connectionParams.authorization "Bearer <token>" is required' };
  }
  const token = bearerToken(header);
  if (!token) return { closeCode: CLOSE_FORBIDDEN, reason: 'Forbidden: authorization must be "Bearer <token>"' };
  const check = await verifyUserToken(jwtSecret, token);
  if ('error' in check) {
    return check.error === 'token expired'
      ? { closeCode: CLOSE_UNAUTHORIZED, reason: 'Unauthorized: token expired' }
      : { closeCode: CLOSE_FORBIDDEN, reason: 'Forbidden: invalid token' };
  }
  const user = await loadUserRow(em, check.userId).catch(() => null);
  if (!user) return { closeCode: CLOSE_FORBIDDEN, reason: 'Forbidden: the token names no existing user' };
  return { userId: user.id, expiresAt: check.expiresAt };
}
