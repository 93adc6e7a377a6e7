import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** /metrics is open unless METRICS_TOKEN is set; then only `Authorization: Bearer <METRICS_TOKEN>` reads it. */
export function metricsAccessAllowed(req: IncomingMessage, token: string | undefined): boolean {
  if (!token) return true;
  const sent = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
  // Compared as digests: equal length, constant time, whatever the client sent.
  return timingSafeEqual(digest(sent), digest(token));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
