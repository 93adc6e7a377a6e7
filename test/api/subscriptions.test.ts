import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { signUserToken } from '../../src/modules/users/auth.ts';
import { newUser } from '../support/factories.ts';
import { waitForRedisPatterns } from '../support/redis-subscribers.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import {
  ApplicationStatusChangedSubscription,
  CreateApplication,
  DeleteApplication,
  StatusChangedWithHistorySubscription,
  UpdateApplication,
  ViewerQuery,
} from './operations.ts';

async function userId(server: TestServer, token: string): Promise<string> {
  const { data } = await server.request(ViewerQuery, {}, token);
  return Buffer.from(data!.viewer.id, 'base64').toString('utf8').split(':')[1]!;
}

/** The database id inside a global id (`base64("Type:uuid")`). */
function uuidOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
}

async function createApplication(server: TestServer, token: string, company: string) {
  const { data } = await server.request(CreateApplication, { input: { company, jobTitle: 'Engineer' } }, token);
  return data!.createApplication.id;
}

describe('applicationStatusChanged over graphql-ws', () => {
  let server: TestServer;
  // Each test has its own users, so no listener or row left by another test can satisfy its waits.
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    server = await startTestServer();
  });
  beforeEach(async () => {
    alice = (await newUser(server, 'alice')).token;
    bob = (await newUser(server, 'bob')).token;
  });
  afterAll(() => server?.close());

  it('delivers a change to its owner only, after it is committed', async () => {
    const aliceApp = await createApplication(server, alice, 'Acme');
    const bobApp = await createApplication(server, bob, 'Globex');
    const aliceEvents = server.wsClient(alice).iterate({ query: printed(ApplicationStatusChangedSubscription) });
    const bobEvents = server.wsClient(bob).iterate({ query: printed(ApplicationStatusChangedSubscription) });
    const aliceNext = aliceEvents.next();
    const bobNext = bobEvents.next();
    await server.waitForSubscribers(`applicationStatusChanged:${await userId(server, alice)}`, 1);
    await server.waitForSubscribers(`applicationStatusChanged:${await userId(server, bob)}`, 1);

    await server.request(UpdateApplication, { input: { id: aliceApp, status: 'INTERVIEWING' } }, alice);
    const received = await aliceNext;
    expect(received.value?.data?.applicationStatusChanged).toMatchObject({
      application: { id: aliceApp, company: 'Acme', status: 'INTERVIEWING' },
      change: { from: 'APPLIED', to: 'INTERVIEWING', cause: 'MANUAL' },
    });

    // Bob's stream is ordered: if Alice's event had reached him, it would come before his own.
    await server.request(UpdateApplication, { input: { id: bobApp, status: 'REJECTED' } }, bob);
    const bobReceived = await bobNext;
    expect(bobReceived.value?.data?.applicationStatusChanged).toMatchObject({
      application: { id: bobApp, company: 'Globex' },
      change: { to: 'REJECTED' },
    });
    expect(JSON.stringify(bobReceived.value)).not.toContain('Acme');
    await aliceEvents.return?.();
    await bobEvents.return?.();
  });

  it('shows the rows as they are at each event, not as first loaded', async () => {
    const app = await createApplication(server, alice, 'Initech');
    const events = server.wsClient(alice).iterate({ query: printed(ApplicationStatusChangedSubscription) });
    const first = events.next();
    await server.waitForSubscribers(`applicationStatusChanged:${await userId(server, alice)}`, 1);
    await server.request(UpdateApplication, { input: { id: app, status: 'INTERVIEWING' } }, alice);
    expect((await first).value?.data?.applicationStatusChanged.application.status).toBe('INTERVIEWING');
    await server.request(UpdateApplication, { input: { id: app, status: 'OFFER_EXTENDED' } }, alice);
    const second = await events.next();
    expect(second.value?.data?.applicationStatusChanged.application.status).toBe('OFFER_EXTENDED');
    expect(second.value?.data?.applicationStatusChanged.change).toMatchObject({ from: 'INTERVIEWING', to: 'OFFER_EXTENDED' });
    await events.return?.();
  });

  it('loads each event afresh, history included (no cache kept from the previous event)', async () => {
    const app = await createApplication(server, alice, 'Hooli');
    const events = server.wsClient(alice).iterate({ query: printed(StatusChangedWithHistorySubscription) });
    const first = events.next();
    await server.waitForSubscribers(`applicationStatusChanged:${await userId(server, alice)}`, 1);
    await server.request(UpdateApplication, { input: { id: app, status: 'INTERVIEWING' } }, alice);
    expect((await first).value?.data?.applicationStatusChanged.application.statusHistory.map((h: { to: string }) => h.to)).toEqual(['APPLIED', 'INTERVIEWING']);
    await server.request(UpdateApplication, { input: { id: app, status: 'REJECTED' } }, alice);
    const second = await events.next();
    expect(second.value?.data?.applicationStatusChanged.application).toMatchObject({
      status: 'REJECTED',
      statusHistory: [{ to: 'APPLIED' }, { to: 'INTERVIEWING' }, { to: 'REJECTED' }],
    });
    await events.return?.();
  });

  it("answers NOT_FOUND for an event whose application is gone or is not the subscriber's, and shows none of it", async () => {
    const app = await createApplication(server, alice, 'Soylent');
    const bobApp = await createApplication(server, bob, 'Tyrell');
    const aliceId = await userId(server, alice);
    const events = server.wsClient(alice).iterate({ query: printed(ApplicationStatusChangedSubscription) });
    const first = events.next();
    await server.waitForSubscribers(`applicationStatusChanged:${aliceId}`, 1);
    await server.request(UpdateApplication, { input: { id: app, status: 'INTERVIEWING' } }, alice);
    await server.request(UpdateApplication, { input: { id: bobApp, status: 'REJECTED' } }, bob);
    const delivered = (await first).value?.data?.applicationStatusChanged;
    expect(delivered?.application.id).toBe(app);

    // The event delivered again (at least once) after the application was deleted, then an event on
    // Alice's channel naming Bob's rows: both through the outbox and its relay, as any event goes.
    await server.request(DeleteApplication, { id: app }, alice);
    const em = server.database.orm.em.fork();
    const changeOf = async (globalId: string) => {
      const [row] = await em.execute<{ id: string }[]>(`select id from status_changes where application_id = ? order by sequence desc limit 1`, [uuidOf(globalId)]);
      return row?.id ?? randomUUID();
    };
    for (const payload of [
      { applicationId: uuidOf(app), statusChangeId: uuidOf(delivered!.change.id) },
      { applicationId: uuidOf(bobApp), statusChangeId: await changeOf(bobApp) },
    ]) {
      await em.execute(`insert into outbox_events (topic, user_id, payload, created_at) values ('applicationStatusChanged', ?, ?::jsonb, now())`, [aliceId, JSON.stringify(payload)]);
      const next = await events.next();
      expect(next.value?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(next.value?.data).toBeNull();
      expect(JSON.stringify(next.value)).not.toMatch(/Tyrell|Soylent/);
    }
    await events.return?.();
  });

  it("serves GraphiQL's way too: server-sent events over HTTP, authenticated by its Headers tab", async () => {
    const carol = await server.tokenFor('carol-sse@example.com');
    const app = await createApplication(server, carol, 'Vandelay');
    const controller = new AbortController();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${carol}` },
      body: JSON.stringify({ query: printed(ApplicationStatusChangedSubscription) }),
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    await server.waitForSubscribers(`applicationStatusChanged:${await userId(server, carol)}`, 1);
    await server.request(UpdateApplication, { input: { id: app, status: 'REJECTED' } }, carol);
    let received = '';
    while (!received.includes('"applicationStatusChanged"')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += value;
    }
    const event = JSON.parse(/^data: (.+)$/m.exec(received.slice(received.indexOf('event: next')))![1]!);
    expect(event.data.applicationStatusChanged.application).toMatchObject({ id: app, status: 'REJECTED' });
    controller.abort();
  });

  it('ends a server-sent-events subscription with an UNAUTHENTICATED event when its token expires, as a WebSocket closes with 4401', async () => {
    const token = await server.tokenFor(`sse-expiry-${Date.now()}@example.com`);
    const short = await signUserToken(server.config.jwtSecret, await userId(server, token), '2s');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${short}` },
      body: JSON.stringify({ query: printed(ApplicationStatusChangedSubscription) }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    // The server ends the stream (done) after the error; the test's own timeout bounds the wait.
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += chunk.value;
    const events = [...received.matchAll(/^event: (\w+)\ndata: ?(.*)$/gm)].map(([, type, data]) => ({ type, data: data ?? '' }));
    const next = events.find((event) => event.type === 'next');
    expect(JSON.parse(next!.data)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(JSON.parse(next!.data).errors[0].message).toContain('expired');
    expect(events.at(-1)?.type).toBe('complete');
  });

  it.each([
    ['no token', null, 4401],
    ['a bad token', 'nonsense', 4403],
  ])('with %s the connection is closed before any operation runs', async (_name, token, code) => {
    const events = server.wsClient(token).iterate({ query: printed(ApplicationStatusChangedSubscription) });
    const closed = await events.next().then(
      () => null,
      (error: unknown) => error as { code?: number },
    );
    expect(closed?.code).toBe(code);
  });
});

