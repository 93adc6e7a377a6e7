import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { accountTokenStore } from '../../src/modules/accounts/account-tokens.ts';
import { MailAccountSchema, type MailAccount } from '../../src/modules/accounts/mail-account.entity.ts';
import { encryptTokens, type OAuthTokens } from '../../src/modules/accounts/token-cipher.ts';
import type { MailProvider } from '../../src/modules/accounts/mail-account-state.ts';
import { findOrCreateUser } from '../../src/modules/users/user.service.ts';
import { createMailboxReader, type ReaderDependencies } from '../../src/providers/index.ts';
import type { MailboxReader, NormalizedMessage, SyncPage } from '../../src/providers/provider.ts';
import type { TestDatabase } from '../support/database.ts';

export async function testConfig(env: Record<string, string>): Promise<Config> {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: await mkdtemp(join(tmpdir(), 'applytrack-provider-')),
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    JWT_SECRET: randomBytes(32).toString('hex'),
    GMAIL_QUOTA_UNITS_PER_SECOND: '0',
    ...env,
  });
}

/** A user's connected account row holding `tokens` encrypted, as the connect flow leaves it. */
export async function storedAccount(database: TestDatabase, config: Config, provider: MailProvider, email: string, tokens: OAuthTokens): Promise<MailAccount> {
  const em = database.orm.em.fork();
  const { user } = await findOrCreateUser(em, `owner+${randomBytes(4).toString('hex')}@applytrack.test`);
  const account = em.create(MailAccountSchema, { user, provider, emailAddress: email });
  await em.flush();
  account.encryptedTokens = encryptTokens(config.tokenEncryptionKey, tokens, account.id);
  await em.flush();
  return account;
}

export function readerFor(database: TestDatabase, config: Config, account: MailAccount, extra: Partial<ReaderDependencies> = {}): MailboxReader {
  return createMailboxReader(account, {
    config,
    log: createLogger('silent'),
    tokens: accountTokenStore(database.orm, account.id, config.tokenEncryptionKey),
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...extra,
  });
}

/**
 * What the pipeline does with pages, reduced to what a reader test checks: every message applied
 * (counting how often each id arrives), then the page's cursor stored, in that order.
 */
export class PageLedger {
  readonly applied = new Map<string, NormalizedMessage>();
  readonly deliveries = new Map<string, number>();
  readonly order: string[] = [];
  readonly pages: SyncPage[] = [];
  cursor: string | null = null;

  async drain(reader: MailboxReader, since: Date): Promise<void> {
    for await (const page of reader.pages({ cursor: this.cursor, since })) {
      for (const message of page.messages) {
        this.applied.set(message.providerMessageId, message);
        this.deliveries.set(message.providerMessageId, (this.deliveries.get(message.providerMessageId) ?? 0) + 1);
        this.order.push(message.providerMessageId);
      }
      this.pages.push(page);
      this.cursor = page.cursor;
    }
  }

  /** Drains until the reader throws; returns the error (pages before it are applied). */
  async drainUntilError(reader: MailboxReader, since: Date): Promise<unknown> {
    try {
      await this.drain(reader, since);
      return null;
    } catch (error) {
      return error;
    }
  }
}
