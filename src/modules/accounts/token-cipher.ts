import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** OAuth grants at rest: AES-256-GCM under TOKEN_ENCRYPTION_KEY, stored as `v1.<iv>.<tag>.<ciphertext>` (base64url). */

export interface OAuthTokens {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch milliseconds when the access token stops working, as the provider stated it. */
  expiresAt: number | null;
  scope?: string | null;
}

const VERSION = 'v1';

export function encryptTokens(key: Buffer, tokens: OAuthTokens, accountId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The account id is authenticated data: a ciphertext copied onto another account's row fails to open.
  cipher.setAAD(Buffer.from(accountId));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(tokens), 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

export function decryptTokens(key: Buffer, sealed: string, accountId: string): OAuthTokens {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('stored tokens are not in a known format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(accountId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as OAuthTokens;
}
