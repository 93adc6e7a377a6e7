import type { Config } from '../../config.ts';
import type { MikroORM } from '../../db/orm.ts';
import type { Logger } from '../../logger.ts';
import { startGmailWatch, stopGmailWatch } from '../../providers/gmail/gmail-watch.ts';
import { createOutlookSubscription, deleteOutlookSubscription, renewOutlookSubscription } from '../../providers/outlook/outlook-subscription.ts';
import type { OAuthTokens } from '../../providers/token-store.ts';
import { accountTokenStore } from './account-tokens.ts';
import { MailAccountSchema, type MailAccount } from './mail-account.entity.ts';
import { outlookClientState } from './push-client-state.ts';

/** Gmail watches last 7 days; Google advises renewing daily, so renew what expires within 6 days. */
const GMAIL_RENEW_BEFORE_MS = 6 * 24 * 3600 * 1000;
/** Graph subscriptions last under 3 days; renew the ones ending within a day. */
const OUTLOOK_RENEW_BEFORE_MS = 24 * 3600 * 1000;

export const OUTLOOK_WEBHOOK_PATH = '/webhooks/outlook';

/**
 * Registers (or renews) the account's push: a Gmail watch when GOOGLE_PUBSUB_TOPIC is set, a Graph
 * subscription when Microsoft notifications are on. Failures are logged; polling stays the safety net.
 */
export async function registerPushFor(orm: MikroORM, config: Config, log: Logger, accountId: string, { recreate = false } = {}): Promise<void> {
  const em = orm.em.fork();
  const account = await em.findOne(MailAccountSchema, { id: accountId });
  if (!account) return;
  const tokens = accountTokenStore(orm, account.id, config.tokenEncryptionKey);
  try {
    if (account.provider === 'GMAIL' && config.google && config.gmailPush.topic) {
      const watch = await startGmailWatch(config.google, tokens, config.gmailPush.topic);
      account.watchId = config.gmailPush.topic;
      account.watchExpiresAt = watch.expiresAt;
    } else if (account.provider === 'OUTLOOK' && config.microsoft && config.microsoftNotifications) {
      const renewed = account.watchId && !recreate ? await renewOutlookSubscription(config.microsoft, tokens, account.watchId) : null;
      const subscription =
        renewed ??
        (await createOutlookSubscription(config.microsoft, tokens, {
          notificationUrl: `${config.publicUrl}${OUTLOOK_WEBHOOK_PATH}`,
          clientState: outlookClientState(config.tokenEncryptionKey, account.id),
        }));
      account.watchId = subscription.id;
      account.watchExpiresAt = subscription.expiresAt;
    } else {
      return;
    }
    await em.flush();
  } catch (error) {
    log.warn({ accountId, provider: account.provider, err: (error as Error).message }, 'registering push failed; polling continues');
  }
}

/** Ends the account's push at the provider (on disconnect). */
export async function stopPushFor(config: Config, account: MailAccount, tokens: OAuthTokens): Promise<void> {
  const fixed = { load: async () => tokens, save: async () => undefined };
  if (!account.watchId) return;
  if (account.provider === 'GMAIL' && config.google) await stopGmailWatch(config.google, fixed);
  if (account.provider === 'OUTLOOK' && config.microsoft) await deleteOutlookSubscription(config.microsoft, fixed, account.watchId);
}

/**
 * Renews every push that expires soon (Gmail daily, Graph a day ahead) and creates missing ones.
 * For the scheduler in src/jobs/ (hourly is plenty); returns how many accounts it touched.
 */
export async function renewExpiringWatches(orm: MikroORM, config: Config, log: Logger, now = new Date()): Promise<number> {
  const providers: ('GMAIL' | 'OUTLOOK')[] = [];
  if (config.google && config.gmailPush.topic) providers.push('GMAIL');
  if (config.microsoft && config.microsoftNotifications) providers.push('OUTLOOK');
  let touched = 0;
  for (const provider of providers) {
    const within = provider === 'GMAIL' ? GMAIL_RENEW_BEFORE_MS : OUTLOOK_RENEW_BEFORE_MS;
    const due = await orm.em.fork().find(
      MailAccountSchema,
      {
        provider,
        state: { $ne: 'NEEDS_REAUTH' },
        $or: [{ watchExpiresAt: null }, { watchExpiresAt: { $lt: new Date(now.getTime() + within) } }],
      },
      { limit: 1000, orderBy: { watchExpiresAt: 'asc' } },
    );
    for (const account of due) {
      await registerPushFor(orm, config, log, account.id);
      touched += 1;
    }
  }
  return touched;
}
