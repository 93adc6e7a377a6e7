import { parse, type ExecutionResult } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useSubscriptionBookkeeping } from '../../src/server/subscription-bookkeeping.ts';
import { SubscriptionPlaces } from '../../src/server/subscription-limits.ts';

/**
 * The accounts of a subscription, whichever way it goes: a place taken before it starts, given back
 * exactly once when it is refused, fails, or ends; the gauge moved only for one that streamed. Runs the
 * plugin in a bare yoga's envelop (no database, no socket); the server's transports are covered by
 * test/abuse/websocket.test.ts and test/api/subscriptions.test.ts.
 */
const MAX = 3;

/** Who subscribes (`user`); the source yields `ticks` events, then idles, or throws when `fail`; `refuse`: an error result instead. */
interface Source {
  user: string;
  ticks?: number;
  fail?: boolean;
  refuse?: boolean;
}

async function* ticks(count: number, fail: boolean) {
  for (let i = 0; i < count; i++) yield { tick: i };
  if (fail) throw new Error('the source failed');
  await new Promise(() => undefined); // then idle, as a real subscription is between events
}

function setUp(options: { throwOnSubscribe?: boolean } = {}) {
  const places = new SubscriptionPlaces(MAX);
  const contexts: { viewer: object; em: object }[] = [];
  const gauge = { value: 0, events: [] as string[] };
  const metrics = {
    subscriptionStarted: () => void gauge.value++,
    subscriptionEnded: () => void gauge.value--,
    subscriptionEvent: (field: string) => void gauge.events.push(field),
  };
  const yoga = createYoga<{ connectionParams: Source }>({
    schema: createSchema({
      typeDefs: 'type Query { ok: Boolean } type Subscription { tick: Int! }',
      resolvers: {
        Subscription: {
          tick: {
            subscribe: (_root: unknown, _args: unknown, ctx: { connectionParams: Source }) => {
              // Thrown by a field's subscribe, this becomes an error result, not a stream.
              if (ctx.connectionParams.refuse) throw new Error('refused by the resolver');
              return ticks(ctx.connectionParams.ticks ?? 0, ctx.connectionParams.fail ?? false);
            },
          },
        },
      },
    }),
    context: ({ connectionParams }) => ({ viewer: { id: connectionParams.user, name: 'a loaded entity' }, em: { an: 'EntityManager' } }),
    logging: false,
    plugins: [
      Boolean(options.throwOnSubscribe) && {
        onSubscribe: ({ setSubscribeFn }: { setSubscribeFn(fn: () => never): void }) =>
          setSubscribeFn(() => {
            throw new Error('subscribe threw');
          }),
      },
      useSubscriptionBookkeeping({ places, metrics }),
    ],
  });
  async function subscribe(connectionParams: Source) {
    const { schema, subscribe: run, contextFactory } = yoga.getEnveloped({ connectionParams });
    const contextValue = await contextFactory();
    contexts.push(contextValue as unknown as (typeof contexts)[number]);
    return run({ schema, document: parse('subscription { tick }'), contextValue }) as Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>>;
  }
  return { places, gauge, subscribe, contexts };
}

const streams = (result: unknown): result is AsyncIterableIterator<ExecutionResult> => typeof result === 'object' && result !== null && Symbol.asyncIterator in result;

describe('subscription bookkeeping', () => {
  it('holds a place and the gauge while a subscription runs, and gives both back once when it ends', async () => {
    const { places, gauge, subscribe } = setUp();
    const result = await subscribe({ user: 'u1', ticks: 2 });
    if (!streams(result)) throw new Error('expected a stream');
    expect(places.runningFor('u1')).toBe(1);
    expect(gauge.value).toBe(1);
    expect((await result.next()).value).toEqual({ data: { tick: 0 } });
    expect((await result.next()).value).toEqual({ data: { tick: 1 } });
    expect(gauge.events).toEqual(['tick', 'tick']);
    await result.return?.();
    await result.return?.();
    expect(places.runningFor('u1')).toBe(0);
    expect(gauge.value).toBe(0);
  });

  it('keeps only the viewer id in the context once streaming and after each event (schema/subscription-event.ts)', async () => {
    const { subscribe, contexts } = setUp();
    const result = await subscribe({ user: 'u6', ticks: 1 });
    if (!streams(result)) throw new Error('expected a stream');
    expect(contexts[0]!.viewer).toEqual({ id: 'u6' });
    expect(() => (contexts[0]!.em as { an?: string }).an).toThrow('no EntityManager between events');
    contexts[0]!.em = { an: 'EntityManager of the event' };
    await result.next();
    expect(() => (contexts[0]!.em as { an?: string }).an).toThrow('no EntityManager between events');
    await result.return?.();
  });

  it('refuses a subscription over the limit with TOO_MANY_SUBSCRIPTIONS, even in a burst, and takes no place for it', async () => {
    const { places, gauge, subscribe } = setUp();
    const burst = await Promise.all(Array.from({ length: MAX + 2 }, () => subscribe({ user: 'u2' })));
    const running = burst.filter(streams);
    const refused = burst.filter((result) => !streams(result)) as ExecutionResult[];
    expect(running).toHaveLength(MAX);
    expect(refused.map((result) => result.errors?.[0]?.extensions)).toEqual([
      { code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'user', limit: MAX },
      { code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'user', limit: MAX },
    ]);
    expect(places.runningFor('u2')).toBe(MAX);
    expect(gauge.value).toBe(MAX);
    // Another user is not affected; ending one frees a place for the next.
    expect(streams(await subscribe({ user: 'someone else' }))).toBe(true);
    await running[0]!.return?.();
    expect(streams(await subscribe({ user: 'u2' }))).toBe(true);
    expect(places.runningFor('u2')).toBe(MAX);
  });

  it('gives the place back when the subscription is answered with an error instead of a stream; the gauge never moves', async () => {
    const { places, gauge, subscribe } = setUp();
    const result = await subscribe({ user: 'u3', refuse: true });
    expect(streams(result)).toBe(false);
    expect((result as ExecutionResult).errors?.[0]?.message).toBeTruthy();
    expect(places.runningFor('u3')).toBe(0);
    expect(gauge.value).toBe(0);
  });

  it('gives the place back when subscribing throws', async () => {
    const { places, gauge, subscribe } = setUp({ throwOnSubscribe: true });
    await expect(subscribe({ user: 'u4' })).rejects.toThrow('subscribe threw');
    expect(places.runningFor('u4')).toBe(0);
    expect(gauge.value).toBe(0);
  });

  it('gives the place and the gauge back when the source fails', async () => {
    const { places, gauge, subscribe } = setUp();
    const result = await subscribe({ user: 'u5', ticks: 1, fail: true });
    if (!streams(result)) throw new Error('expected a stream');
    await result.next();
    await expect(result.next()).rejects.toThrow();
    expect(places.runningFor('u5')).toBe(0);
    expect(gauge.value).toBe(0);
  });
});
