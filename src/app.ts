import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Config } from './config.ts';
import { createContextFactory, type InitialContext } from './context.ts';
import { createOAuthCallbacks } from './http/oauth-callbacks.ts';
import { createWebhooks } from './http/webhooks.ts';
import { logProviderAvailability } from './providers/availability.ts';
import type { MikroORM } from './db/orm.ts';
import type { Logger } from './logger.ts';
import { GRAPHIQL_EXAMPLE } from './graphiql-example.ts';
import { createMetrics } from './metrics.ts';
import { OutboxRelay } from './modules/outbox/outbox-relay.ts';
import { createViewerCache } from './modules/users/viewer-cache.ts';
import { alreadyLogged, createErrorMasker, useValidationErrorCodes } from './schema/error-codes.ts';
import { schema } from './schema/index.ts';
import { useDocumentNestingLimit } from './schema/nesting-limit.ts';
import type { PubSub } from './schema/pubsub.ts';
import { useRequestBodyLimit } from './server/body-limit.ts';
import { corsOptions } from './server/cors.ts';
import { createGraphiQLPage } from './server/graphiql.ts';
import { attachGraphQLWebSocket } from './server/graphql-ws.ts';
import { HTTP_SERVER_OPTIONS, MAX_REQUEST_BODY_BYTES } from './server/limits.ts';
import { useMaxListItems } from './server/list-limits.ts';
import { metricsAccessAllowed } from './server/metrics-access.ts';
import { createRateLimits, refuseOverLimitAddress, useUserRateLimit } from './server/rate-limits.ts';
import { useSubscriptionEndsWithToken } from './server/subscription-expiry.ts';
import { useSubscriptionBookkeeping } from './server/subscription-bookkeeping.ts';
import { SubscriptionPlaces } from './server/subscription-limits.ts';

export interface AppDependencies {
  config: Config;
  orm: MikroORM;
  pubsub: PubSub;
  log: Logger;
  /** Called after an account's nextSyncAt was set to now (connected, push received, syncMail): the scheduler syncs it within moments. */
  onAccountDue?: (accountId: string) => void;
  /** After a Gmail push, mark the account due once more after this delay (default 15 s; see http/webhooks.ts). */
  gmailRecheckMs?: number;
}

