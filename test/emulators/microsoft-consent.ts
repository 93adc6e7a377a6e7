import { createHash, randomBytes } from 'node:crypto';
import type { MicrosoftEmulator } from './microsoft.ts';

/** A Microsoft grant for `email` as a browser gets one (authorize with PKCE → code → token). */
export async function grantFromMicrosoftEmulator(emulator: MicrosoftEmulator, email: string) {
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = 'http://127.0.0.1:9/callback';
  const auth = new URL(`${emulator.authorityUrl}/common/oauth2/v2.0/authorize`);
  auth.search = new URLSearchParams({
    client_id: emulator.clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: 'Mail.Read offline_access openid email',
    state: 'grant',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  emulator.consent.email = email;
  const consent = await fetch(auth, { redirect: 'manual' });
  const code = new URL(consent.headers.get('location')!).searchParams.get('code')!;
  const token = await fetch(`${emulator.authorityUrl}/common/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri, client_id: emulator.clientId, client_secret: emulator.clientSecret }),
  });
  const body = (await token.json()) as { access_token: string; refresh_token: string; expires_in: number };
  return { accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: Date.now() + body.expires_in * 1000 };
}
