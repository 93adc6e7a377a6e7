import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Small shared pieces of the loopback emulators: a server on a free port, bodies, faults. */

export type Fault =
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'timeout' }
  | { kind: 'reset' };

/** Faults queued for the next calls of one operation (or of every operation with '*'). */
export class FaultQueue {
  private readonly queued: { operation: string; fault: Fault; remaining: number }[] = [];

  add(operation: string, fault: Fault, count = 1): void {
    this.queued.push({ operation, fault, remaining: count });
  }

  clear(): void {
    this.queued.length = 0;
  }

  take(operation: string): Fault | null {
    const entry = this.queued.find((q) => q.remaining > 0 && (q.operation === operation || q.operation === '*'));
    if (!entry) return null;
    entry.remaining -= 1;
    return entry.fault;
  }
}

export interface LoopbackServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Starts `handler` on a free 127.0.0.1 port; close() also drops hung (timed-out) requests. */
export async function listenOnLoopback(
  handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 500, message: String(error) } });
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req));
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location });
  res.end();
}

/** Plays a fault; returns true when the request has been answered (or deliberately never will be). */
export function playFault(fault: Fault, res: ServerResponse, errorBody: (status: number) => unknown): true {
  if (fault.kind === 'reset') {
    res.socket?.destroy();
    return true;
  }
  if (fault.kind === 'timeout') return true; // never answered; close() drops the socket
  const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
  sendJson(res, fault.status, errorBody(fault.status), headers);
  return true;
}

export function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}
