import type { TokenStore } from '../token-store.ts';
import { withRetries, DEFAULT_RETRY } from '../retry-policy.ts';
import { gmailConnection, type GoogleConfig } from './gmail-client.ts';
import { gmailRetriesExhausted, judgeGmailError } from './gmail-errors.ts';

/**
 * Gmail push: `users.watch` publishes the mailbox's changes to the Pub/Sub topic for 7 days;
 * Google advises renewing it daily. `users.stop` ends it.
 */
export async function startGmailWatch(google: GoogleConfig, tokens: TokenStore, topicName: string): Promise<{ historyId: string; expiresAt: Date }> {
  const { api, tokensSaved } = await gmailConnection(google, tokens, 15_000);
  const { data } = await withRetries(
    () => api.users.watch({ userId: 'me', requestBody: { topicName, labelIds: ['INBOX'], labelFilterBehavior: 'include' } }),
    judgeGmailError,
    gmailRetriesExhausted,
    { ...DEFAULT_RETRY, attempts: 3 },
  );
  await tokensSaved();
  return { historyId: data.historyId ?? '', expiresAt: new Date(Number(data.expiration ?? Date.now() + 7 * 24 * 3600 * 1000)) };
}

export async function stopGmailWatch(google: GoogleConfig, tokens: TokenStore): Promise<void> {
  const { api } = await gmailConnection(google, tokens, 15_000);
  await api.users.stop({ userId: 'me' });
}
