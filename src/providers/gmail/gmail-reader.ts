import type { gmail_v1 } from '@googleapis/gmail';
import type { Logger } from '../../logger.ts';
import { mapConcurrent } from '../map-concurrent.ts';
import type { MailboxReader, NormalizedMessage, SkippedMessage, SyncPage, SyncRequest } from '../provider.ts';
import type { QuotaBucket } from '../quota-bucket.ts';
import { withRetries, type RetryOptions } from '../retry-policy.ts';
import { decodeGmailCursor, encodeGmailCursor, type GmailCursor } from './gmail-cursor.ts';
import { GmailNotFoundError, gmailRetriesExhausted, isBadRequest, judgeGmailError } from './gmail-errors.ts';
import { GMAIL_BATCH_MAX, type BatchPartAnswer, type GmailBatchTransport } from './gmail-batch.ts';
import { calendarAttachmentIds, normalizeGmailMessage } from './gmail-message.ts';
import { remainingInboxQuery, targetedQuery, windowQuery } from './gmail-queries.ts';

/** Quota units per call, from Gmail's usage-limits reference. */
const UNITS = { profile: 1, list: 5, get: 5, attachment: 5, history: 2 } as const;
/** Gmail advises at most 50 requests per batch / in flight. */
export const GMAIL_MAX_IN_FLIGHT = 50;
/** 25 per batch, two batches in flight: still ≤ 50 gets in flight, and one batch is answered while the other is parsed. */
export const GMAIL_BATCH_SIZE = 25;
/** One pass's search: the query in use, and the plain one a server that refuses its syntax gets instead. */
interface PassSearch {
  query: string;
  readonly plain: string;
}

const LIST_PAGE_SIZE = 500;
/** Labels whose messages are not mail the person received. */
const IGNORED_LABELS = new Set(['DRAFT', 'SPAM', 'TRASH', 'CHAT']);

export interface GmailReaderOptions {
  api: gmail_v1.Gmail;
  quota: QuotaBucket;
  retry: RetryOptions;
  log: Logger;
  tokensSaved(): Promise<void>;
  maxInFlight?: number;
  /** list/history page size (Gmail's maximum, 500, unless a test wants more pages). */
  pageSize?: number;
  /** Gmail's batch endpoint; without it (or once a server refuses it) every message is its own GET. */
  batch?: GmailBatchTransport;
  /** Messages per batch request (the in-flight limit is shared out among batches). */
  batchSize?: number;
}

/** One message as read: its resource, or gone (deleted since it was listed). */
type ReadEntry = { id: string; threadId: string | null; message: gmail_v1.Schema$Message } | { id: string; threadId: string | null; gone: true };

/** A part of a batch that failed, in the shape `judgeGmailError` reads (like a gaxios error). */
class BatchPartError extends Error {
  override name = 'BatchPartError';
  readonly response: { status: number; headers: Record<string, string>; data: unknown };
  constructor(answer: BatchPartAnswer) {
    super(`a batched messages.get answered ${answer.status}`);
    this.response = { status: answer.status, headers: answer.headers, data: answer.data };
  }
}

interface ReadResult {
  messages: NormalizedMessage[];
  skipped: SkippedMessage[];
  deleted: string[];
}

/** A promise whose rejection is handled where it is awaited, not reported as unhandled meanwhile. */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** The server does not take batch requests (404/400 on the batch endpoint itself). */
class BatchRefusedError extends Error {
  override name = 'BatchRefusedError';
}

/**
 * Reads a Gmail mailbox. First sync: two passes over the backfill window (targeted, then the rest of
 * the inbox, newest first), each message read once with `format=full` (5 units either way, and one
 * call instead of two for candidates). Then history.list from the anchor; a 404 (history expired)
 * is a full re-sync of the window, whose messages the pipeline dedupes by provider id.
 */
export class GmailReader implements MailboxReader {
  readonly provider = 'GMAIL' as const;
  private readonly options: GmailReaderOptions;
  /** Set when the server refused the batch endpoint: read one by one from then on. */
  private batchRefused = false;

  constructor(options: GmailReaderOptions) {
    this.options = options;
  }

