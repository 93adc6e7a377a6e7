import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
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
import { createMetrics } from './metrics.ts';
import { createErrorMasker, useValidationErrorCodes } from './schema/error-codes.ts';
import { schema } from './schema/index.ts';
import type { PubSub } from './schema/pubsub.ts';

export interface AppDependencies {
  config: Config;
  orm: MikroORM;
  pubsub: PubSub;
  log: Logger;
  /** Called when an account should sync now (just connected, or a push arrived); its nextSyncAt is already now. */
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

/** The HTTP server: GraphQL over HTTP and WebSocket on one path and port, plus health and metrics. */
export function buildApp({ config, orm, pubsub, log, onAccountDue, gmailRecheckMs }: AppDependencies): App {
  const createContext = createContextFactory({ orm, pubsub, config, log });
  const metrics = createMetrics();
  let graphiqlPage: Promise<string> | undefined;
  const yoga = createYoga<InitialContext & { req?: IncomingMessage; res?: ServerResponse }>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: createContext,
    graphiql: { subscriptionsProtocol: 'WS', title: 'ApplyTrack Mail Sync' },
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
      useValidationErrorCodes(),
      metrics.plugin,
    ],
  });

  logProviderAvailability(config, log);
  const oauthCallbacks = createOAuthCallbacks({ config, orm, log, onAccountDue });
  const webhooks = createWebhooks({ config, orm, log, onAccountDue, gmailRecheckMs });
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (await oauthCallbacks(req, res, path)) return;
    if (await webhooks.handle(req, res, path)) return;
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
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

  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
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

  return {
    server,
    start(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          const actual = typeof address === 'object' && address ? address.port : port;
          resolve({ port: actual, url: `http://localhost:${actual}${GRAPHQL_PATH}` });
        });
      });
    },
    async stop() {
      webhooks.stop();
      await wsHandle.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
