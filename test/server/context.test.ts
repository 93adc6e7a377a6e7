import { describe, expect, it, vi } from 'vitest';
import type { Config } from '../../src/config.ts';
import { createContextFactory, type Context, type InitialContext } from '../../src/context.ts';
import type { EntityManager, MikroORM } from '../../src/db/orm.ts';
import type { Logger } from '../../src/logger.ts';
import type { UserRow } from '../../src/modules/users/user.entity.ts';
import type { ViewerCache } from '../../src/modules/users/viewer-cache.ts';
import type { PubSub } from '../../src/schema/pubsub.ts';

/** An ORM whose forks are counted (a fork is a plain object standing for an EntityManager). */
function countingOrm() {
  const forks: object[] = [];
  const root = {
    fork: vi.fn(() => {
      const em = { fork: root.fork, getReference: vi.fn() };
      forks.push(em);
      return em;
    }),
  };
  return { orm: { em: root } as unknown as MikroORM, root, forks };
}

const viewer = { id: 'user-1' } as UserRow;
function viewerCache(): ViewerCache & { loadedWith: unknown[] } {
  const loadedWith: unknown[] = [];
  return {
    loadedWith,
    verify: async () => ({ userId: viewer.id, expiresAt: Date.now() + 60_000 }),
    load: async (em: EntityManager) => {
      loadedWith.push(em);
      return viewer;
    },
    clear: () => undefined,
  } as unknown as ViewerCache & { loadedWith: unknown[] };
}

/** What yoga does with the factory: the returned fields are assigned into the initial context object. */
async function buildContext(factory: ReturnType<typeof createContextFactory>, initial: InitialContext): Promise<Context> {
  Object.assign(initial, await factory(initial));
  return initial as unknown as Context;
}

function factoryWith(orm: MikroORM, viewers: ViewerCache) {
  return createContextFactory({ orm, pubsub: {} as PubSub, config: {} as Config, log: {} as Logger, viewers });
}

describe('the context of an operation', () => {
  it('forks its EntityManager only when something reads it, once, and lets it be replaced', async () => {
    const { orm, forks } = countingOrm();
    const viewers = viewerCache();
    const request = new Request('http://localhost/graphql', { headers: { authorization: 'Bearer t' } });
    const context = await buildContext(factoryWith(orm, viewers), { request });
    expect(context.viewer).toBe(viewer);
    // A viewer from the cache and no rows asked for: no fork at all (the cache reads a miss through the root, as a plain row).
    expect(forks).toHaveLength(0);
    expect(viewers.loadedWith).toEqual([orm.em]);
    const em = context.em;
    expect(forks).toEqual([em]);
    expect(context.em).toBe(em);
    expect(forks).toHaveLength(1);
    const other = {} as EntityManager;
    Object.assign(context, { em: other });
    expect(context.em).toBe(other);
    expect(forks).toHaveLength(1);
  });

  it('loads a WebSocket operation\'s viewer fresh into the operation\'s own EntityManager', async () => {
    const { orm, forks } = countingOrm();
    const viewers = viewerCache();
    const context = await buildContext(factoryWith(orm, viewers), { connectionParams: { authorization: 'Bearer t' } });
    expect(forks).toHaveLength(1);
    expect(viewers.loadedWith).toEqual([context.em]);
  });
});
