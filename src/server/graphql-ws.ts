import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ExecutionArgs, GraphQLError } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type Context as WsContext, type SubscribePayload } from 'graphql-ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocket, WebSocketServer } from 'ws';
import type { Config } from '../config.ts';
import type { MikroORM } from '../db/orm.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { Context } from '../context.ts';
import { TooManySubscriptionsError, UnauthenticatedError } from '../schema/errors.ts';
import { authenticateConnection, CLOSE_FORBIDDEN, CLOSE_TOO_MANY_CONNECTIONS, CLOSE_UNAUTHORIZED } from './connection-auth.ts';
import { KeyedCounter } from './keyed-counter.ts';
import {
  MAX_SUBSCRIPTIONS_PER_CONNECTION,
  MAX_WS_CONNECTIONS_PER_ADDRESS,
  MAX_WS_CONNECTIONS_PER_USER,
  MAX_WS_PAYLOAD_BYTES,
} from './limits.ts';
import { clientAddress, type RateLimits } from './rate-limits.ts';

export interface GraphQLWebSocketDependencies {
  server: Server;
  path: string;
  yoga: YogaServerInstance<any, any>;
  config: Config;
  orm: MikroORM;
  log: Logger;
  metrics: Metrics;
  rateLimits: RateLimits;
  /** The same masker HTTP answers go through: client mistakes keep their code, anything else is logged once and hidden. */
  maskError(error: unknown): Error;
}

/**
 * What graphql-ws keeps for one socket, all fields from the start (an object that gains fields later
 * grows a separate property store). Not the upgrade request: its headers and buffers were some of the
 * largest things an idle socket held, and nothing reads them after the handshake.
 */
interface SocketExtra {
  socket: WebSocket;
  /** Set once the connection is acknowledged. */
  userId: string | null;
  counted: boolean;
}

const KEEP_ALIVE_MS = 12_000;
/** How long a socket may take to send connection_init (graphql-ws's default); then it is closed with 4408. */
const CONNECTION_INIT_WAIT_MS = 3_000;
/**
 * One timer serves every socket: each tick pings a slice of them (10,000 sockets: some 80 pings a tick,
 * not 800 at once, which would stall the loop for everything else), closes those that did not send
 * connection_init in time, and every tenth tick closes those whose token expired.
 */
const TICK_MS = 100;
const KEEP_ALIVE_SLICES = KEEP_ALIVE_MS / TICK_MS;
const EXPIRY_EVERY_TICKS = 10;

/**
 * graphql-ws (protocol graphql-transport-ws) on the HTTP server's port and path. A connection is
 * authenticated by its `connection_init` before anything else it sends is read, and lives only as
 * long as its token; frames are at most MAX_WS_PAYLOAD_BYTES; connections are capped per address
 * (before the upgrade) and per user, subscriptions per connection (here) and per user (an envelop
 * plugin, so server-sent events count too). Operations go through yoga's envelop, so they share the
 * HTTP context factory, plugins and error masking.
 */
