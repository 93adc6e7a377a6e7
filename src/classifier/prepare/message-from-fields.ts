/** Builds a ClassifiableMessage from loose fields (the GraphQL dry-run input, a corpus row). */

import type { ClassifiableMessage } from '../classification.types.ts';
import { parseAddress } from './parse-address.ts';

export interface MessageFields {
  /** "Jane Doe <jane@acme.com>" or a bare address. */
  from: string;
  subject: string;
  text?: string | null;
  html?: string | null;
  to?: string[];
  headers?: Record<string, string>;
  calendarParts?: string[];
  date?: Date | null;
}

export function messageFromFields(fields: MessageFields): ClassifiableMessage {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields.headers ?? {})) headers[k.toLowerCase()] = v;
  return {
    from: parseAddress(fields.from),
    to: (fields.to ?? []).map(parseAddress),
    subject: fields.subject,
    text: fields.text ?? null,
    html: fields.html ?? null,
    headers,
    calendarParts: fields.calendarParts ?? [],
    date: fields.date ?? null,
  };
}
