import { print } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { ApplicationService } from '../../src/modules/applications/application.service.ts';
import { newApplication, newUser } from '../support/factories.ts';
import { waitForRedisPatterns } from '../support/redis-subscribers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ApplicationStatusChangedSubscription, UpdateApplication, ViewerQuery } from './operations.ts';

/**
 * Issue 11: an event reaches its owner's subscriptions only, costs one load per event and user however
 * many tabs (sockets) the user has open, and, through Redis, an instance holds one subscription per
 * topic pattern whatever its sockets. Real graphql-ws clients over real WebSockets.
 */

const TABS = 5;

async function userIdOf(server: TestServer, token: string): Promise<string> {
  const { data } = await server.request(ViewerQuery, {}, token);
  return Buffer.from(data!.viewer.id, 'base64').toString('utf8').split(':')[1]!;
}

/** `count` sockets of one user, each subscribed; resolves once the server listens for all of them. */
async function openTabs(server: TestServer, token: string, count: number) {
  const tabs = Array.from({ length: count }, () => server.wsClient(token).iterate({ query: print(ApplicationStatusChangedSubscription) }));
  const firsts = tabs.map((tab) => tab.next());
  await server.waitForSubscribers(`applicationStatusChanged:${await userIdOf(server, token)}`, count);
  return { tabs, firsts, close: () => Promise.all(tabs.map((tab) => tab.return?.())) };
}

function fanOutBehaviour(start: () => Promise<TestServer>) {
  let server: TestServer;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server?.close());
  afterEach(() => vi.restoreAllMocks());

  it(`a user's ${TABS} tabs all receive the event, loaded once; another user's socket receives nothing`, async () => {
    const alice = (await newUser(server, 'alice-tabs')).token;
    const bob = (await newUser(server, 'bob-tabs')).token;
    const aliceApp = await newApplication(server, alice, { company: 'Tabs Inc' });
    const bobApp = await newApplication(server, bob, { company: 'Elsewhere Ltd' });
    const aliceTabs = await openTabs(server, alice, TABS);
    const bobTab = await openTabs(server, bob, 1);
    const loads = vi.spyOn(ApplicationService.prototype, 'loadStatusEvent');

    await server.request(UpdateApplication, { input: { id: aliceApp.id, status: 'INTERVIEWING' } }, alice);
    const received = await Promise.all(aliceTabs.firsts);
    for (const event of received) {
      expect(event.value?.data?.applicationStatusChanged).toMatchObject({
        application: { id: aliceApp.id, company: 'Tabs Inc', status: 'INTERVIEWING' },
        change: { from: 'APPLIED', to: 'INTERVIEWING' },
      });
    }
    // One change, one event: every tab shows the same StatusChange.
    expect(new Set(received.map((event) => event.value?.data?.applicationStatusChanged.change.id)).size).toBe(1);
    expect(loads).toHaveBeenCalledTimes(1);

    // Bob's stream is ordered: had Alice's event reached him, it would come before his own.
    await server.request(UpdateApplication, { input: { id: bobApp.id, status: 'REJECTED' } }, bob);
    const bobReceived = await bobTab.firsts[0]!;
    expect(bobReceived.value?.data?.applicationStatusChanged.application).toMatchObject({ id: bobApp.id, company: 'Elsewhere Ltd' });
    expect(loads).toHaveBeenCalledTimes(2);

    // The next event is loaded afresh (not the first one's rows), once again for all tabs.
    await server.request(UpdateApplication, { input: { id: aliceApp.id, status: 'OFFER_EXTENDED' } }, alice);
    const second = await Promise.all(aliceTabs.tabs.map((tab) => tab.next()));
    for (const event of second) {
      expect(event.value?.data?.applicationStatusChanged).toMatchObject({
        application: { status: 'OFFER_EXTENDED' },
        change: { from: 'INTERVIEWING', to: 'OFFER_EXTENDED' },
      });
    }
    expect(loads).toHaveBeenCalledTimes(3);
    await aliceTabs.close();
    await bobTab.close();
  });
}

describe('fan-out with the in-process pubsub', () => {
  fanOutBehaviour(() => startTestServer());
});

const redisUrl = inject('redisUrl');

describe.skipIf(!redisUrl)('fan-out through Redis (REDIS_URL)', () => {
  fanOutBehaviour(() => startTestServer({ redisUrl }));

  it('one instance holds one Redis subscription per topic pattern, not one per socket or user', async () => {
    const server = await startTestServer({ redisUrl });
    const probe = new Redis(redisUrl!, { maxRetriesPerRequest: 1 });
    try {
      const users = await Promise.all(Array.from({ length: 20 }, (_, i) => newUser(server, `redis-fan-${i}`)));
      const opened = await Promise.all(users.map((user) => openTabs(server, user.token, 1)));
      const tabbed = await openTabs(server, users[0]!.token, TABS);
      // 25 sockets of 20 users: still three pattern subscriptions and no channel subscription.
      expect(await waitForRedisPatterns(redisUrl!, `${server.redisConnectionName}-subscribe`, 3)).toEqual({ channels: 0, patterns: 3 });
      const channel = `applicationStatusChanged:${await userIdOf(server, users[0]!.token)}`;
      expect(await probe.pubsub('NUMSUB', channel)).toEqual([channel, 0]);

      // And events still reach their owner through the patterns.
      const app = await newApplication(server, users[0]!.token, { company: 'Pattern Co' });
      await server.request(UpdateApplication, { input: { id: app.id, status: 'INTERVIEWING' } }, users[0]!.token);
      for (const event of [opened[0]!.firsts[0]!, ...tabbed.firsts].map((pending) => pending)) {
        expect((await event).value?.data?.applicationStatusChanged.application).toMatchObject({ id: app.id, status: 'INTERVIEWING' });
      }
      await Promise.all([...opened, tabbed].map((tabs) => tabs.close()));
    } finally {
      probe.disconnect();
      await server.close();
    }
  });
});
