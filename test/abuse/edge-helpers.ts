import WebSocket from 'ws';
import type { TestServer } from '../support/server.ts';

/** A raw graphql-transport-ws socket, for what the graphql-ws client would never send. */
/** A socket that has not sent connection_init; `localAddress` (a loopback address) stands for another client machine. */
export function rawSocket(server: TestServer, localAddress?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', localAddress ? { localAddress } : {});
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

export function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve({ code: -1, reason: 'already closed' });
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

export function nextMessage(socket: WebSocket): Promise<{ type: string; id?: string; payload?: any }> {
  return new Promise((resolve, reject) => {
    socket.once('message', (data) => resolve(JSON.parse(String(data))));
    socket.once('close', (code) => reject(new Error(`closed with ${code}`)));
  });
}

/** An acknowledged raw socket for this token. */
export async function signedInSocket(server: TestServer, token: string, localAddress?: string): Promise<WebSocket> {
  const socket = await rawSocket(server, localAddress);
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  const ack = await nextMessage(socket);
  if (ack.type !== 'connection_ack') throw new Error(`expected connection_ack, got ${ack.type}`);
  return socket;
}

/** One Prometheus sample's value, or null when the series is absent. */
export async function metric(server: TestServer, series: string, headers: Record<string, string> = {}): Promise<number | null> {
  const text = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'), { headers })).text();
  const escaped = series.replace(/[{}"=]/g, (c) => `\\${c}`);
  const match = new RegExp(`^${escaped} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : null;
}

/** Polls until the check passes, at most `tries` times (closes and releases happen after the client's side). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, tries = 100): Promise<T> {
  let value = await read();
  for (let i = 0; i < tries && !accept(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

export async function stillAnswers(server: TestServer, token: string): Promise<boolean> {
  const health = await fetch(server.url.replace(/\/graphql$/, '/healthz'));
  const viewer = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
  });
  const body = (await viewer.json()) as { data?: { viewer?: { id?: string } } };
  return health.status === 200 && typeof body.data?.viewer?.id === 'string';
}
