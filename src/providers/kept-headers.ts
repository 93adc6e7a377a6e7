/** Headers the classifier reads (lower case); every provider keeps exactly these. */
export const KEPT_HEADERS: readonly string[] = [
  'list-unsubscribe',
  'list-id',
  'precedence',
  'auto-submitted',
  'x-auto-response-suppress',
  'in-reply-to',
  'references',
  'message-id',
  'reply-to',
];

/** Cuts text to at most `maxBytes` of UTF-8 without splitting a character. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (text.length <= maxBytes / 4) return text;
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  return bytes.subarray(0, maxBytes).toString('utf8').replace(/\uFFFD$/, '');
}
