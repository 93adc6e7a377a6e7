import type { Config } from '../../config.ts';
import type { EntityManager } from '../../db/orm.ts';
import type { Logger } from '../../logger.ts';
import { oauthProviderFor } from '../../providers/oauth-providers.ts';
import { NotFoundError } from '../../schema/errors.ts';
import type { UserRow } from '../users/user.entity.ts';
import { stopPushFor } from './mail-account-push.ts';
import { MailAccountSchema } from './mail-account.entity.ts';
import { decryptTokens } from './token-cipher.ts';

/**
 * Disconnects one of the viewer's mailboxes: revokes the grant at the provider and stops its push,
 * then deletes the tokens and the account (its messages and threads cascade). A revoke that fails
 * is logged and does not keep the data.
 */
export async function disconnectMailAccount(em: EntityManager, config: Config, log: Logger, viewer: UserRow, id: string): Promise<void> {
  const account = await em.findOne(MailAccountSchema, { id, user: viewer.id }, { populate: ['encryptedTokens'] });
  if (!account) throw new NotFoundError('MailAccount', id);
  if (account.encryptedTokens && (account.provider === 'GMAIL' || account.provider === 'OUTLOOK')) {
    try {
      const tokens = decryptTokens(config.tokenEncryptionKey, account.encryptedTokens, account.id);
      await stopPushFor(config, account, tokens).catch((error: unknown) =>
        log.warn({ accountId: id, err: (error as Error).message }, 'stopping push on disconnect failed'),
      );
      await oauthProviderFor(config, account.provider)?.revoke(tokens);
    } catch (error) {
      log.warn({ accountId: id, provider: account.provider, err: (error as Error).message }, 'revoking the grant failed; deleting the account anyway');
    }
  }
  await em.nativeDelete(MailAccountSchema, { id: account.id });
}
