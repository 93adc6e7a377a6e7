import { createHash, randomBytes } from 'node:crypto';
import type { GoogleEmulator } from './google.ts';

/**
 * A grant for `email` the way a browser gets one: authorization request with PKCE, the emulator's
 * consent redirect, then the code exchange. For tests and benchmarks that need a connected mailbox
 * without going through the server's connect flow.
 */
export async function grantFromGoogleEmulator(emulator: GoogleEmulator, email: string) {
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = 'http://127.0.0.1:9/callback';
  const auth = new URL(emulator.authUrl);
  auth.search = new URLSearchParams({
    client_id: emulator.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'https://www.googleapis.com/auth/gmail.readonly openid email',
    access_type: 'offline',
    state: 'grant',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  emulator.consent.email = email;
  const consent = await fetch(auth, { redirect: 'manual' });
  const code = new URL(consent.headers.get('location')!).searchParams.get('code');
  if (!code) throw new Error(`emulator gave no code: ${consent.headers.get('location')}`);
  const token = await fetch(emulator.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri, client_id: emulator.clientId, client_secret: emulator.clientSecret }),
  });
  const body = (await token.json()) as { access_token: string; refresh_token: string; expires_in: number; scope: string };
  return { accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: Date.now() + body.expires_in * 1000, scope: body.scope };
}