export function attachGraphQLWebSocket(deps: GraphQLWebSocketDependencies): { close(): Promise<void>; terminate(): void; count(): number } {
  const { server, path, yoga, config, orm, log, metrics, rateLimits, maskError } = deps;
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_PAYLOAD_BYTES, handleProtocols });
  const connectionsPerAddress = new KeyedCounter();
  const connectionsPerUser = new KeyedCounter();
  const housekeeping = createHousekeeping();

  const graphqlWs = makeServer<Record<string, unknown>, SocketExtra>({
    execute: (args: any) => args.rootValue.execute(args),
    subscribe: (args: any) => args.rootValue.subscribe(args),
    // Waited for by the housekeeping timer: graphql-ws's own is a timer per socket, kept for the socket's life.
    connectionInitWaitTimeout: 0,
    onConnect: async (ctx) => {
      const { socket } = ctx.extra;
      housekeeping.initReceived(socket);
      // A plain statement: nothing is loaded into an EntityManager, so none is forked for it.
      const auth = await authenticateConnection(ctx.connectionParams, { jwtSecret: config.jwtSecret, em: orm.em });
      if ('closeCode' in auth) {
        socket.close(auth.closeCode, auth.reason);
        return false;
      }
      if (connectionsPerUser.get(auth.userId) >= MAX_WS_CONNECTIONS_PER_USER) {
        socket.close(CLOSE_TOO_MANY_CONNECTIONS, `Too many connections: at most ${MAX_WS_CONNECTIONS_PER_USER} per user`);
        return false;
      }
      // The socket may have closed while the token was checked; onClose has run then, so count nothing.
      if (socket.readyState !== WebSocket.OPEN) return false;
      ctx.extra.userId = auth.userId;
      ctx.extra.counted = true;
      connectionsPerUser.add(auth.userId);
      metrics.webSockets.inc();
      housekeeping.closeAt(socket, auth.expiresAt);
      return true;
    },
    onClose: (ctx) => {
      housekeeping.forget(ctx.extra.socket);
      if (!ctx.extra.counted) return;
      ctx.extra.counted = false;
      connectionsPerUser.remove(ctx.extra.userId!);
      metrics.webSockets.dec();
    },
    onSubscribe: async (ctx, _id, payload) => operationArgs(ctx, payload),
    // Errors are counted where they are answered: refusals here, single results here, stream events by the envelop plugin.
    onError: (_ctx, _id, _payload, errors) => metrics.countErrors(errors),
    onOperation: async (_ctx, _id, _payload, _args, pending) => {
      const result = await pending;
      if (!(Symbol.asyncIterator in result)) metrics.countErrors(result.errors);
    },
  });

  /** The execution arguments of one operation, or the errors that answer it; never throws (a throw would close the socket). */
  async function operationArgs(ctx: WsContext<Record<string, unknown>, SocketExtra>, payload: SubscribePayload) {
    // The operation being started is already in ctx.subscriptions.
    if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
      return [new TooManySubscriptionsError('connection', MAX_SUBSCRIPTIONS_PER_CONNECTION)];
    }
    try {
      // Only what the operation reads: a subscription keeps its context for as long as the socket lives,
      // and graphql-ws's own bookkeeping (acknowledged, subscriptions, extra) spread into it made it the
      // largest per-socket object.
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
        params: payload,
        connectionParams: ctx.connectionParams,
      });
      const document = parse(payload.query);
      const errors = validate(schema, document);
      if (errors.length) return errors as GraphQLError[];
      const args: ExecutionArgs & { rootValue: unknown } = {
        schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe },
      };
      // Each operation checks the token and its user again: a user deleted since connect ends the connection.
      const { viewer, authError } = args.contextValue as Context;
      if (!viewer) {
        ctx.extra.socket.close(authError === 'token expired' ? CLOSE_UNAUTHORIZED : CLOSE_FORBIDDEN, `Forbidden: ${authError ?? 'not signed in'}`.slice(0, 120));
        return [new UnauthenticatedError(`Authentication failed: ${authError}`)];
      }
      return args;
    } catch (error) {
      // A syntax error, an over-limit query, a refused or failed context: this operation fails, the socket stays.
      const masked = maskError(error) as GraphQLError;
      log.debug({ code: masked.extensions?.code, message: masked.message, userId: ctx.extra.userId }, 'graphql-ws operation refused');
      return [masked];
    }
  }

  // One listener for every socket (it stays on the socket for its life): one made in upgrade() would keep upgrade()'s scope.
  const logUpgradeSocketError = (error: Error) => log.debug({ err: error }, 'socket error during a WebSocket upgrade');

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    void upgrade(request, socket, head);
  });

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    socket.on('error', logUpgradeSocketError);
    if ((request.url ?? '/').split('?')[0] !== path) return refuseUpgrade(socket, 404, 'Not Found');
    const address = clientAddress(request);
    if (connectionsPerAddress.get(address) >= MAX_WS_CONNECTIONS_PER_ADDRESS) {
      return refuseUpgrade(socket, 429, 'Too Many Requests', { 'Retry-After': '60' });
    }
    countUntilClosed(socket, address);
    const retryAfter = await rateLimits.byAddress(address);
    if (retryAfter !== null) return refuseUpgrade(socket, 429, 'Too Many Requests', { 'Retry-After': String(retryAfter) });
    if (socket.destroyed) return;
    wsServer.handleUpgrade(request, socket, head, (ws) => serve(ws, address));
  }

  /**
   * Counted from the upgrade, whatever happens next, until the TCP socket closes. A function of its own:
   * a listener made in upgrade() would keep upgrade()'s whole scope, the request with it, for the socket's life.
   */
  function countUntilClosed(socket: Duplex, address: string) {
    connectionsPerAddress.add(address);
    socket.once('close', () => connectionsPerAddress.remove(address));
  }

  function serve(ws: WebSocket, address: string) {
    // ws closes the socket itself on a protocol error (e.g. 1009 for a frame over maxPayload); that is the client's doing.
    ws.on('error', (error) => log.debug({ err: error, address }, 'WebSocket protocol error'));
    housekeeping.keepAlive(ws);
    housekeeping.awaitInit(ws);
    const closed = graphqlWs.opened(
      {
        protocol: ws.protocol,
        send: (data) =>
          new Promise<void>((resolve) => {
            if (ws.readyState !== WebSocket.OPEN) return resolve();
            // A failed send means the socket is going away; its close event does the cleaning up.
            ws.send(data, () => resolve());
          }),
        close: (code, reason) => ws.close(code, reason),
        onMessage: (receive) =>
          ws.on('message', async (data) => {
            try {
              await receive(String(data));
            } catch (error) {
              maskError(error); // logs it once, with its stack
              ws.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket: ws, userId: null, counted: false },
    );
    ws.once('close', (code, reason) => {
      housekeeping.forget(ws);
      closed(code, reason.toString()).catch((error: unknown) => log.error({ err: error }, 'error while closing a graphql-ws connection'));
    });
  }

  return {
    count: () => wsServer.clients.size,
    /** What a drain that timed out still finds open is cut. */
    terminate() {
      for (const client of wsServer.clients) client.terminate();
    },
    async close() {
      housekeeping.stop();
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

/**
 * Keep-alive, the connection_init wait and token expiry of every socket on one timer, instead of an
 * interval, a pong timeout, an init timeout and an expiry timer per socket (thousands of idle sockets
 * each held them and their closures). Each tick pings one slice of the sockets, so a socket is pinged
 * every KEEP_ALIVE_MS and cut when it has not answered by its next ping; closes (4408) the sockets
 * that have not sent connection_init within CONNECTION_INIT_WAIT_MS (only sockets in their handshake
 * are looked at); and closes (4401) the sockets whose token has expired, within a second of its `exp`.
 */
function createHousekeeping() {
  const slices = Array.from({ length: KEEP_ALIVE_SLICES }, () => new Set<WebSocket>());
  const sliceOf = new WeakMap<WebSocket, Set<WebSocket>>();
  const awaitingPong = new WeakSet<WebSocket>();
  const expiries = new Map<WebSocket, number>();
  const initDeadlines = new Map<WebSocket, number>();
  let nextSlice = 0;
  let tick = 0;
  function answeredPing(this: WebSocket) {
    awaitingPong.delete(this);
  }
  const timer = setInterval(() => {
    const slice = tick++ % KEEP_ALIVE_SLICES;
    for (const ws of slices[slice]!) {
      if (ws.readyState !== WebSocket.OPEN) continue;
      if (awaitingPong.has(ws)) {
        ws.terminate();
        continue;
      }
      awaitingPong.add(ws);
      ws.ping();
    }
    if (initDeadlines.size) {
      const now = Date.now();
      initDeadlines.forEach((deadline, ws) => {
        if (deadline > now) return;
        initDeadlines.delete(ws);
        ws.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
      });
    }
    if (slice % EXPIRY_EVERY_TICKS !== 0) return;
    const now = Date.now();
    // forEach, not for…of: every socket is looked at each second, and an [entry] array apiece was
    // 10,000 allocations a second for the collector.
    expiries.forEach((expiresAt, ws) => {
      if (expiresAt > now) return;
      expiries.delete(ws);
      ws.close(CLOSE_UNAUTHORIZED, 'Unauthorized: token expired');
    });
  }, TICK_MS);
  timer.unref();
  return {
    keepAlive(ws: WebSocket) {
      const slice = slices[nextSlice++ % KEEP_ALIVE_SLICES]!;
      slice.add(ws);
      sliceOf.set(ws, slice);
      ws.on('pong', answeredPing);
    },
    awaitInit(ws: WebSocket) {
      initDeadlines.set(ws, Date.now() + CONNECTION_INIT_WAIT_MS);
    },
    initReceived(ws: WebSocket) {
      initDeadlines.delete(ws);
    },
    closeAt(ws: WebSocket, expiresAt: number) {
      if (expiresAt <= Date.now()) ws.close(CLOSE_UNAUTHORIZED, 'Unauthorized: token expired');
      else expiries.set(ws, expiresAt);
    },
    forget(ws: WebSocket) {
      sliceOf.get(ws)?.delete(ws);
      expiries.delete(ws);
      initDeadlines.delete(ws);
    },
    stop: () => clearInterval(timer),
  };
}

function refuseUpgrade(socket: Duplex, status: number, text: string, headers: Record<string, string> = {}): void {
  if (socket.destroyed) return;
  const lines = [`HTTP/1.1 ${status} ${text}`, 'Connection: close', 'Content-Length: 0', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  socket.end(`${lines.join('\r\n')}\r\n\r\n`);
}
