import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

/** An RS256 key the emulator signs OIDC tokens with, and the JWKS that publishes it. */
export interface PushSigner {
  jwks: { keys: JWK[] };
  sign(claims: Record<string, unknown>, options: { issuer: string; audience: string; lifetimeSeconds?: number }): Promise<string>;
}

export async function createPushSigner(kid: string): Promise<PushSigner> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return {
    jwks: { keys: [publicJwk] },
    sign(claims, { issuer, audience, lifetimeSeconds = 3600 }) {
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${lifetimeSeconds}s`)
        .sign(privateKey);
    },
  };
}
