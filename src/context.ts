import { isDatabaseUnavailable } from './db/database-unavailable.ts';
import type { EntityManager, MikroORM } from './db/orm.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { bearerToken } from './modules/users/auth.ts';
import { UserSchema, type UserRow } from './modules/users/user.entity.ts';
import { createViewerCache, type ViewerCache } from './modules/users/viewer-cache.ts';
import type { PubSub } from './schema/pubsub.ts';

/** Everything a resolver may use; one factory serves HTTP and WebSocket operations alike. */
export interface Context {
  em: EntityManager;
  /**
   * The signed-in user: a plain row (modules/users/user-row.ts), over HTTP the viewer cache's shared one,
   * or an entity reference while the database is down. Read it, and relate rows to it by `viewer.id`.
   */
  viewer: UserRow | null;
  /** Why `viewer` is null when a token was sent (expired, invalid, unknown user). */
  authError: string | null;
  /** When the token that named `viewer` expires (epoch ms); a subscription ends then. */
  viewerExpiresAt: number | null;
  pubsub: PubSub;
  config: Config;
  log: Logger;
  /** A fresh EntityManager, for work that must not share the request's identity map (subscription events). */
  forkEm(): EntityManager;
  /** Tells the sync scheduler an account is due now (syncMail); absent when no scheduler runs. */
  onAccountDue?: (accountId: string) => void;
}

export interface ContextDependencies {
  orm: MikroORM;
  pubsub: PubSub;
  config: Config;
  log: Logger;
  onAccountDue?: (accountId: string) => void;
  /** Who asked recently (default: one for this factory, see modules/users/viewer-cache.ts). */
  viewers?: ViewerCache;
}

/** What yoga hands the factory: `request` over HTTP, `connectionParams` (and the operation) over graphql-ws. */
export interface InitialContext {
  request?: Request;
  connectionParams?: Record<string, unknown>;
}

/**
 * The Authorization value of an operation: the request's header over HTTP, the connection's
 * `connectionParams.authorization` over WebSocket (checked once more at connect, see server/graphql-ws.ts).
 * Nothing an operation sends can name another user than its connection.
 */
function authorizationOf(initial: InitialContext): string | null {
  if (initial.request) return initial.request.headers.get('authorization');
  const value = initial.connectionParams?.authorization ?? initial.connectionParams?.Authorization;
  return typeof value === 'string' ? value : null;
}

/** Where a context keeps its lazily forked EntityManager, and the function that forks one. */
const FORKED_EM = Symbol('forkedEm');
const FORK_EM = Symbol('forkEm');
interface LazyEmSlots {
  [FORKED_EM]: EntityManager | null;
  [FORK_EM]: () => EntityManager;
}

/**
 * One accessor pair for every context. V8 keeps an object in fast mode when it gains the same
 * accessor functions as the objects before it; a fresh closure pair per context turned every
 * context after the first into a dictionary (832 bytes more for each idle subscription, which
 * keeps its context as long as its socket lives).
 */
const LAZY_EM: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: LazyEmSlots) {
    return (this[FORKED_EM] ??= this[FORK_EM]());
  },
  set(this: LazyEmSlots, value: EntityManager) {
    this[FORKED_EM] = value;
  },
};

/**
 * The factory yoga calls for every operation. It extends `initial` (the object that becomes the
 * operation's context) in place with `em` and returns the rest, which yoga assigns into it.
 *
 * `em` is forked when something first reads it: an operation that needs no rows (classifyEmail, a
 * viewer from the cache) never pays for a fork, which cost more than the rest of this factory. Yoga
 * copies the returned fields with Object.assign, which would read a getter among them: so the getter
 * (with a setter, for code that swaps `em`, see schema/subscription-event.ts) is defined on `initial`.
 */
export function createContextFactory({ orm, pubsub, config, log, onAccountDue, viewers = createViewerCache({ jwtSecret: config.jwtSecret }) }: ContextDependencies) {
  // One function for every context: a subscription keeps its context as long as its socket lives.
  const forkEm = () => orm.em.fork();
  return async (initial: InitialContext): Promise<Omit<Context, 'em'>> => {
    const operation = initial as unknown as LazyEmSlots & { em: EntityManager };
    operation[FORKED_EM] = null;
    operation[FORK_EM] = forkEm;
    Object.defineProperty(operation, 'em', LAZY_EM);
    const header = authorizationOf(initial);
    let viewer: UserRow | null = null;
    let authError: string | null = null;
    let viewerExpiresAt: number | null = null;
    const token = bearerToken(header);
    if (header && !token) authError = 'Authorization must be "Bearer <token>"';
    if (token) {
      const check = await viewers.verify(token);
      if ('error' in check) authError = check.error;
      else {
        viewerExpiresAt = check.expiresAt;
        try {
          // Over WebSocket an operation is a subscription, rare and long-lived: it checks the database itself,
          // so a user deleted since the connection opened is refused at once (see server/graphql-ws.ts).
          // From the cache over HTTP (a miss is one statement through the root, no fork); a fresh check reads through the operation's EntityManager.
          viewer = initial.request ? await viewers.load(orm.em, check.userId) : await viewers.load(operation.em, check.userId, { fresh: true });
          if (!viewer) authError = 'the token names no existing user';
        } catch (error) {
          // Database down: the signature is proof enough for operations that need no data (classifyEmail);
          // anything that loads the viewer answers SERVICE_UNAVAILABLE.
          if (!isDatabaseUnavailable(error)) throw error;
          viewer = operation.em.getReference(UserSchema, check.userId);
        }
      }
    }
    return { viewer, authError, viewerExpiresAt, pubsub, config, log, forkEm, onAccountDue };
  };
}
