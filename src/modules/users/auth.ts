import { SignJWT, jwtVerify, errors } from 'jose';

/** API bearer tokens: HS256 JWTs whose subject is the user id. */

const ISSUER = 'applytrack-mail-sync';
const encoder = new TextEncoder();

export async function signUserToken(secret: string, userId: string, expiresIn = '30d'): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(encoder.encode(secret));
}

export type TokenCheck = { userId: string } | { error: string };

export async function verifyUserToken(secret: string, token: string): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    return payload.sub ? { userId: payload.sub } : { error: 'token has no subject' };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { error: 'token expired' };
    return { error: 'invalid token' };
  }
}

/** `Bearer <jwt>` → `<jwt>`; anything else → null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
