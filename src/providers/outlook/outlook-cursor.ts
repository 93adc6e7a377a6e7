/**
 * The Outlook cursor: the Graph link to read next, as a path under MICROSOFT_GRAPH_URL. A nextLink
 * resumes the current round; a deltaLink starts the next incremental round.
 */
export interface OutlookCursor {
  v: 1;
  kind: 'next' | 'delta';
  link: string;
}

export function encodeOutlookCursor(cursor: OutlookCursor): string {
  return JSON.stringify(cursor);
}

export function decodeOutlookCursor(value: string | null): OutlookCursor | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as OutlookCursor;
    if (parsed?.v === 1 && (parsed.kind === 'next' || parsed.kind === 'delta') && typeof parsed.link === 'string' && parsed.link.length < 8000) return parsed;
  } catch {
    // not ours: start over (idempotent)
  }
  return null;
}
