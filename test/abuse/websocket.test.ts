import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUserToken } from '../../src/modules/users/auth.ts';
import { UserSchema } from '../../src/modules/users/user.entity.ts';
import {
  MAX_SUBSCRIPTIONS_PER_CONNECTION,
  MAX_SUBSCRIPTIONS_PER_USER,
  MAX_WS_CONNECTIONS_PER_ADDRESS,
  MAX_WS_CONNECTIONS_PER_USER,
  MAX_WS_PAYLOAD_BYTES,
} from '../../src/server/limits.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { closeOf, eventually, metric, rawSocket, signedInSocket, stillAnswers } from './edge-helpers.ts';

const SUBSCRIPTION = 'subscription { applicationStatusChanged { change { id } } }';
let server: TestServer;
let users = 0;
/** A user of this test alone: its connections and subscriptions count against nobody else's limits. */
const newUser = () => server.tokenFor(`ws-abuse-${++users}-${randomUUID()}@example.com`);

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

function subscribe(socket: WebSocket, id: string, query = SUBSCRIPTION) {
  socket.send(JSON.stringify({ type: 'subscribe', id, payload: { query } }));
}

/** The first message answering operation `id` (other operations' messages are skipped). */
function answerTo(socket: WebSocket, id: string): Promise<{ type: string; payload?: any }> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data));
      if (message.id !== id) return;
      socket.off('message', onMessage);
      resolve(message);
    };
    socket.on('message', onMessage);
    socket.once('close', (code) => reject(new Error(`closed with ${code}`)));
  });
}