const redisUrl = inject('redisUrl');

describe.skipIf(!redisUrl)('across two server instances through Redis (REDIS_URL)', () => {
  let database: TestDatabase;
  let first: TestServer;
  let second: TestServer;
  const jwtSecret = 'a-shared-secret-for-both-instances-of-this-test';

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await startTestServer({ database, redisUrl, jwtSecret });
    second = await startTestServer({ database, redisUrl, jwtSecret });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('an event published on one instance reaches a client of the other, and only its owner', async () => {
    const carol = (await newUser(first, 'carol')).token;
    const dave = (await newUser(first, 'dave')).token;
    const app = await createApplication(first, carol, 'Umbrella');
    const daveApp = await createApplication(first, dave, 'Cyberdyne');
    const carolEvents = second.wsClient(carol).iterate({ query: printed(ApplicationStatusChangedSubscription) });
    const daveEvents = second.wsClient(dave).iterate({ query: printed(ApplicationStatusChangedSubscription) });
    const carolNext = carolEvents.next();
    const daveNext = daveEvents.next();
    await second.waitForSubscribers(`applicationStatusChanged:${await userId(second, carol)}`, 1);
    await second.waitForSubscribers(`applicationStatusChanged:${await userId(second, dave)}`, 1);
    // Redis drops what nobody hears yet: wait until the receiving instance's pattern subscriptions have landed.
    expect(await waitForRedisPatterns(redisUrl!, `${second.redisConnectionName}-subscribe`, 3)).toEqual({ channels: 0, patterns: 3 });

    await first.request(UpdateApplication, { input: { id: app, status: 'INTERVIEWING' } }, carol);
    const received = await carolNext;
    expect(received.value?.data?.applicationStatusChanged).toMatchObject({
      application: { id: app, status: 'INTERVIEWING' },
      change: { to: 'INTERVIEWING', cause: 'MANUAL' },
    });

    await first.request(UpdateApplication, { input: { id: daveApp, status: 'REJECTED' } }, dave);
    expect((await daveNext).value?.data?.applicationStatusChanged.application.id).toBe(daveApp);
    await carolEvents.return?.();
    await daveEvents.return?.();
  });
});

function printed(document: Parameters<typeof print>[0]): string {
  return print(document);
}
