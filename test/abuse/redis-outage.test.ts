import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { OutboxEventSchema } from '../../src/modules/outbox/outbox-event.entity.ts';
import { ApplicationStatusChangedSubscription, UpdateApplication, ViewerQuery } from '../api/operations.ts';
import { newApplication, newUser } from '../support/factories.ts';
import { waitForRedisPatterns } from '../support/redis-subscribers.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** Issue 7, item 5: Redis goes away under a running server (a proxy in front of the real Redis is cut). */

const redisUrl = inject('redisUrl');

/** Polls a condition; each probe is bounded, and so is the number of probes. */
async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, attempts = 150): Promise<T> {
  let value = await probe();
  for (let i = 0; i < attempts && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}

describe.skipIf(!redisUrl)('a Redis outage (REDIS_URL through a proxy that is cut)', () => {
  let proxy: TcpProxy;
  let server: TestServer;
  const readyz = () => fetch(new URL('/readyz', server.url)).then(async (r) => ({ status: r.status, body: (await r.json()) as { reason?: string } }));
  const outboxRows = () => server.database.orm.em.fork().find(OutboxEventSchema, {});

  beforeAll(async () => {
    const target = new URL(redisUrl!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 6379));
    server = await startTestServer({ redisUrl: `redis://127.0.0.1:${proxy.port}` });
    await eventually(readyz, (r) => r.status === 200);
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
  });

  it('keeps serving, reports itself unready, tells subscribers, and delivers the held change once Redis is back', async () => {
    const { token } = await newUser(server);
    const app = await newApplication(server, token, { company: 'Outage Inc' });
    const events = server.wsClient(token).iterate({ query: print(ApplicationStatusChangedSubscription) });
    const first = events.next();
    const [, userId] = Buffer.from((await server.request(ViewerQuery, {}, token)).data!.viewer.id, 'base64').toString('utf8').split(':');
    await server.waitForSubscribers(`applicationStatusChanged:${userId}`, 1);
    expect(await waitForRedisPatterns(redisUrl!, `${server.redisConnectionName}-subscribe`, 3)).toEqual({ channels: 0, patterns: 3 });
    await server.request(UpdateApplication, { input: { id: app.id, status: 'INTERVIEWING' } }, token);
    expect((await first).value?.data?.applicationStatusChanged.change).toMatchObject({ to: 'INTERVIEWING' });

    // ioredis prints (and, without a listener, would treat as unhandled) every failed reconnect.
    const consoleErrors = vi.spyOn(console, 'error');
    await proxy.down();

    // Subscribers are told that live updates are interrupted, and the subscription stays open.
    const notice = await events.next();
    expect(notice.value?.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    const unready = await eventually(readyz, (r) => r.status === 503);
    expect(unready).toEqual({ status: 503, body: { status: 'unavailable', reason: 'pubsub unavailable' } });

    // A change made during the outage commits (the process does not die on the failed publish) …
    const moved = await server.request(UpdateApplication, { input: { id: app.id, status: 'TECHNICAL_ROUND' } }, token);
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateApplication.status).toBe('TECHNICAL_ROUND');
    // … and its event waits in the outbox while publishing fails.
    const held = await eventually(outboxRows, (rows) => rows.some((row) => row.attempts > 0));
    expect(held).toHaveLength(1);
    expect(held[0]!.attempts).toBeGreaterThan(0);
    expect(held[0]!.lastError).toBeTruthy();

    await proxy.up();
    expect(await eventually(readyz, (r) => r.status === 200)).toMatchObject({ status: 200 });
    expect(consoleErrors.mock.calls.filter((args) => String(args[0]).includes('Unhandled error event'))).toEqual([]);
    consoleErrors.mockRestore();

    // The change committed during the outage reaches the subscriber after all, and leaves the outbox.
    const late = await events.next();
    expect(late.value?.data?.applicationStatusChanged).toMatchObject({
      application: { id: app.id, status: 'TECHNICAL_ROUND' },
      change: { from: 'INTERVIEWING', to: 'TECHNICAL_ROUND' },
    });
    expect(await eventually(outboxRows, (rows) => rows.length === 0)).toEqual([]);
    await events.return?.();
  }, 90_000);
});
