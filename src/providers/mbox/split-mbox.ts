import { open } from 'node:fs/promises';

export interface MboxEntry {
  raw: Buffer;
  /** Byte offset just past this message: where reading resumes. */
  end: number;
}

const CHUNK = 1024 * 1024;
const SEPARATOR = Buffer.from('\nFrom ');

/**
 * Messages of an mbox file from a byte offset on, read in chunks (an export can be gigabytes).
 * Messages are separated by lines starting "From "; lines a writer escaped as ">From " (mboxrd)
 * are unescaped.
 */
export async function* readMbox(path: string, fromOffset: number): AsyncGenerator<MboxEntry> {
  const file = await open(path, 'r');
  try {
    let position = fromOffset;
    let pending = Buffer.alloc(0);
    let pendingStart = fromOffset;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const { bytesRead } = await file.read(chunk, 0, CHUNK, position);
      position += bytesRead;
      pending = pending.length ? Buffer.concat([pending, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      const atEnd = bytesRead === 0;
      // Each complete message ends where the next separator line starts.
      let searchFrom = 1;
      for (;;) {
        const next = pending.indexOf(SEPARATOR, searchFrom);
        if (next < 0) break;
        const message = pending.subarray(0, next + 1);
        if (message.toString('latin1').trim()) yield { raw: unescape(message), end: pendingStart + next + 1 };
        pending = pending.subarray(next + 1);
        pendingStart += next + 1;
        searchFrom = 1;
      }
      if (atEnd) {
        if (pending.toString('latin1').trim()) yield { raw: unescape(pending), end: pendingStart + pending.length };
        return;
      }
    }
  } finally {
    await file.close();
  }
}

/** Drops the "From " envelope line and one ">" of every escaped ">From " line. */
function unescape(message: Buffer): Buffer {
  const text = message.toString('latin1');
  const body = text.startsWith('From ') ? text.slice(text.indexOf('\n') + 1) : text;
  return Buffer.from(body.replace(/^>(>*From )/gm, '$1'), 'latin1');
}
