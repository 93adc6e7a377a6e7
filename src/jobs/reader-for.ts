import type { Config } from '../config.ts';
import type { MikroORM } from '../db/orm.ts';
import type { Logger } from '../logger.ts';
import { accountTokenStore } from '../modules/accounts/account-tokens.ts';
import type { MailAccount } from '../modules/accounts/mail-account.entity.ts';
import { createMailboxReader } from '../providers/index.ts';
import { ProviderError, type MailboxReader } from '../providers/provider.ts';

/** A provider this build cannot read. */
export class UnsupportedProviderError extends ProviderError {
  override name = 'UnsupportedProviderError';
}

/**
 * An imported mbox mailbox has nothing more to read on a schedule: `npm run import` reads the file
 * (again, deduplicated) when the user asks. Its sync is an empty, successful one.
 */
const importedMailbox: MailboxReader = {
  provider: 'MBOX',
  async *pages() {},
};

/**
 * The server's reader factory: the seam where the Gmail and Outlook readers
 * (`createMailboxReader` of src/providers/index.ts) plug in for their providers.
 */
export function readerForAccount(providerReader?: (account: MailAccount) => MailboxReader): (account: MailAccount) => MailboxReader {
  return (account) => {
    if (account.provider === 'MBOX') return importedMailbox;
    if (providerReader) return providerReader(account);
    throw new UnsupportedProviderError(`no ${account.provider} reader in this build`);
  };
}

/** The Gmail and Outlook readers of the server: each account's grant is loaded (and rotated tokens saved) through the database. */
export function providerReaders({ orm, config, log }: { orm: MikroORM; config: Config; log: Logger }): (account: MailAccount) => MailboxReader {
  return (account) => createMailboxReader(account, { config, log, tokens: accountTokenStore(orm, account.id, config.tokenEncryptionKey) });
}
