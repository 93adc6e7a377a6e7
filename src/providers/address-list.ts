import { parseAddress } from '../classifier/prepare/parse-address.ts';
import type { EmailAddress } from '../classifier/index.ts';

/** Splits an address header (`a <x@y>, "Doe, B" <b@y>`) at the commas outside quotes and angle brackets. */
export function parseAddressList(header: string | null | undefined): EmailAddress[] {
  if (!header) return [];
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  for (const ch of header.slice(0, 20_000)) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angle++;
    else if (ch === '>' && !quoted) angle = Math.max(0, angle - 1);
    if (ch === ',' && !quoted && angle === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean).map(parseAddress).slice(0, 500);
}

/** `<a@b> <c@d>` → ['a@b', 'c@d']. */
export function parseMessageIds(header: string | null | undefined): string[] {
  if (!header) return [];
  return [...header.matchAll(/<([^<>\s]{1,998})>/g)].map((m) => m[1]!).slice(0, 200);
}

export function stripAngles(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  return (/^<([^<>]*)>$/.exec(trimmed)?.[1] ?? trimmed) || null;
}
