import { randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openOrm } from '../../src/db/orm.ts';
import { signUserToken } from '../../src/modules/users/auth.ts';
import { UserSchema } from '../../src/modules/users/user.entity.ts';
import { createViewerCache, VIEWER_CACHE_MS } from '../../src/modules/users/viewer-cache.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ViewerQuery } from './operations.ts';

let database: TestDatabase;
let first: TestServer;
let second: TestServer;
const jwtSecret = randomBytes(32).toString('hex');

beforeAll(async () => {
  database = await createTestDatabase();
  first = await startTestServer({ database, jwtSecret });
  // A second instance with its own connection pool and its own cache, on the same database.
  const secondOrm = await openOrm(database.url, undefined, { migrate: false });
  second = await startTestServer({ database: { url: database.url, orm: secondOrm, drop: () => secondOrm.close(true) }, jwtSecret });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  await database?.drop();
});

/** Asks until the answer is an error, at most `withinMs`; answers the error and when it came. */
async function refusedWithin(server: TestServer, token: string, withinMs: number) {
  const started = Date.now();
  for (;;) {
    const { errors, data } = await server.request(ViewerQuery, {}, token);
    if (errors) return { errors, data, afterMs: Date.now() - started };
    if (Date.now() - started > withinMs) return { errors, data, afterMs: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the viewer of an operation', () => {
  it('a deleted user is refused by every instance within VIEWER_CACHE_MS, and stays refused', async () => {
    const token = await first.tokenFor('leaving@example.com');
    // Both instances have seen the user recently (and cached it).
    for (const server of [first, second]) expect((await server.request(ViewerQuery, {}, token)).data?.viewer.email).toBe('leaving@example.com');

    await database.orm.em.fork().nativeDelete(UserSchema, { id: decodeJwt(token).sub! });

    for (const server of [first, second]) {
      // The bound is VIEWER_CACHE_MS; the rest is room for a slow request on a busy machine.
      const refused = await refusedWithin(server, token, VIEWER_CACHE_MS + 3_000);
      expect(refused.errors?.[0]).toMatchObject({
        message: 'Authentication failed: the token names no existing user',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(refused.data).toBeNull();
    }
    // Never answered from memory again, on either instance.
    for (const server of [first, second]) expect((await server.request(ViewerQuery, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a user the cache has not seen is refused at once', async () => {
    const token = await first.tokenFor('never-asked@example.com');
    await database.orm.em.fork().nativeDelete(UserSchema, { id: decodeJwt(token).sub! });
    expect((await second.request(ViewerQuery, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('createViewerCache', () => {
  it('trusts a loaded user for ttlMs only, then asks the database again', async () => {
    let now = 1_000_000;
    const cache = createViewerCache({ jwtSecret, ttlMs: 2_000, now: () => now });
    const em = database.orm.em.fork();
    const user = em.create(UserSchema, { email: `cache-${randomBytes(4).toString('hex')}@example.com` });
    await em.flush();

    expect((await cache.load(database.orm.em.fork(), user.id))?.id).toBe(user.id);
    await database.orm.em.fork().nativeDelete(UserSchema, { id: user.id });
    now += 1_999;
    const remembered = await cache.load(database.orm.em.fork(), user.id);
    expect(remembered?.email).toBe(user.email); // within the time it trusts what it saw
    now += 1;
    expect(await cache.load(database.orm.em.fork(), user.id)).toBeNull();
    expect(await cache.load(database.orm.em.fork(), user.id, { fresh: false })).toBeNull();
  });

  it('a fresh load never answers from memory', async () => {
    const cache = createViewerCache({ jwtSecret });
    const em = database.orm.em.fork();
    const user = em.create(UserSchema, { email: `fresh-${randomBytes(4).toString('hex')}@example.com` });
    await em.flush();
    await cache.load(database.orm.em.fork(), user.id);
    await database.orm.em.fork().nativeDelete(UserSchema, { id: user.id });
    expect(await cache.load(database.orm.em.fork(), user.id, { fresh: true })).toBeNull();
  });

  it('remembers a verified token only until it expires', async () => {
    const cache = createViewerCache({ jwtSecret });
    const userId = crypto.randomUUID();
    // exp is in whole seconds: 2 s from now leaves at least one second in which the token is valid.
    const token = await signUserToken(jwtSecret, userId, '2s');
    expect(await cache.verify(token)).toMatchObject({ userId });
    await new Promise((resolve) => setTimeout(resolve, decodeJwt(token).exp! * 1000 - Date.now() + 100));
    expect(await cache.verify(token)).toEqual({ error: 'token expired' });
  });

  it('operations arriving together after an entry lapsed share one lookup', async () => {
    let now = 1_000_000;
    const cache = createViewerCache({ jwtSecret, ttlMs: 2_000, now: () => now });
    const em = database.orm.em.fork();
    const user = em.create(UserSchema, { email: `together-${randomBytes(4).toString('hex')}@example.com` });
    await em.flush();
    await cache.load(database.orm.em.fork(), user.id);
    now += 2_000;

    const original = pg.Client.prototype.query;
    let lookups = 0;
    const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
      if (text && /from "users"/.test(text)) lookups++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never);
    try {
      const viewers = await Promise.all(Array.from({ length: 20 }, () => cache.load(database.orm.em.fork(), user.id)));
      // One user row, shared read-only until the entry lapses again.
      expect(new Set(viewers).size).toBe(1);
      expect(viewers[0]?.email).toBe(user.email);
    } finally {
      spy.mockRestore();
    }
    expect(lookups).toBe(1);
  });

  it('lets go of lapsed users as new ones are loaded, not only when full', async () => {
    let now = 1_000_000;
    const cache = createViewerCache({ jwtSecret, ttlMs: 2_000, now: () => now });
    const em = database.orm.em.fork();
    const users = [0, 1, 2, 3].map((i) => em.create(UserSchema, { email: `lapsed-${i}-${randomBytes(4).toString('hex')}@example.com` }));
    await em.flush();
    for (const user of users.slice(0, 3)) await cache.load(database.orm.em.fork(), user.id);
    expect(cache.rememberedUsers).toBe(3);
    now += 2_000;
    await cache.load(database.orm.em.fork(), users[3]!.id);
    expect(cache.rememberedUsers).toBe(1);
  });

  it('holds at most maxEntries users', async () => {
    const cache = createViewerCache({ jwtSecret, maxEntries: 2 });
    const em = database.orm.em.fork();
    const users = [0, 1, 2].map((i) => em.create(UserSchema, { email: `bounded-${i}-${randomBytes(4).toString('hex')}@example.com` }));
    await em.flush();
    for (const user of users) await cache.load(database.orm.em.fork(), user.id);
    await database.orm.em.fork().nativeDelete(UserSchema, { id: { $in: users.map((u) => u.id) } });
    // The first was pushed out by the third: only the last two are still answered from memory.
    expect(await cache.load(database.orm.em.fork(), users[0]!.id)).toBeNull();
    expect((await cache.load(database.orm.em.fork(), users[1]!.id))?.id).toBe(users[1]!.id);
    expect((await cache.load(database.orm.em.fork(), users[2]!.id))?.id).toBe(users[2]!.id);
  });
});