export interface App {
  server: Server;
  start(port: number, host?: string): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';
export const MAX_QUERY_DEPTH = 12;
export const MAX_QUERY_ALIASES = 20;
export const MAX_QUERY_TOKENS = 5000;
/** How long a stop waits for requests in flight and WebSockets to finish. */
export const DRAIN_TIMEOUT_MS = 10_000;

/** The HTTP server: GraphQL over HTTP and WebSocket on one path and port, plus health and metrics. */
export function buildApp({ config, orm, pubsub, log, onAccountDue, gmailRecheckMs }: AppDependencies): App {
  const viewers = createViewerCache({ jwtSecret: config.jwtSecret });
  const createContext = createContextFactory({ orm, pubsub, config, log, onAccountDue, viewers });
  const metrics = createMetrics();
  const rateLimits = createRateLimits(config.rateLimits);
  const graphiqlPage = createGraphiQLPage();
  // While the database fails, nothing it would have to confirm is answered from memory (a deleted user, say).
  const maskError = createErrorMasker(log, { onDatabaseUnavailable: () => viewers.clear() });
  const yoga = createYoga<InitialContext & { req?: IncomingMessage; res?: ServerResponse }>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: createContext,
    // GraphiQL's subscriptions use server-sent events: they carry its Headers tab, a WebSocket's connection_init cannot.
    graphiql: config.graphiql ? { title: 'ApplyTrack Mail Sync', defaultQuery: GRAPHIQL_EXAMPLE } : false,
    renderGraphiQL: graphiqlPage.render,
    maskedErrors: { maskError },
    // Bounded by useRequestBodyLimit below: the same answers without a stream per request.
    maxRequestBodySize: false,
    cors: corsOptions(config),
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      // Errors of operations are logged once, by the masker (unexpected ones with their stack);
      // a client's own mistake (bad token, bad input) is not a server error.
      error: (...args) =>
        args[0] instanceof GraphQLError || alreadyLogged(args[0])
          ? log.debug(args.map(String).join(' '))
          : log.error(args.map(String).join(' ')),
    },
    landingPage: false,
    plugins: [
      useRequestBodyLimit(MAX_REQUEST_BODY_BYTES),
      // The schema has cycles (application → statusHistory → application …): bound what one request may ask for.
      maxDepthPlugin({ n: MAX_QUERY_DEPTH, ignoreIntrospection: true }),
      maxAliasesPlugin({ n: MAX_QUERY_ALIASES }),
      maxTokensPlugin({ n: MAX_QUERY_TOKENS }),
      useDocumentNestingLimit(),
      useMaxListItems(),
      useValidationErrorCodes(),
      useUserRateLimit(rateLimits),
      useSubscriptionEndsWithToken(),
      // After the token's end (server-sent events), so that its last event is counted too.
      useSubscriptionBookkeeping({ places: new SubscriptionPlaces(), metrics }),
      metrics.plugin,
      graphiqlPage.plugin,
    ],
  });

  logProviderAvailability(config, log);
  const oauthCallbacks = createOAuthCallbacks({ config, orm, log, onAccountDue });
  const webhooks = createWebhooks({ config, orm, log, onAccountDue, gmailRecheckMs });
  // Requests being answered, so that a stop lets them finish (and closes their connections after) instead of resetting them.
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  // A slow client may not hold a connection open by trickling its request (Node's default allows 300 s).
  const server = createServer(HTTP_SERVER_OPTIONS, async (req, res) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    if (stopping) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (await refuseOverLimitAddress(rateLimits, req, res, config.corsOrigins)) return;
    if (await oauthCallbacks(req, res, path)) return;
    if (await webhooks.handle(req, res, path)) return;
    if (path === '/readyz') {
      // The subscription transport first (its reason names nothing internal), then the database.
      if (!pubsub.readiness().ok) return sendJson(res, 503, { status: 'unavailable', reason: 'pubsub unavailable' });
      const ready = await orm.checkConnection().catch((error: unknown) => ({ ok: false, reason: String(error) }));
      // The reason names internal hosts and ports: it goes to the log, not to an anonymous caller.
      if (!ready.ok) log.warn({ reason: ready.reason }, 'not ready: the database does not answer');
      return sendJson(res, ready.ok ? 200 : 503, { status: ready.ok ? 'ready' : 'unavailable' });
    }
    if (path === '/metrics') {
      if (!metricsAccessAllowed(req, config.metricsToken)) return sendJson(res, 401, { error: 'unauthorized' });
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      return res.end(await metrics.registry.metrics());
    }
    if (path === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH });
      return res.end();
    }
    return yoga.handle(req, res);
  });

  const webSockets = attachGraphQLWebSocket({ server, path: GRAPHQL_PATH, yoga, config, orm, log, metrics, rateLimits, maskError });

  const outboxRelay = new OutboxRelay({ orm, pubsub, log });

  return {
    server,
    async start(port, host) {
      await outboxRelay.start();
      return new Promise<{ port: number; url: string }>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          const actual = typeof address === 'object' && address ? address.port : port;
          resolve({ port: actual, url: `http://localhost:${actual}${GRAPHQL_PATH}` });
        });
      });
    },
    /**
     * Drains: stops accepting, lets requests in flight finish (their connections close after the
     * answer), closes WebSockets with 1001 (going away). What is still open after DRAIN_TIMEOUT_MS is cut.
     */
    async stop() {
      stopping = true;
      webhooks.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      server.closeIdleConnections();
      const deadline = setTimeout(() => {
        log.warn({ requests: inFlight.size, webSockets: webSockets.count() }, 'drain timed out; closing what is left');
        webSockets.terminate();
        server.closeAllConnections();
      }, DRAIN_TIMEOUT_MS);
      // Every WebSocket is closed with 1001 (going away); resolves once they have all closed.
      await webSockets.close().catch((error: unknown) => log.warn({ err: error }, 'closing WebSockets'));
      await closed;
      clearTimeout(deadline);
      // After the last requests: what they committed is in the outbox and goes out on the next start if not now.
      await outboxRelay.stop();
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
