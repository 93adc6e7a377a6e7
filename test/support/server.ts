import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { buildApp, type App } from '../../src/app.ts';
import { providerReaders, readerForAccount } from '../../src/jobs/reader-for.ts';
import { createSyncScheduler, type SyncScheduler } from '../../src/jobs/sync-scheduler.ts';
import type { MailAccount } from '../../src/modules/accounts/mail-account.entity.ts';
import type { MailboxReader } from '../../src/providers/provider.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { freePort } from '../../src/db/free-port.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { signUserToken } from '../../src/modules/users/auth.ts';
import { findOrCreateUser } from '../../src/modules/users/user.service.ts';
import { createPubSubHandle, type PubSubHandle } from '../../src/schema/pubsub.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface GraphQLResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLFormattedError[] | undefined;
}

export interface TestServer {
  url: string;
  wsUrl: string;
  database: TestDatabase;
  config: Config;
  /** A bearer token for a user with this email, created on first use. */
  tokenFor(email: string): Promise<string>;
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<GraphQLResponse<T>>;
  /** A graphql-ws client over a real WebSocket, authenticated with the token. */
  wsClient(token: string | null): Client;
  /** This instance's Redis connections are named `<redisConnectionName>-publish` / `-subscribe` (CLIENT LIST). */
  redisConnectionName: string;
  /** The due-account scheduler, when the server was started with `readerFor`. */
  scheduler: SyncScheduler | null;
  /**
   * Resolves once this many subscribers started listening on the topic since the last wait on it
   * returned (events published earlier would be lost). Listeners an earlier test left behind were
   * registered before that, so they are not mistaken for the new ones.
   */
  waitForSubscribers(topic: string, count: number): Promise<void>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  database?: TestDatabase;
  redisUrl?: string | null;
  jwtSecret?: string;
  /** Extra environment for the server's config (e.g. an emulator's endpoints). */
  env?: Record<string, string>;
  /** Listen on a port chosen up front so PUBLIC_URL (the base of OAuth redirect URIs) names it. */
  publicUrlOnOwnPort?: boolean;
  onAccountDue?: (accountId: string) => void;
  /** Runs the sync scheduler with this reader factory (e.g. mbox folders standing in for mailboxes). */
  readerFor?: (account: MailAccount) => MailboxReader;
  /** Runs the sync scheduler with the server's own reader factory (Gmail/Outlook through the provider readers), as `npm start` does. */
  providerReaders?: boolean;
  gmailRecheckMs?: number;
  /** A logger to read what the server logs (default: TEST_LOG_LEVEL, else silent). */
  log?: Logger;
}

/** A real server on a free port with its own database (or a shared one), as a client would reach it. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.database ?? (await createTestDatabase());
  const ownsDatabase = !options.database;
  const listenPort = options.publicUrlOnOwnPort ? await freePort() : 0;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: database.url,
    DATA_DIR: await mkdtemp(join(tmpdir(), 'applytrack-server-')),
    PORT: '0',
    JWT_SECRET: options.jwtSecret ?? randomBytes(32).toString('hex'),
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...(listenPort ? { PUBLIC_URL: `http://127.0.0.1:${listenPort}` } : {}),
    ...options.env,
  });
  const log = options.log ?? createLogger(config.logLevel);
  const newListeners = new Map<string, number>();
  const waiters: (() => void)[] = [];
  const redisConnectionName = `applytrack-test-${randomBytes(6).toString('hex')}`;
  const pubsub: PubSubHandle = createPubSubHandle(config.redisUrl, { log, redisConnectionName, wrapEventTarget: (target) => ({
    addEventListener(type: string, ...rest: unknown[]) {
      newListeners.set(type, (newListeners.get(type) ?? 0) + 1);
      (target.addEventListener as (...args: unknown[]) => void)(type, ...rest);
      for (const wake of waiters.splice(0)) wake();
    },
    removeEventListener(type: string, ...rest: unknown[]) {
      (target.removeEventListener as (...args: unknown[]) => void)(type, ...rest);
    },
    dispatchEvent: (event: Event) => target.dispatchEvent(event as never),
  }) as typeof target });
  const readerFor = options.providerReaders ? readerForAccount(providerReaders({ orm: database.orm, config, log })) : options.readerFor;
  const scheduler = readerFor ? createSyncScheduler({ orm: database.orm, pubsub: pubsub.pubsub, log, config, readerFor }) : null;
  const onAccountDue =
    scheduler || options.onAccountDue
      ? (accountId: string) => {
          scheduler?.wake();
          options.onAccountDue?.(accountId);
        }
      : undefined;
  const app: App = buildApp({ config, orm: database.orm, pubsub: pubsub.pubsub, log, onAccountDue, gmailRecheckMs: options.gmailRecheckMs });
  const { port } = await app.start(listenPort, '127.0.0.1');
  scheduler?.start();
  const url = `http://127.0.0.1:${port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const clients: Client[] = [];

  return {
    url,
    wsUrl,
    database,
    config,
    scheduler,
    redisConnectionName,
    async tokenFor(email) {
      const { user } = await findOrCreateUser(database.orm.em.fork(), email);
      return signUserToken(config.jwtSecret, user.id);
    },
    async request(document, variables, token) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
      return { status: response.status, data: body.data as never, errors: body.errors };
    },
    wsClient(token) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async waitForSubscribers(topic, count) {
      while ((newListeners.get(topic) ?? 0) < count) await new Promise<void>((resolve) => waiters.push(resolve));
      newListeners.set(topic, (newListeners.get(topic) ?? 0) - count);
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await scheduler?.stop();
      await app.stop();
      await pubsub.close();
      if (ownsDatabase) await database.drop();
    },
  };
}