  async *pages(request: SyncRequest): AsyncIterable<SyncPage> {
    const cursor = decodeGmailCursor(request.cursor);
    if (cursor?.mode === 'history') yield* this.incremental(cursor.historyId, request);
    else yield* this.fullSync(request, cursor);
  }

  private async *fullSync(request: SyncRequest, resume: Extract<GmailCursor, { mode: 'full' }> | null): AsyncIterable<SyncPage> {
    const anchorHistoryId = resume?.anchorHistoryId ?? (await this.call('profile', (api) => api.users.getProfile({ userId: 'me' }), request.signal)).historyId;
    if (!anchorHistoryId) throw new Error('Gmail profile has no historyId');
    let total = 0;
    // Pass 2's query excludes what pass 1 matched; this also keeps a message from being read twice
    // by a server that understands less of the search syntax than Gmail.
    const readThisRun = new Set<string>();
    for (const pass of [1, 2] as const) {
      if (resume && pass < resume.pass) continue;
      const search: PassSearch = {
        query: pass === 1 ? targetedQuery(request.since) : remainingInboxQuery(request.since),
        plain: pass === 1 ? windowQuery(request.since) : `${windowQuery(request.since)} in:inbox`,
      };
      let pageToken = resume?.pass === pass ? resume.pageToken : null;
      let listing = settledLater(this.listPage(search, pageToken, request.signal));
      let first = true;
      do {
        const list = await listing;
        if (first) total += list.resultSizeEstimate ?? 0;
        first = false;
        const ids = (list.messages ?? []).flatMap((m) => (m.id && !readThisRun.has(m.id) ? [{ id: m.id, threadId: m.threadId ?? null }] : []));
        for (const { id } of ids) readThisRun.add(id);
        pageToken = list.nextPageToken ?? null;
        // The next list page is asked for while this page's messages are read (one call more in
        // flight, one round trip less per page); a failure of it shows when that page is due.
        if (pageToken) listing = settledLater(this.listPage(search, pageToken, request.signal));
        const read = await this.readMessages(ids, request.signal);
        const next: GmailCursor = pageToken
          ? { v: 1, mode: 'full', pass, pageToken, anchorHistoryId }
          : pass === 1
            ? { v: 1, mode: 'full', pass: 2, pageToken: null, anchorHistoryId }
            : { v: 1, mode: 'history', historyId: anchorHistoryId };
        await this.options.tokensSaved();
        yield { ...read, cursor: encodeGmailCursor(next), total: total || null };
      } while (pageToken);
    }
  }

  /**
   * One list page. A stored page token Gmail no longer accepts restarts the pass (idempotent); a
   * server that refuses the targeted query's syntax gets the plain window query instead, for the
   * rest of the pass (slower to show hiring mail, same coverage; the run's id set keeps reads single).
   */
  private async listPage(search: PassSearch, pageToken: string | null, signal?: AbortSignal): Promise<gmail_v1.Schema$ListMessagesResponse> {
    const list = (token: string | null) =>
      this.call('list', (api) => api.users.messages.list({ userId: 'me', q: search.query, maxResults: this.options.pageSize ?? LIST_PAGE_SIZE, ...(token ? { pageToken: token } : {}) }), signal);
    try {
      return await list(pageToken);
    } catch (error) {
      if (!isBadRequest(error)) throw error;
      if (pageToken) {
        this.options.log.warn('Gmail refused a stored page token; restarting the pass');
        return this.listPage(search, null, signal);
      }
      if (search.query === search.plain) throw error;
      this.options.log.warn('Gmail refused the search query; reading the plain window instead');
      search.query = search.plain;
      return list(null);
    }
  }