describe('item 1: an unauthenticated WebSocket cannot hold memory', () => {
  it.each([
    ['no token', {}, 4401],
    ['an empty authorization', { authorization: '' }, 4401],
    ['a token that is not a bearer token', { authorization: 'Basic abc' }, 4403],
    ['a forged token', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' }, 4403],
  ])('with %s, connection_init closes the socket (%s)', async (_name, params, code) => {
    const socket = await rawSocket(server);
    const answers: string[] = [];
    socket.on('message', (data) => answers.push(String(data)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: params }));
    const closed = await closeOf(socket);
    expect(closed.code).toBe(code);
    expect(answers).toEqual([]);
  });

  it('an operation sent before the connection is acknowledged is never run: the socket closes', async () => {
    const socket = await rawSocket(server);
    const answers: string[] = [];
    socket.on('message', (data) => answers.push(String(data)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer forged' } }));
    socket.send(JSON.stringify({ type: 'subscribe', id: 'early', payload: { query: '{ viewer { id } }' } }));
    expect([4401, 4403]).toContain((await closeOf(socket)).code);
    expect(answers).toEqual([]);
  });

  it('a token of a user that does not exist (any more) is 4403; an expired one is 4401', async () => {
    const ghost = await signUserToken(server.config.jwtSecret, randomUUID());
    const expired = await signUserToken(server.config.jwtSecret, randomUUID(), '-1s');
    for (const [token, code] of [
      [ghost, 4403],
      [expired, 4401],
    ] as const) {
      const socket = await rawSocket(server);
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      expect((await closeOf(socket)).code).toBe(code);
    }
  });

  it('a frame larger than the limit closes that socket (1009) before it is buffered whole; the server still answers', async () => {
    const token = await newUser();
    const anonymous = await rawSocket(server);
    anonymous.send(Buffer.alloc(MAX_WS_PAYLOAD_BYTES + 1, 'a'));
    expect((await closeOf(anonymous)).code).toBe(1009);
    const signedIn = await signedInSocket(server, token);
    signedIn.send(JSON.stringify({ type: 'subscribe', id: 'big', payload: { query: `{ viewer { id } } #${'x'.repeat(4 * MAX_WS_PAYLOAD_BYTES)}` } }));
    expect((await closeOf(signedIn)).code).toBe(1009);
    expect(await stillAnswers(server, token)).toBe(true);
  });

  it('a socket that never sends connection_init is closed by the server (4408); one that sent it stays', async () => {
    // Signed in first, so its wait for connection_init would have ended before the silent one's.
    const signedIn = await signedInSocket(server, await newUser());
    const socket = await rawSocket(server);
    expect((await closeOf(socket)).code).toBe(4408);
    expect(signedIn.readyState).toBe(WebSocket.OPEN);
    const answered = answerTo(signedIn, 'still-there');
    subscribe(signedIn, 'still-there', '{ viewer { id } }');
    expect((await answered).type).toBe('next');
    signedIn.close();
  });

  it(`one user holds at most ${MAX_WS_CONNECTIONS_PER_USER} connections; the next is closed with 4429`, async () => {
    const token = await newUser();
    const sockets = [];
    // One user's tabs on two machines and a third, so the per-address cap is not what refuses them.
    const machine = (i: number) => `127.0.3.${1 + (i % 2)}`;
    for (let i = 0; i < MAX_WS_CONNECTIONS_PER_USER; i++) sockets.push(await signedInSocket(server, token, machine(i)));
    const extra = await rawSocket(server, '127.0.3.3');
    extra.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    expect((await closeOf(extra)).code).toBe(4429);
    // A closed connection frees its place.
    sockets[0]!.close();
    await closeOf(sockets[0]!);
    const again = await eventually(
      () => signedInSocket(server, token, '127.0.3.3').then((s) => s, () => null),
      (s) => s !== null,
      20,
    );
    expect(again).not.toBeNull();
    for (const socket of [...sockets, again!]) socket.close();
  });

  it(`one address holds at most ${MAX_WS_CONNECTIONS_PER_ADDRESS} sockets; the next upgrade is refused with HTTP 429`, async () => {
    const sockets = await Promise.all(Array.from({ length: MAX_WS_CONNECTIONS_PER_ADDRESS }, () => rawSocket(server)));
    const refused = await new Promise<number>((resolve) => {
      const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.once('open', () => resolve(101));
      socket.once('error', () => undefined);
    });
    expect(refused).toBe(429);
    for (const socket of sockets) socket.close();
    await Promise.all(sockets.map(closeOf));
  });
});

describe('item 4: subscriptions are capped per connection and per user', () => {
  it(`a connection runs at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION}; the next is refused with TOO_MANY_SUBSCRIPTIONS and the socket stays`, async () => {
    const token = await newUser();
    const socket = await signedInSocket(server, token);
    const answers: any[] = [];
    socket.on('message', (data) => answers.push(JSON.parse(String(data))));
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CONNECTION; i++) subscribe(socket, `s${i}`);
    const refused = answerTo(socket, 'one-too-many');
    subscribe(socket, 'one-too-many');
    const answer = await refused;
    expect(answer.type).toBe('error');
    expect(answer.payload[0].extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'connection', limit: MAX_SUBSCRIPTIONS_PER_CONNECTION });
    // The running ones were not disturbed, and completing one frees a place.
    expect(answers.filter((m) => m.type !== 'connection_ack' && m.id !== 'one-too-many')).toEqual([]);
    socket.send(JSON.stringify({ type: 'complete', id: 's0' }));
    const accepted = answerTo(socket, 'viewer');
    socket.send(JSON.stringify({ type: 'subscribe', id: 'viewer', payload: { query: '{ viewer { id } }' } }));
    expect((await accepted).type).toBe('next');
    socket.close();
  });

  it(`a user runs at most ${MAX_SUBSCRIPTIONS_PER_USER} over all connections`, async () => {
    const token = await newUser();
    const perConnection = MAX_SUBSCRIPTIONS_PER_CONNECTION;
    const sockets: WebSocket[] = [];
    let started = 0;
    while (started < MAX_SUBSCRIPTIONS_PER_USER) {
      const socket = await signedInSocket(server, token);
      sockets.push(socket);
      for (let i = 0; i < perConnection && started < MAX_SUBSCRIPTIONS_PER_USER; i++, started++) subscribe(socket, `s${i}`);
    }
    // Every one of them is listening before the next is tried.
    const userId = decodeJwt(token).sub!;
    await server.waitForSubscribers(`applicationStatusChanged:${userId}`, MAX_SUBSCRIPTIONS_PER_USER);
    const last = await signedInSocket(server, token);
    const refused = answerTo(last, 'over');
    subscribe(last, 'over');
    const answer = await refused;
    expect(answer.type).toBe('next');
    expect(answer.payload.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'user', limit: MAX_SUBSCRIPTIONS_PER_USER });
    // Closing a connection gives its subscriptions' places back.
    sockets[0]!.close();
    await closeOf(sockets[0]!);
    const retried = await eventually(
      async () => {
        const id = `retry-${randomUUID()}`;
        const answered = Promise.race([answerTo(last, id), new Promise((resolve) => setTimeout(() => resolve(null), 300))]);
        subscribe(last, id);
        return { id, answer: await answered };
      },
      ({ answer: a }) => a === null,
      20,
    );
    expect(retried.answer).toBeNull(); // no answer: it is running, waiting for events
    for (const socket of [...sockets, last]) socket.close();
  });
});

