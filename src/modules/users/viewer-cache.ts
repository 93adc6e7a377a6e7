import type { EntityData } from '@mikro-orm/core';
import type { EntityManager } from '../../db/orm.ts';
import { verifyUserToken, type TokenCheck } from './auth.ts';
import { UserSchema, type User } from './user.entity.ts';

/**
 * How long an instance trusts that a user it has loaded still exists. A user deleted in the database
 * (by any instance, or by hand) is refused by every instance within this time; see docs/decisions.md.
 */
export const VIEWER_CACHE_MS = 2_000;
/** Entries of each map; the oldest goes first when full, so memory stays bounded whatever tokens arrive. */
export const VIEWER_CACHE_ENTRIES = 10_000;

export interface ViewerCacheOptions {
  jwtSecret: string;
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * Who is asking, without an HMAC and a database round trip on every operation: a verified token is
 * remembered until it expires (its signature cannot change), a loaded user for VIEWER_CACHE_MS.
 * Per process: each instance holds its own, so nothing needs invalidating across instances but time.
 */
export function createViewerCache({ jwtSecret, ttlMs = VIEWER_CACHE_MS, maxEntries = VIEWER_CACHE_ENTRIES, now = Date.now }: ViewerCacheOptions) {
  const tokens = new Map<string, { userId: string; expiresAt: number }>();
  const users = new Map<string, { data: EntityData<User>; until: number }>();
  const lookups = new Map<string, Promise<EntityData<User> | null>>();

  const remember = <V>(map: Map<string, V>, key: string, value: V) => {
    map.delete(key);
    if (map.size >= maxEntries) map.delete(map.keys().next().value!);
    map.set(key, value);
  };

  return {
    /** verifyUserToken, answered from memory for a token already verified and not yet expired. */
    async verify(token: string): Promise<TokenCheck> {
      const known = tokens.get(token);
      if (known && known.expiresAt > now()) return known;
      if (known) tokens.delete(token);
      const check = await verifyUserToken(jwtSecret, token);
      if ('userId' in check) remember(tokens, token, check);
      return check;
    },

    /**
     * The user as a managed entity of `em` (so it can be assigned to relations), or null when no such
     * user exists. `fresh` skips the cache (a check that must see a deletion at once).
     */
    async load(em: EntityManager, userId: string, { fresh = false } = {}): Promise<User | null> {
      if (!fresh) {
        const known = users.get(userId);
        if (known && known.until > now()) return em.merge(UserSchema, known.data);
        // The operations that arrive together once an entry lapsed share one lookup.
        const inFlight = lookups.get(userId);
        if (inFlight) {
          const data = await inFlight;
          return data ? em.merge(UserSchema, data) : null;
        }
      }
      const lookup = em.findOne(UserSchema, { id: userId });
      const data = lookup.then((user) => {
        if (!user) {
          users.delete(userId);
          return null;
        }
        const loaded: EntityData<User> = { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt };
        remember(users, userId, { data: loaded, until: now() + ttlMs });
        return loaded;
      });
      if (!fresh) {
        lookups.set(userId, data);
        const done = () => lookups.delete(userId);
        data.then(done, done);
      }
      await data;
      return lookup;
    },

    /** Forgets every user (verified tokens stay: their signatures do not change). */
    clear() {
      users.clear();
    },
  };
}

export type ViewerCache = ReturnType<typeof createViewerCache>;
