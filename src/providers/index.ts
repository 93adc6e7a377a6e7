import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { MailAccount } from '../modules/accounts/mail-account.entity.ts';
import { gmailConnection } from './gmail/gmail-client.ts';
import { GmailReader } from './gmail/gmail-reader.ts';
import type { MailboxReader } from './provider.ts';
import { graphConnection } from './outlook/graph-client.ts';
import { mailboxGateFor } from './outlook/mailbox-gate.ts';
import { OutlookReader } from './outlook/outlook-reader.ts';
import { quotaBucketFor } from './quota-bucket.ts';
import { DEFAULT_RETRY, type RetryOptions } from './retry-policy.ts';
import type { TokenStore } from './token-store.ts';

export type { TokenStore } from './token-store.ts';
export * from './provider.ts';

export interface ReaderDependencies {
  config: Config;
  log: Logger;
  /** The account's grant, decrypted on load and encrypted on save (see accounts/account-tokens.ts). */
  tokens: TokenStore;
  /** Tests and benchmarks shorten the waits; production uses DEFAULT_RETRY. */
  retry?: Partial<RetryOptions>;
  /** Per request, before it counts as a passing failure. */
  requestTimeoutMs?: number;
  /** Provider page size; defaults to each provider's maximum (tests use small pages to exercise paging). */
  pageSize?: number;
  /** Which of these RFC Message-IDs the account already holds: Outlook re-uploads old mail under new ids. */
  knownRfcMessageIds?: (ids: string[]) => Promise<Set<string>>;
}

export class ProviderDisabledError extends Error {
  override name = 'ProviderDisabledError';
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The reader for one connected mailbox; the pipeline applies its pages. */
export function createMailboxReader(account: Pick<MailAccount, 'id' | 'provider' | 'emailAddress'>, deps: ReaderDependencies): MailboxReader {
  const retry = { ...DEFAULT_RETRY, ...deps.retry };
  const timeoutMs = deps.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const log = deps.log.child({ accountId: account.id, provider: account.provider });
  switch (account.provider) {
    case 'GMAIL': {
      const google = deps.config.google;
      if (!google) throw new ProviderDisabledError('Gmail is not configured (GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET)');
      return readerBuiltOnFirstUse('GMAIL', async () => {
        const connection = await gmailConnection(google, deps.tokens, timeoutMs);
        return new GmailReader({
          api: connection.api,
          quota: quotaBucketFor(account.id, deps.config.gmailQuotaUnitsPerSecond),
          retry,
          log,
          tokensSaved: connection.tokensSaved,
          batch: connection.batch,
          ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
        });
      });
    }
    case 'OUTLOOK': {
      const microsoft = deps.config.microsoft;
      if (!microsoft) throw new ProviderDisabledError('Outlook is not configured (MICROSOFT_CLIENT_ID / MICROSOFT_CLIENT_SECRET)');
      return readerBuiltOnFirstUse(
        'OUTLOOK',
        async () =>
          new OutlookReader({
            connection: await graphConnection(microsoft, deps.tokens),
            gate: mailboxGateFor(account.id),
            retry,
            log,
            timeoutMs,
            ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
            ...(deps.knownRfcMessageIds ? { knownRfcMessageIds: deps.knownRfcMessageIds } : {}),
          }),
      );
    }
    default:
      throw new ProviderDisabledError(`no reader for ${account.provider}`);
  }
}

/** The grant is loaded when a sync starts, not when the reader is made. */
function readerBuiltOnFirstUse(provider: MailboxReader['provider'], build: () => Promise<MailboxReader>): MailboxReader {
  let reader: Promise<MailboxReader> | undefined;
  return {
    provider,
    async *pages(request) {
      reader ??= build();
      yield* (await reader).pages(request);
    },
  };
}
