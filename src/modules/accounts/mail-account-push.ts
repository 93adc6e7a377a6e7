import type { Config } from '../../config.ts';
import type { MikroORM } from '../../db/orm.ts';
import type { Logger } from '../../logger.ts';
import { startGmailWatch, stopGmailWatch } from '../../providers/gmail/gmail-watch.ts';
import type { OAuthTokens } from '../../providers/token-store.ts';
import { accountTokenStore } from './account-tokens.ts';
import { MailAccountSchema, type MailAccount } from './mail-account.entity.ts';

/** Gmail watches last 7 days; Google advises renewing daily, so renew what expires within 6 days. */
const GMAIL_RENEW_BEFORE_MS = 6 * 24 * 3600 * 1000;

/** Registers the account's push (Gmail watch) when push is configured; failures are logged, polling stays. */
export async function registerPushFor(orm: MikroORM, config: Config, log: Logger, accountId: string): Promise<void> {
  const em = orm.em.fork();
  const account = await em.findOne(MailAccountSchema, { id: accountId });
  if (!account) return;
  try {
    if (account.provider === 'GMAIL' && config.google && config.gmailPush.topic) {
      const watch = await startGmailWatch(config.google, accountTokenStore(orm, account.id, config.tokenEncryptionKey), config.gmailPush.topic);
      account.watchId = config.gmailPush.topic;
      account.watchExpiresAt = watch.expiresAt;
      await em.flush();
    }
  } catch (error) {
    log.warn({ accountId, provider: account.provider, err: (error as Error).message }, 'registering push failed; polling continues');
  }
}

/** Ends the account's push at the provider (on disconnect). */
export async function stopPushFor(config: Config, account: MailAccount, tokens: OAuthTokens): Promise<void> {
  const fixed = { load: async () => tokens, save: async () => undefined };
  if (account.provider === 'GMAIL' && config.google && account.watchId) await stopGmailWatch(config.google, fixed);
}

/**
 * Renews every push that expires soon (Gmail: within 6 days, i.e. daily). For the scheduler in
 * src/jobs/; returns how many were renewed.
 */
export async function renewExpiringWatches(orm: MikroORM, config: Config, log: Logger, now = new Date()): Promise<number> {
  const em = orm.em.fork();
  const due = await em.find(MailAccountSchema, {
    provider: 'GMAIL',
    state: { $ne: 'NEEDS_REAUTH' },
    $or: [{ watchExpiresAt: null }, { watchExpiresAt: { $lt: new Date(now.getTime() + GMAIL_RENEW_BEFORE_MS) } }],
  }, { limit: 1000 });
  let renewed = 0;
  for (const account of due) {
    if (!config.gmailPush.topic) break;
    await registerPushFor(orm, config, log, account.id);
    renewed += 1;
  }
  return renewed;
}