  private async *incremental(startHistoryId: string, request: SyncRequest): AsyncIterable<SyncPage> {
    let pageToken: string | null = null;
    do {
      let history: gmail_v1.Schema$ListHistoryResponse;
      try {
        history = await this.call(
          'history',
          (api) =>
            api.users.history.list({
              userId: 'me',
              startHistoryId,
              historyTypes: ['messageAdded', 'messageDeleted'],
              maxResults: this.options.pageSize ?? LIST_PAGE_SIZE,
              ...(pageToken ? { pageToken } : {}),
            }),
          request.signal,
        );
      } catch (error) {
        if (!(error instanceof GmailNotFoundError)) throw error;
        // History older than Gmail keeps: read the whole window again (no gap; the pipeline dedupes).
        this.options.log.info({ startHistoryId }, 'Gmail history expired; full re-sync of the window');
        yield* this.fullSync(request, null);
        return;
      }
      const added = new Map<string, string | null>();
      const deleted = new Set<string>();
      for (const record of history.history ?? []) {
        for (const { message } of record.messagesAdded ?? []) {
          if (!message?.id || message.labelIds?.some((l) => IGNORED_LABELS.has(l))) continue;
          if (message.labelIds?.includes('SENT') && !message.labelIds.includes('INBOX')) continue;
          added.set(message.id, message.threadId ?? null);
        }
        for (const { message } of record.messagesDeleted ?? []) if (message?.id) deleted.add(message.id);
      }
      for (const id of deleted) added.delete(id);
      const read = await this.readMessages([...added].map(([id, threadId]) => ({ id, threadId })), request.signal);
      pageToken = history.nextPageToken ?? null;
      const lastRecordId = history.history?.at(-1)?.id;
      // Mid-listing, the cursor is the last record this page covered; at the end, the mailbox's own id.
      const historyId = pageToken ? (lastRecordId ?? startHistoryId) : (history.historyId ?? lastRecordId ?? startHistoryId);
      await this.options.tokensSaved();
      yield {
        messages: read.messages,
        skipped: read.skipped,
        deleted: [...deleted, ...read.deleted],
        cursor: encodeGmailCursor({ v: 1, mode: 'history', historyId }),
        total: null,
      };
    } while (pageToken);
  }

  /**
   * Reads each message once (full format), ≤ 50 gets in flight, in batches when the server takes
   * them; one that vanished meanwhile counts as deleted.
   */
  private async readMessages(ids: { id: string; threadId: string | null }[], signal?: AbortSignal): Promise<ReadResult> {
    const result: ReadResult = { messages: [], skipped: [], deleted: [] };
    const maxInFlight = this.options.maxInFlight ?? GMAIL_MAX_IN_FLIGHT;
    const batchSize = Math.min(this.options.batchSize ?? GMAIL_BATCH_SIZE, maxInFlight, GMAIL_BATCH_MAX);
    const chunks: { id: string; threadId: string | null }[][] = [];
    for (let i = 0; i < ids.length; i += batchSize) chunks.push(ids.slice(i, i + batchSize));
    const read = this.options.batch
      ? (await mapConcurrent(chunks, Math.max(1, Math.floor(maxInFlight / batchSize)), (chunk) => this.getBatch(chunk, signal))).flat()
      : await mapConcurrent(ids, maxInFlight, (item) => this.getOne(item, signal));
    const calendars = await this.calendarAttachments(read, signal);
    for (const entry of read) {
      if ('gone' in entry) {
        result.deleted.push(entry.id);
        continue;
      }
      try {
        result.messages.push(normalizeGmailMessage(entry.message, calendars.get(entry.id)));
      } catch (error) {
        const internalDate = Number(entry.message.internalDate);
        result.skipped.push({
          providerMessageId: entry.id,
          providerThreadId: entry.threadId,
          reason: `unreadable message: ${(error as Error).message}`.slice(0, 500),
          receivedAt: Number.isFinite(internalDate) && internalDate > 0 ? new Date(internalDate) : null,
        });
      }
    }
    return result;
  }

