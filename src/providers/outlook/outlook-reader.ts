import type { Logger } from '../../logger.ts';
import { AuthRevokedError, TransientProviderError, type MailboxReader, type NormalizedMessage, type SkippedMessage, type SyncPage, type SyncRequest } from '../provider.ts';
import { mapConcurrent } from '../map-concurrent.ts';
import { withRetries, type RetryOptions } from '../retry-policy.ts';
import type { GraphConnection } from './graph-client.ts';
import { GRAPH_MAX_CONCURRENT_PER_MAILBOX, type MailboxGate } from './mailbox-gate.ts';
import { decodeOutlookCursor, encodeOutlookCursor } from './outlook-cursor.ts';
import { DeltaExpiredError, GraphUnauthorizedError, graphRetriesExhausted, judgeGraphError } from './outlook-errors.ts';
import { normalizeOutlookMessage, OUTLOOK_SELECT, threadIdOf, withInternetHeaders, type GraphMessage, type InternetHeader } from './outlook-message.ts';

export const OUTLOOK_PAGE_SIZE = 100;
/** Graph's limit of requests in one JSON batch. */
const GRAPH_BATCH_MAX = 20;

interface BatchStep {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: { internetMessageHeaders?: InternetHeader[]; error?: { code?: string } };
}
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
      const built = await this.pageOf(page.value ?? [], handedOut, request);
      const nextLink = page['@odata.nextLink'];
      const following = nextLink ?? page['@odata.deltaLink'];
      const relative = following ? this.options.connection.relativeLink(following) : null;
      if (!relative) throw new TransientProviderError('Graph answered a page without a nextLink or deltaLink under MICROSOFT_GRAPH_URL');
      yield { ...built, cursor: encodeOutlookCursor({ v: 1, kind: nextLink ? 'next' : 'delta', link: relative }), total: null };
      if (!nextLink) return;
      link = relative;
    }
  }

  private async pageOf(items: GraphMessage[], handedOut: Set<string>, request: SyncRequest): Promise<Omit<SyncPage, 'cursor' | 'total'>> {
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
    const headers = await this.internetHeaders(unique.map((m) => m.providerMessageId), request);
    return { messages: unique.map((m) => withInternetHeaders(m, headers.get(m.providerMessageId) ?? [])), skipped, deleted };
  }

  /**
   * The internet headers of a page's messages, by id: Graph JSON batches of 20 `GET
   * /me/messages/{id}?$select=internetMessageHeaders`, each through the mailbox's gate. Steps that
   * fail are asked again under the retry policy; a message deleted meanwhile has none.
   */
  private async internetHeaders(ids: string[], request: SyncRequest): Promise<Map<string, InternetHeader[]>> {
    const found = new Map<string, InternetHeader[]>();
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += GRAPH_BATCH_MAX) chunks.push(ids.slice(i, i + GRAPH_BATCH_MAX));
    await mapConcurrent(chunks, GRAPH_MAX_CONCURRENT_PER_MAILBOX, (chunk) => this.withRefresh(() => this.headersOf(chunk, found, request)));
    return found;
  }

  private async headersOf(chunk: string[], found: Map<string, InternetHeader[]>, request: SyncRequest): Promise<void> {
    const { connection, gate, retry, timeoutMs } = this.options;
    let pending = chunk.filter((id) => !found.has(id));
    await withRetries(
      async () => {
        const answer = (await gate.run(() =>
          connection.client
            .api('/$batch')
            .option('signal', AbortSignal.timeout(timeoutMs))
            .post({ requests: pending.map((id, i) => ({ id: String(i), method: 'GET', url: `/me/messages/${encodeURIComponent(id)}?$select=internetMessageHeaders` })) }),
        )) as { responses?: BatchStep[] };
        const steps = new Map((answer.responses ?? []).map((step) => [step.id, step]));
        const failed: string[] = [];
        let failure: { statusCode: number; code: string | null; headers: Headers } | null = null;
        pending.forEach((id, i) => {
          const step = steps.get(String(i));
          if (step?.status === 200) found.set(id, step.body?.internetMessageHeaders ?? []);
          else if (step?.status === 404) found.set(id, []);
          else {
            failed.push(id);
            failure ??= { statusCode: step?.status ?? 500, code: step?.body?.error?.code ?? null, headers: new Headers(step?.headers ?? {}) };
          }
        });
        pending = failed;
        if (failure) throw failure;
      },
      judgeGraphError,
      graphRetriesExhausted,
      retry,
      request.signal,
    );
  }

  /** A 401 gets one forced refresh of the grant, then AuthRevokedError. */
  private async withRefresh<T>(call: () => Promise<T>): Promise<T> {
    for (let refreshed = false; ; refreshed = true) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof GraphUnauthorizedError)) throw error;
        if (refreshed) throw new AuthRevokedError('Graph answered 401 after a token refresh');
        await this.options.connection.grant.refresh();
      }
    }
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
    return this.withRefresh(() => withRetries(call, judgeGraphError, graphRetriesExhausted, retry, request.signal));
  }
}
