import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';

/** API bearer tokens: HS256 JWTs whose subject is the user id. */

const ISSUER = 'applytrack-mail-sync';
const encoder = new TextEncoder();

/** The longest a token may live (exp − iat). Longer ones are refused even when correctly signed. */
export const MAX_TOKEN_LIFETIME_SECONDS = 90 * 24 * 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signs a token for the user; `expiresIn` is a jose time span ("30d", "2h") or seconds, at most 90 days. */
export async function signUserToken(secret: string, userId: string, expiresIn: string | number = '30d'): Promise<string> {
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(encoder.encode(secret));
  const { iat = 0, exp = 0 } = decodeJwt(token);
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) throw new RangeError(`a token may live at most ${MAX_TOKEN_LIFETIME_SECONDS / 86_400} days`);
  return token;
}

/** `expiresAt`: epoch milliseconds of the token's `exp`. */
export type TokenCheck = { userId: string; expiresAt: number } | { error: string };

/**
 * A token names a user only if it is signed with our secret, issued by us, and carries `sub` (a user
 * id: a UUID string, never an object that could reach a query as an operator), `iat` and `exp`, with a
 * lifetime of at most MAX_TOKEN_LIFETIME_SECONDS.
 */
export async function verifyUserToken(secret: string, token: string): Promise<TokenCheck> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, encoder.encode(secret), {
      issuer: ISSUER,
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'iat', 'exp'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { error: 'token expired' };
    if (error instanceof errors.JWTClaimValidationFailed && error.reason === 'missing') return { error: `token has no ${error.claim} claim` };
    return { error: 'invalid token' };
  }
  const { sub, iat, exp } = payload as { sub: unknown; iat: unknown; exp: unknown };
  if (typeof sub !== 'string' || !UUID.test(sub)) return { error: 'token subject is not a user id' };
  if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > MAX_TOKEN_LIFETIME_SECONDS) {
    return { error: `token lifetime exceeds ${MAX_TOKEN_LIFETIME_SECONDS / 86_400} days` };
  }
  return { userId: sub.toLowerCase(), expiresAt: exp * 1000 };
}

/** `Bearer <jwt>` → `<jwt>`; anything else → null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
