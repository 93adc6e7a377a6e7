import { readdir, readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { isSkipped, normalizeMime } from '../normalize-mime.ts';
import type { MailboxReader, NormalizedMessage, SkippedMessage, SyncPage, SyncRequest } from '../provider.ts';
import { readMbox } from './split-mbox.ts';

export const MBOX_PAGE_SIZE = 200;

/**
 * Reads an mbox file or a folder of .eml files (Google Takeout, Outlook exports) as a mailbox. An
 * import reads everything the file holds: `since` does not apply to mail the user chose to import.
 *
 * Cursors name the source (a hash of its path: importing another file starts that file from its
 * beginning) and, for an mbox file, the byte offset after the last applied message (a file that
 * grew continues where it stopped); for a folder, the received time and id of the last applied
 * message in received order (files added later are read when they are newer than that message;
 * a file dated before that message and dropped in later is not read from this folder again: import it
 * from another folder; re-reads are deduplicated downstream).
 */
export function createMboxReader(path: string, { pageSize = MBOX_PAGE_SIZE } = {}): MailboxReader {
  const source = createHash('sha256').update(resolve(path)).digest('hex').slice(0, 12);
  return {
    provider: 'MBOX',
    async *pages(request: SyncRequest): AsyncIterable<SyncPage> {
      const info = await stat(path);
      const prefix = `${info.isDirectory() ? 'eml' : 'mbox'}:${source}:`;
      const position = request.cursor?.startsWith(prefix) ? request.cursor.slice(prefix.length) : null;
      if (info.isDirectory()) yield* folderPages(path, request.signal, position, prefix, pageSize);
      else yield* mboxPages(path, request.signal, position, prefix, pageSize);
    },
  };
}

async function* mboxPages(path: string, signal: AbortSignal | undefined, position: string | null, prefix: string, pageSize: number): AsyncIterable<SyncPage> {
  const start = Number(position) || 0;
  let messages: NormalizedMessage[] = [];
  let skipped: SkippedMessage[] = [];
  let end = start;
  for await (const entry of readMbox(path, start)) {
    signal?.throwIfAborted();
    const result = await normalizeMime(entry.raw);
    if (isSkipped(result)) skipped.push(result);
    else messages.push(result);
    end = entry.end;
    if (messages.length + skipped.length >= pageSize) {
      yield page(messages, skipped, `${prefix}${end}`, null);
      messages = [];
      skipped = [];
    }
  }
  if (messages.length + skipped.length > 0 || position === null) yield page(messages, skipped, `${prefix}${end}`, null);
}

async function* folderPages(path: string, signal: AbortSignal | undefined, after: string | null, prefix: string, pageSize: number): AsyncIterable<SyncPage> {
  const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.eml')).sort();
  const all: (NormalizedMessage | SkippedMessage)[] = [];
  for (const name of names) {
    signal?.throwIfAborted();
    all.push(await normalizeMime(await readFile(join(path, name))));
  }
  const keyOf = (m: NormalizedMessage | SkippedMessage) => `${(m.receivedAt ?? new Date(0)).toISOString()}|${m.providerMessageId}`;
  all.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const remaining = after ? all.filter((m) => keyOf(m) > after) : all;
  for (let i = 0; i < remaining.length; i += pageSize) {
    const slice = remaining.slice(i, i + pageSize);
    yield page(
      slice.filter((m): m is NormalizedMessage => !isSkipped(m)),
      slice.filter(isSkipped),
      `${prefix}${keyOf(slice[slice.length - 1]!)}`,
      remaining.length,
    );
  }
  if (remaining.length === 0 && after === null) yield page([], [], prefix, 0);
}

function page(messages: NormalizedMessage[], skipped: SkippedMessage[], cursor: string, total: number | null): SyncPage {
  return { messages, skipped, deleted: [], cursor, total };
}
