import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createYoga } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
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
import { createErrorMasker, useValidationErrorCodes } from './schema/error-codes.ts';
import { schema } from './schema/index.ts';
import { useDocumentNestingLimit } from './schema/nesting-limit.ts';
import type { PubSub } from './schema/pubsub.ts';

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
  const createContext = createContextFactory({ orm, pubsub, config, log, onAccountDue });
  const metrics = createMetrics();
  let graphiqlPage: Promise<string> | undefined;
  const yoga = createYoga<InitialContext & { req?: IncomingMessage; res?: ServerResponse }>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: createContext,
    graphiql: { subscriptionsProtocol: 'WS', title: 'ApplyTrack Mail Sync', defaultQuery: GRAPHIQL_EXAMPLE },
    // The self-contained GraphiQL (no CDN): it works offline and behind strict networks.
    // Its 9 MB page is built on the first browser visit and reused.
    renderGraphiQL: async (options) => {
      graphiqlPage ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
      return graphiqlPage;
    },
    maskedErrors: { maskError: createErrorMasker(log) },
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      // Errors of operations are logged once, by the masker (unexpected ones with their stack);
      // a client's own mistake (bad token, bad input) is not a server error.
      error: (...args) =>
        args[0] instanceof GraphQLError ? log.debug(args.map(String).join(' ')) : log.error(args.map(String).join(' ')),
    },
    landingPage: false,
    plugins: [
      // The schema has cycles (application → statusHistory → application …): bound what one request may ask for.
      maxDepthPlugin({ n: MAX_QUERY_DEPTH, ignoreIntrospection: true }),
      maxAliasesPlugin({ n: MAX_QUERY_ALIASES }),
      maxTokensPlugin({ n: MAX_QUERY_TOKENS }),
      useDocumentNestingLimit(),
      useValidationErrorCodes(),
      metrics.plugin,
    ],
  });

  logProviderAvailability(config, log);
  const oauthCallbacks = createOAuthCallbacks({ config, orm, log, onAccountDue });
  const webhooks = createWebhooks({ config, orm, log, onAccountDue, gmailRecheckMs });
  // Requests being answered, so that a stop lets them finish (and closes their connections after) instead of resetting them.
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  const server = createServer(async (req, res) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    if (stopping) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (await oauthCallbacks(req, res, path)) return;
    if (await webhooks.handle(req, res, path)) return;
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz' && !pubsub.readiness().ok) return sendJson(res, 503, { status: 'unavailable', reason: 'pubsub unavailable' });
    if (path === '/readyz') {
      const ready = await orm.checkConnection().catch((error: unknown) => ({ ok: false, reason: String(error) }));
      return sendJson(res, ready.ok ? 200 : 503, ready.ok ? { status: 'ready' } : { status: 'unavailable', reason: ready.reason });
    }
    if (path === '/metrics') {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      return res.end(await metrics.registry.metrics());
    }
    if (path === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH });
      return res.end();
    }
    return yoga.handle(req, res);
  });

  const wsServer = new WebSocketServer({ server, path: GRAPHQL_PATH });
  // Subscriptions go through yoga's envelop, so they share the HTTP context factory, plugins and error masking.
  const wsHandle = useServer(
    {
      onConnect: () => {
        metrics.webSockets.inc();
      },
      onClose: () => {
        metrics.webSockets.dec();
      },
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const { schema: envelopedSchema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          connectionParams: ctx.connectionParams,
        });
        const args = {
          schema: envelopedSchema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wsServer,
  );

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
        log.warn({ requests: inFlight.size, webSockets: wsServer.clients.size }, 'drain timed out; closing what is left');
        for (const client of wsServer.clients) client.terminate();
        server.closeAllConnections();
      }, DRAIN_TIMEOUT_MS);
      // graphql-ws closes every socket with 1001 and resolves once they have all closed.
      await Promise.resolve(wsHandle.dispose()).catch((error: unknown) => log.warn({ err: error }, 'closing WebSockets'));
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