describe('item 4b: server-sent events share the per-user limit', () => {
  /** A subscription over server-sent events (GraphiQL's way); abort() ends it. */
  async function sseSubscription(token: string) {
    const controller = new AbortController();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SUBSCRIPTION }),
      signal: controller.signal,
    });
    return { response, abort: () => controller.abort() };
  }

  it(`a place held over server-sent events counts against the ${MAX_SUBSCRIPTIONS_PER_USER}, one over the limit there is refused, and ending it gives its place back`, async () => {
    const token = await newUser();
    const userId = decodeJwt(token).sub!;
    const topic = `applicationStatusChanged:${userId}`;
    const gaugeBefore = (await metric(server, 'graphql_subscriptions_active')) ?? 0;
    const sse = await sseSubscription(token);
    await server.waitForSubscribers(topic, 1);
    const sockets: WebSocket[] = [];
    for (let started = 1; started < MAX_SUBSCRIPTIONS_PER_USER; ) {
      const socket = await signedInSocket(server, token);
      sockets.push(socket);
      for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CONNECTION && started < MAX_SUBSCRIPTIONS_PER_USER; i++, started++) subscribe(socket, `s${i}`);
    }
    await server.waitForSubscribers(topic, MAX_SUBSCRIPTIONS_PER_USER - 1); // besides the one above
    expect(await metric(server, 'graphql_subscriptions_active')).toBe(gaugeBefore + MAX_SUBSCRIPTIONS_PER_USER);
    // Over the limit: over WebSocket, and over server-sent events.
    const last = await signedInSocket(server, token);
    const refused = answerTo(last, 'over');
    subscribe(last, 'over');
    expect((await refused).payload.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'user' });
    const overSse = await sseSubscription(token);
    expect(await overSse.response.text()).toContain('TOO_MANY_SUBSCRIPTIONS');
    // Ending the server-sent events stream gives its place (and its count in the gauge) back.
    sse.abort();
    await eventually(() => metric(server, 'graphql_subscriptions_active'), (v) => v === gaugeBefore + MAX_SUBSCRIPTIONS_PER_USER - 1);
    const again = answerTo(last, 'again');
    subscribe(last, 'again');
    const answered = await Promise.race([again, new Promise((resolve) => setTimeout(() => resolve(null), 300))]);
    expect(answered).toBeNull(); // no answer: it is running, waiting for events
    for (const socket of [...sockets, last]) socket.close();
    expect(await eventually(() => metric(server, 'graphql_subscriptions_active'), (v) => v === gaugeBefore)).toBe(gaugeBefore);
  });
});

