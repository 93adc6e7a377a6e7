import type { TokenStore } from '../token-store.ts';
import { graphConnection } from './graph-client.ts';
import type { MicrosoftConfig } from './microsoft-oauth.ts';

/** Graph mail subscriptions last at most 4,230 minutes; ask for a little less so clocks never overshoot. */
export const SUBSCRIPTION_MINUTES = 4200;
const INBOX_MESSAGES = "me/mailFolders('Inbox')/messages";

export interface OutlookSubscription {
  id: string;
  expiresAt: Date;
}

interface SubscriptionBody {
  id: string;
  expirationDateTime: string;
}

const expiry = () => new Date(Date.now() + SUBSCRIPTION_MINUTES * 60_000);

/** A change-notification subscription on the inbox's new messages, with clientState and lifecycle events. */
export async function createOutlookSubscription(
  microsoft: MicrosoftConfig,
  tokens: TokenStore,
  options: { notificationUrl: string; clientState: string },
): Promise<OutlookSubscription> {
  const { client } = await graphConnection(microsoft, tokens);
  const created = (await client.api('subscriptions').post({
    changeType: 'created',
    notificationUrl: options.notificationUrl,
    lifecycleNotificationUrl: options.notificationUrl,
    resource: INBOX_MESSAGES,
    expirationDateTime: expiry().toISOString(),
    clientState: options.clientState,
  })) as SubscriptionBody;
  return { id: created.id, expiresAt: new Date(created.expirationDateTime) };
}

/** Extends a subscription; null when Graph no longer knows it (404) or refuses (400): recreate then. */
export async function renewOutlookSubscription(microsoft: MicrosoftConfig, tokens: TokenStore, id: string): Promise<OutlookSubscription | null> {
  const { client } = await graphConnection(microsoft, tokens);
  try {
    const renewed = (await client.api(`subscriptions/${encodeURIComponent(id)}`).patch({ expirationDateTime: expiry().toISOString() })) as SubscriptionBody;
    return { id: renewed.id ?? id, expiresAt: new Date(renewed.expirationDateTime) };
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 404 || status === 400) return null;
    throw error;
  }
}

export async function deleteOutlookSubscription(microsoft: MicrosoftConfig, tokens: TokenStore, id: string): Promise<void> {
  const { client } = await graphConnection(microsoft, tokens);
  await client.api(`subscriptions/${encodeURIComponent(id)}`).delete();
}
