import type { EntityManager } from '../../db/orm.ts';
import { verifyUserToken, type TokenCheck } from './auth.ts';
import type { UserRow } from './user.entity.ts';
import { loadUserRow } from './user-row.ts';

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
  const users = new Map<string, { user: UserRow; until: number }>();
  const lookups = new Map<string, Promise<UserRow | null>>();

  const remember = <V>(map: Map<string, V>, key: string, value: V) => {
    map.delete(key);
    if (map.size >= maxEntries) map.delete(map.keys().next().value!);
    map.set(key, value);
  };
  /** Users are remembered in time order with one lifetime: the lapsed ones are at the front, and go as new ones come. */
  const forgetLapsed = () => {
    const at = now();
    for (const [userId, entry] of users) {
      if (entry.until > at) break;
      users.delete(userId);
    }
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
     * The user as a plain row (user-row.ts), or null when no such user exists; read through `em`.
     * From memory it is one shared, read-only row, so no per-operation work is spent on it: code
     * that relates a row to the viewer passes `viewer.id`. `fresh` skips the cache (a check that
     * must see a deletion at once).
     */
    async load(em: EntityManager, userId: string, { fresh = false } = {}): Promise<UserRow | null> {
      if (fresh) return loadUserRow(em, userId);
      const known = users.get(userId);
      if (known && known.until > now()) return known.user;
      // The operations that arrive together once an entry lapsed share one lookup.
      let lookup = lookups.get(userId);
      if (!lookup) {
        lookup = loadUserRow(em, userId).then((user) => {
          forgetLapsed();
          if (user) remember(users, userId, { user, until: now() + ttlMs });
          else users.delete(userId);
          return user;
        });
        lookups.set(userId, lookup);
        const done = () => lookups.delete(userId);
        lookup.then(done, done);
      }
      return lookup;
    },

    /** How many users are remembered (lapsed ones included until they are swept). */
    get rememberedUsers(): number {
      return users.size;
    },

    /** Forgets every user (verified tokens stay: their signatures do not change). */
    clear() {
      users.clear();
    },
  };
}

export type ViewerCache = ReturnType<typeof createViewerCache>;