  /** The calendar invites the page's messages carry by attachmentId, by message id (one that vanished is left out). */
  private async calendarAttachments(read: ReadEntry[], signal?: AbortSignal): Promise<Map<string, string[]>> {
    const wanted = read.flatMap((entry) => ('gone' in entry ? [] : calendarAttachmentIds(entry.message).map((attachmentId) => ({ messageId: entry.id, attachmentId }))));
    const calendars = new Map<string, string[]>();
    if (wanted.length === 0) return calendars;
    const fetched = await mapConcurrent(wanted, this.options.maxInFlight ?? GMAIL_MAX_IN_FLIGHT, async ({ messageId, attachmentId }) => {
      try {
        const body = await this.call('attachment', (api) => api.users.messages.attachments.get({ userId: 'me', messageId, id: attachmentId }), signal);
        return { messageId, text: body.data ? Buffer.from(body.data, 'base64url').toString('utf8') : null };
      } catch (error) {
        if (error instanceof GmailNotFoundError) return { messageId, text: null };
        throw error;
      }
    });
    for (const { messageId, text } of fetched) if (text) calendars.set(messageId, [...(calendars.get(messageId) ?? []), text]);
    return calendars;
  }

  private async getOne({ id, threadId }: { id: string; threadId: string | null }, signal?: AbortSignal): Promise<ReadEntry> {
    try {
      return { id, threadId, message: await this.call('get', (api) => api.users.messages.get({ userId: 'me', id, format: 'full' }), signal) };
    } catch (error) {
      if (error instanceof GmailNotFoundError) return { id, threadId, gone: true };
      throw error;
    }
  }

  /**
   * One batch of gets under the same pacing and retry policy as single calls: each attempt asks
   * again only for the parts that failed, and a part's error is judged like a call's. A server that
   * refuses the batch endpoint itself (404/400) gets the remaining messages one by one.
   */
  private async getBatch(chunk: { id: string; threadId: string | null }[], signal?: AbortSignal): Promise<ReadEntry[]> {
    const { batch, quota, retry } = this.options;
    const read = new Map<string, ReadEntry>();
    let pending = chunk;
    if (batch && !this.batchRefused) {
      try {
        await withRetries(
          async () => {
            await quota.take(UNITS.get * pending.length, signal);
            let answers: BatchPartAnswer[];
            try {
              answers = await batch(pending.map(({ id }) => `gmail/v1/users/me/messages/${encodeURIComponent(id)}?format=full`), signal);
            } catch (error) {
              const verdict = judgeGmailError(error);
              if (!verdict.retry && (verdict.error instanceof GmailNotFoundError || isBadRequest(verdict.error))) throw new BatchRefusedError();
              throw error;
            }
            const failed: typeof pending = [];
            let failure: BatchPartError | null = null;
            answers.forEach((answer, i) => {
              const { id, threadId } = pending[i]!;
              if (answer.status === 200 && answer.data) read.set(id, { id, threadId, message: answer.data as gmail_v1.Schema$Message });
              else if (answer.status === 404) read.set(id, { id, threadId, gone: true });
              else {
                failed.push(pending[i]!);
                // A 200 without a readable body is a broken answer, asked for again like a 502.
                failure ??= new BatchPartError(answer.status === 200 ? { ...answer, status: 502 } : answer);
              }
            });
            pending = failed;
            if (failure) throw failure;
          },
          (error) => (error instanceof BatchRefusedError ? { retry: false, error } : judgeGmailError(error)),
          gmailRetriesExhausted,
          retry,
          signal,
        );
      } catch (error) {
        if (!(error instanceof BatchRefusedError)) throw error;
        this.batchRefused = true;
        this.options.log.warn('Gmail refused the batch endpoint; reading messages one by one');
      }
    }
    // Only after a refused batch: the rest one by one.
    const rest = await mapConcurrent(pending, this.options.maxInFlight ?? GMAIL_MAX_IN_FLIGHT, (item) => this.getOne(item, signal));
    for (const entry of rest) read.set(entry.id, entry);
    return chunk.map(({ id }) => read.get(id)!);
  }

  /** Every Gmail call: paced under the quota, retried by our policy, errors typed. */
  private call<T>(kind: keyof typeof UNITS, request: (api: gmail_v1.Gmail) => Promise<{ data: T }>, signal?: AbortSignal): Promise<T> {
    const { api, quota, retry } = this.options;
    return withRetries(
      async () => {
        await quota.take(UNITS[kind], signal);
        return (await request(api)).data;
      },
      judgeGmailError,
      gmailRetriesExhausted,
      retry,
      signal,
    );
  }
}
