/**
 * The Gmail cursor the pipeline stores (opaque to it). During a first sync it names the pass and the
 * list page to resume at, and the mailbox historyId taken before the first list call (the anchor):
 * once both passes are done, history from the anchor covers everything that arrived meanwhile.
 */
export type GmailCursor =
  | { v: 1; mode: 'full'; pass: 1 | 2; pageToken: string | null; anchorHistoryId: string }
  | { v: 1; mode: 'history'; historyId: string };

export function encodeGmailCursor(cursor: GmailCursor): string {
  return JSON.stringify(cursor);
}

/** null for a cursor this reader did not write (the sync then starts over: idempotent, no gap). */
export function decodeGmailCursor(value: string | null): GmailCursor | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as GmailCursor;
    if (parsed?.v !== 1) return null;
    if (parsed.mode === 'history' && /^\d{1,30}$/.test(parsed.historyId)) return parsed;
    if (parsed.mode === 'full' && (parsed.pass === 1 || parsed.pass === 2) && /^\d{1,30}$/.test(parsed.anchorHistoryId)) return parsed;
    return null;
  } catch {
    return null;
  }
}