describe('item 6: a connection lives as long as its token', () => {
  it('closes with 4401 when the token expires, ending its subscriptions', async () => {
    const token = await newUser();
    const short = await signUserToken(server.config.jwtSecret, decodeJwt(token).sub!, '2s');
    const socket = await signedInSocket(server, short);
    subscribe(socket, 'until-expiry');
    const closed = await closeOf(socket);
    expect(closed).toEqual({ code: 4401, reason: 'Unauthorized: token expired' });
  });

  it('re-checks the user at each operation: a user deleted since connect ends the connection (4403)', async () => {
    const token = await newUser();
    const socket = await signedInSocket(server, token);
    await server.database.orm.em.fork().nativeDelete(UserSchema, { id: decodeJwt(token).sub! });
    const answers: string[] = [];
    socket.on('message', (data) => answers.push(String(data)));
    subscribe(socket, 'after-delete');
    expect(await closeOf(socket)).toEqual({ code: 4403, reason: 'Forbidden: the token names no existing user' });
    expect(answers.join()).not.toContain('"data"');
  });
});

describe('item 11: the connection and subscription gauges do not lie', () => {
  it('graphql_ws_connections counts acknowledged connections only and returns to where it was', async () => {
    const before = (await metric(server, 'graphql_ws_connections')) ?? 0;
    // Refused and timed-out sockets never count, so they cannot push the gauge below zero.
    const refused = await Promise.all(Array.from({ length: 5 }, () => rawSocket(server)));
    for (const socket of refused) socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    const silent = await Promise.all(Array.from({ length: 3 }, () => rawSocket(server)));
    for (const socket of silent) socket.close();
    await Promise.all([...refused, ...silent].map(closeOf));
    await eventually(() => metric(server, 'graphql_ws_connections'), (v) => v !== before, 10);
    expect(await metric(server, 'graphql_ws_connections')).toBe(before);
    const token = await newUser();
    const accepted = [await signedInSocket(server, token), await signedInSocket(server, token)];
    expect(await metric(server, 'graphql_ws_connections')).toBe(before + 2);
    for (const socket of accepted) socket.close();
    expect(await eventually(() => metric(server, 'graphql_ws_connections'), (v) => v === before)).toBe(before);
  });

  it('graphql_subscriptions_active counts running subscriptions, not refused ones', async () => {
    const before = (await metric(server, 'graphql_subscriptions_active')) ?? 0;
    const token = await newUser();
    const socket = await signedInSocket(server, token);
    subscribe(socket, 'running');
    await server.waitForSubscribers(`applicationStatusChanged:${decodeJwt(token).sub}`, 1);
    expect(await metric(server, 'graphql_subscriptions_active')).toBe(before + 1);
    // Refused: without a token (over server-sent events) and with a syntax error.
    const anonymous = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    expect(await anonymous.text()).toContain('UNAUTHENTICATED');
    const broken = answerTo(socket, 'broken');
    subscribe(socket, 'broken', 'subscription { applicationStatusChanged {');
    await broken;
    expect(await metric(server, 'graphql_subscriptions_active')).toBe(before + 1);
    socket.send(JSON.stringify({ type: 'complete', id: 'running' }));
    expect(await eventually(() => metric(server, 'graphql_subscriptions_active'), (v) => v === before)).toBe(before);
    socket.close();
  });
});

describe('item 12: a bad operation fails alone', () => {
  it('a syntax error answers GRAPHQL_PARSE_FAILED for that operation; the socket and its other subscriptions stay', async () => {
    const token = await newUser();
    const socket = await signedInSocket(server, token);
    subscribe(socket, 'good');
    const broken = answerTo(socket, 'broken');
    subscribe(socket, 'broken', 'subscription { applicationStatusChanged {');
    const answer = await broken;
    expect(answer.type).toBe('error');
    expect(answer.payload[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const viewer = answerTo(socket, 'viewer');
    socket.send(JSON.stringify({ type: 'subscribe', id: 'viewer', payload: { query: '{ viewer { id } }' } }));
    expect((await viewer).payload.data.viewer.id).toEqual(expect.any(String));
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });

  it('a query over the token limit is refused as GRAPHQL_VALIDATION_FAILED without closing the socket', async () => {
    const token = await newUser();
    const socket = await signedInSocket(server, token);
    const answer = answerTo(socket, 'huge');
    subscribe(socket, 'huge', `{ ${Array.from({ length: 3000 }, () => 'viewer { id }').join(' ')} }`);
    const refused = await answer;
    expect(refused.payload[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.payload[0].message).toMatch(/^Token limit/);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });
});
