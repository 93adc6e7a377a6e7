import { randomBytes } from 'node:crypto';
import type { OAuth2Client } from 'google-auth-library';

/**
 * Gmail's batch endpoint (`POST {root}batch/gmail/v1`, multipart/mixed): many `messages.get` in one
 * HTTP request. Quota is the same per message; what it saves is an HTTP exchange per message,
 * which was most of a first sync's client CPU. Each part answers with its own status.
 */

export interface BatchPartAnswer {
  status: number;
  headers: Record<string, string>;
  /** The part's JSON body, parsed (undefined when it had none or it was not JSON). */
  data: unknown;
}

/** Sends one batch of GETs (paths below the API root, e.g. `gmail/v1/users/me/messages/ID?format=full`). */
export type GmailBatchTransport = (paths: readonly string[], signal?: AbortSignal) => Promise<BatchPartAnswer[]>;

/** Google's documented limit of calls in one batch. */
export const GMAIL_BATCH_MAX = 100;

export function gmailBatchTransport(auth: OAuth2Client, apiRootUrl: string, timeoutMs: number): GmailBatchTransport {
  const url = new URL('batch/gmail/v1', apiRootUrl.endsWith('/') ? apiRootUrl : `${apiRootUrl}/`).toString();
  return async (paths, signal) => {
    if (paths.length > GMAIL_BATCH_MAX) throw new Error(`a Gmail batch holds at most ${GMAIL_BATCH_MAX} calls`);
    const boundary = `batch_${randomBytes(12).toString('hex')}`;
    const response = await auth.request<string>({
      url,
      method: 'POST',
      headers: { 'content-type': `multipart/mixed; boundary=${boundary}` },
      data: batchRequestBody(boundary, paths),
      responseType: 'text',
      retry: false,
      timeout: timeoutMs,
      ...(signal ? { signal } : {}),
    });
    const contentType = headerValue(response.headers, 'content-type') ?? '';
    return parseBatchResponse(contentType, response.data, paths.length);
  };
}

export function batchRequestBody(boundary: string, paths: readonly string[]): string {
  const parts = paths.map((path, i) => `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <item-${i}>\r\n\r\nGET /${path.replace(/^\//, '')}\r\n\r\n`);
  return `${parts.join('')}--${boundary}--\r\n`;
}

/**
 * The answers of a batch, in request order (by Content-ID `response-item-N`). A part missing from
 * the answer is reported as a 500, so the caller asks for it again.
 */
export function parseBatchResponse(contentType: string, body: string, expected: number): BatchPartAnswer[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) throw new Error('the batch answer is not multipart');
  const answers: (BatchPartAnswer | undefined)[] = new Array(expected);
  const delimiter = `--${boundary}`;
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.startsWith('--', start)) break; // closing delimiter
    const end = body.indexOf(delimiter, start);
    const segment = body.slice(start, end < 0 ? body.length : end);
    const part = parsePart(segment);
    if (part && part.index >= 0 && part.index < expected) answers[part.index] = part.answer;
    at = end;
  }
  return Array.from(answers, (answer) => answer ?? { status: 500, headers: {}, data: { error: { code: 500, message: 'no answer in the batch' } } });
}

function parsePart(segment: string): { index: number; answer: BatchPartAnswer } | null {
  const [outerHeaders, afterOuter] = splitHead(segment.replace(/^\r?\n/, ''));
  const contentId = /^content-id:\s*<?response-item-(\d+)>?\s*$/im.exec(outerHeaders)?.[1];
  if (contentId === undefined || afterOuter === null) return null;
  const [innerHead, innerBody] = splitHead(afterOuter);
  const statusLine = /^HTTP\/[\d.]+\s+(\d{3})/.exec(innerHead);
  if (!statusLine) return null;
  const headers: Record<string, string> = {};
  for (const line of innerHead.split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const text = (innerBody ?? '').trim();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  return { index: Number(contentId), answer: { status: Number(statusLine[1]), headers, data } };
}

/** Splits at the first blank line: [head, rest] (rest null when there is none). */
function splitHead(text: string): [string, string | null] {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return [text, null];
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

function headerValue(headers: unknown, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
