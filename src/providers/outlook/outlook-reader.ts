import type { Logger } from '../../logger.ts';
import { AuthRevokedError, TransientProviderError, type MailboxReader, type NormalizedMessage, type SkippedMessage, type SyncPage, type SyncRequest } from '../provider.ts';
import { withRetries, type RetryOptions } from '../retry-policy.ts';
import type { GraphConnection } from './graph-client.ts';
import type { MailboxGate } from './mailbox-gate.ts';
import { decodeOutlookCursor, encodeOutlookCursor } from './outlook-cursor.ts';
import { DeltaExpiredError, GraphUnauthorizedError, graphRetriesExhausted, judgeGraphError } from './outlook-errors.ts';
import { normalizeOutlookMessage, OUTLOOK_SELECT, threadIdOf, type GraphMessage } from './outlook-message.ts';

export const OUTLOOK_PAGE_SIZE = 100;
const INBOX_DELTA = 'me/mailFolders/inbox/messages/delta';

export interface OutlookReaderOptions {
  connection: GraphConnection;
  gate: MailboxGate;
  retry: RetryOptions;
  log: Logger;
  timeoutMs: number;
  pageSize?: number;
  /** Which of these RFC Message-IDs the account already holds (Outlook re-uploads old mail under new ids). */
  knownRfcMessageIds?: (ids: string[]) => Promise<Set<string>>;
}

interface DeltaPage {
  value?: GraphMessage[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/**
 * Reads an Outlook inbox with the Graph delta query: the first round over the backfill window
 * (newest first), then rounds from the stored deltaLink. 410 Gone / syncStateNotFound starts a
 * new round over the window (no gap; the pipeline dedupes). Every request goes through the
 * mailbox's gate of 4, and our backoff with Retry-After.
 */
export class OutlookReader implements MailboxReader {
  readonly provider = 'OUTLOOK' as const;
  private readonly options: OutlookReaderOptions;

  constructor(options: OutlookReaderOptions) {
    this.options = options;
  }

  async *pages(request: SyncRequest): AsyncIterable<SyncPage> {
    const cursor = decodeOutlookCursor(request.cursor);
    let link: string | null = cursor?.link ?? null;
    let restarted = false;
    const handedOut = new Set<string>();
    for (;;) {
      let page: DeltaPage;
      try {
        page = await this.read(link, request);
      } catch (error) {
        if (!(error instanceof DeltaExpiredError) || restarted || link === null) throw error;
        this.options.log.info('Graph delta state expired; a new round over the window');
        restarted = true;
        link = null;
        continue;
      }
      const built = await this.pageOf(page.value ?? [], handedOut);
      const nextLink = page['@odata.nextLink'];
      const following = nextLink ?? page['@odata.deltaLink'];
      const relative = following ? this.options.connection.relativeLink(following) : null;
      if (!relative) throw new TransientProviderError('Graph answered a page without a nextLink or deltaLink under MICROSOFT_GRAPH_URL');
      yield { ...built, cursor: encodeOutlookCursor({ v: 1, kind: nextLink ? 'next' : 'delta', link: relative }), total: null };
      if (!nextLink) return;
      link = relative;
    }
  }

  private async pageOf(items: GraphMessage[], handedOut: Set<string>): Promise<Omit<SyncPage, 'cursor' | 'total'>> {
    const messages: NormalizedMessage[] = [];
    const skipped: SkippedMessage[] = [];
    const deleted: string[] = [];
    for (const item of items) {
      if (item['@removed']) {
        deleted.push(item.id);
        continue;
      }
      try {
        messages.push(normalizeOutlookMessage(item));
      } catch (error) {
        skipped.push({ providerMessageId: item.id, providerThreadId: threadIdOf(item), reason: `unreadable message: ${(error as Error).message}`.slice(0, 500), receivedAt: null });
      }
    }
    // The same mail under a new id (Outlook re-uploads): keep the first, by RFC Message-ID.
    const rfcIds = messages.flatMap((m) => (m.rfcMessageId ? [m.rfcMessageId] : []));
    const known = rfcIds.length && this.options.knownRfcMessageIds ? await this.options.knownRfcMessageIds(rfcIds) : new Set<string>();
    const unique = messages.filter((m) => {
      if (!m.rfcMessageId) return true;
      if (known.has(m.rfcMessageId) || handedOut.has(m.rfcMessageId)) return false;
      handedOut.add(m.rfcMessageId);
      return true;
    });
    return { messages: unique, skipped, deleted };
  }

  /** One delta page: the first of a round (link null) or a link Graph gave. A 401 gets one forced refresh. */
  private async read(link: string | null, request: SyncRequest): Promise<DeltaPage> {
    const { connection, gate, retry, timeoutMs } = this.options;
    const pageSize = this.options.pageSize ?? OUTLOOK_PAGE_SIZE;
    const call = () =>
      gate.run(async () => {
        const builder = link
          ? connection.client.api(link)
          : connection.client.api(INBOX_DELTA).select(OUTLOOK_SELECT).filter(`receivedDateTime ge ${request.since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`);
        return (await builder.header('Prefer', `odata.maxpagesize=${pageSize}`).option('signal', AbortSignal.timeout(timeoutMs)).get()) as DeltaPage;
      });
    for (let refreshed = false; ; refreshed = true) {
      try {
        return await withRetries(call, judgeGraphError, graphRetriesExhausted, retry, request.signal);
      } catch (error) {
        if (!(error instanceof GraphUnauthorizedError)) throw error;
        if (refreshed) throw new AuthRevokedError('Graph answered 401 after a token refresh');
        await connection.grant.refresh();
      }
    }
  }
}
