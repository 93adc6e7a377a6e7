import type { MikroORM } from '../../db/orm.ts';
import { AuthRevokedError } from '../../providers/provider.ts';
import type { TokenStore } from '../../providers/token-store.ts';
import { MailAccountSchema } from './mail-account.entity.ts';
import { decryptTokens, encryptTokens, type OAuthTokens } from './token-cipher.ts';

/** The TokenStore of one account: its encrypted_tokens column, opened and sealed under the key. */
export function accountTokenStore(orm: MikroORM, accountId: string, key: Buffer): TokenStore {
  return {
    async load() {
      const account = await orm.em.fork().findOne(MailAccountSchema, { id: accountId }, { populate: ['encryptedTokens'] });
      if (!account?.encryptedTokens) throw new AuthRevokedError('the account has no stored grant');
      return decryptTokens(key, account.encryptedTokens, accountId);
    },
    async save(tokens: OAuthTokens) {
      await orm.em.fork().nativeUpdate(MailAccountSchema, { id: accountId }, { encryptedTokens: encryptTokens(key, tokens, accountId) });
    },
  };
}
