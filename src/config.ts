import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** The only place that reads process.env: every variable of DESIGN.md, parsed and validated once. */

const optionalUrl = z.url().optional();
const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const seconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    PUBLIC_URL: optionalUrl,
    APP_URL: optionalUrl,
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    TOKEN_ENCRYPTION_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
      .optional(),
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    GOOGLE_AUTH_URL: z.url().default('https://accounts.google.com/o/oauth2/v2/auth'),
    GOOGLE_TOKEN_URL: z.url().default('https://oauth2.googleapis.com/token'),
    GOOGLE_REVOKE_URL: z.url().default('https://oauth2.googleapis.com/revoke'),
    GOOGLE_API_ROOT_URL: z.url().default('https://gmail.googleapis.com/'),
    MICROSOFT_CLIENT_ID: z.string().min(1).optional(),
    MICROSOFT_CLIENT_SECRET: z.string().min(1).optional(),
    MICROSOFT_TENANT: z.string().min(1).default('common'),
    MICROSOFT_AUTHORITY_URL: z.url().default('https://login.microsoftonline.com'),
    MICROSOFT_GRAPH_URL: z.url().default('https://graph.microsoft.com'),
    GOOGLE_PUBSUB_TOPIC: z
      .string()
      .regex(/^projects\/[^/]+\/topics\/[^/]+$/, 'must be projects/PROJECT/topics/TOPIC')
      .optional(),
    GOOGLE_PUSH_AUDIENCE: z.string().min(1).optional(),
    GOOGLE_PUSH_SERVICE_ACCOUNT: z.email().optional(),
    GOOGLE_CERTS_URL: z.url().default('https://www.googleapis.com/oauth2/v3/certs'),
    MICROSOFT_NOTIFICATIONS: z.enum(['auto', 'on', 'off']).default('auto'),
    GMAIL_QUOTA_UNITS_PER_SECOND: z.coerce.number().int().min(0).default(250),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    SYNC_INTERVAL_SECONDS: seconds(300),
    SYNC_BACKFILL_DAYS: z.coerce.number().int().positive().default(90),
    ACTIVE_THREAD_DAYS: z.coerce.number().int().positive().default(30),
    CORS_ORIGINS: z
      .string()
      .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
      .pipe(z.array(z.url()).min(1))
      .optional(),
    GRAPHIQL: z.enum(['on', 'off', 'true', 'false']).optional(),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().positive().default(600),
    RATE_LIMIT_ADDRESS_PER_MINUTE: z.coerce.number().int().positive().default(1200),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const name of ['JWT_SECRET', 'TOKEN_ENCRYPTION_KEY'] as const) {
      if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when NODE_ENV=production' });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  env: Environment['NODE_ENV'];
  logLevel: Environment['LOG_LEVEL'];
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  publicUrl: string;
  appUrl: string;
  jwtSecret: string;
  tokenEncryptionKey: Buffer;
  google: { clientId: string; clientSecret: string; authUrl: string; tokenUrl: string; revokeUrl: string; apiRootUrl: string } | null;
  microsoft: { clientId: string; clientSecret: string; tenant: string; authorityUrl: string; graphUrl: string } | null;
  /** Gmail push: `topic` null = polling only. The other three verify the push's OIDC token. */
  gmailPush: { topic: string | null; audience: string; serviceAccount: string | null; certsUrl: string };
  /** Graph change-notification subscriptions on or off (MICROSOFT_NOTIFICATIONS resolved). */
  microsoftNotifications: boolean;
  /** Per-user pacing of Gmail calls; 0 = unpaced. */
  gmailQuotaUnitsPerSecond: number;
  redisUrl: string | undefined;
  syncIntervalSeconds: number;
  syncBackfillDays: number;
  activeThreadDays: number;
  /** Browser origins allowed by CORS (default: APP_URL's origin). */
  corsOrigins: string[];
  /** GraphiQL at /graphql: on unless NODE_ENV=production, where GRAPHIQL=on enables it. */
  graphiql: boolean;
  /** When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`. */
  metricsToken: string | undefined;
  rateLimits: { userPerMinute: number; addressPerMinute: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; a bad value throws a ConfigError naming each offending variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, emptyToUndefined(v)]));
  const parsed = environmentSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const received = name in source ? ` (got ${JSON.stringify(source[name])})` : '';
      return `  ${name}: ${issue.message}${received}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const dataDir = resolve(env.DATA_DIR);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    env: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    databaseUrl: env.DATABASE_URL,
    dataDir,
    port: env.PORT,
    publicUrl,
    appUrl: (env.APP_URL ?? publicUrl).replace(/\/$/, ''),
    jwtSecret: env.JWT_SECRET ?? developmentSecret(dataDir, 'jwt-secret', () => randomBytes(48).toString('base64url')),
    tokenEncryptionKey: Buffer.from(
      env.TOKEN_ENCRYPTION_KEY ?? developmentSecret(dataDir, 'token-encryption-key', () => randomBytes(32).toString('base64')),
      'base64',
    ),
    google:
      env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
        ? {
            clientId: env.GOOGLE_CLIENT_ID,
            clientSecret: env.GOOGLE_CLIENT_SECRET,
            authUrl: env.GOOGLE_AUTH_URL,
            tokenUrl: env.GOOGLE_TOKEN_URL,
            revokeUrl: env.GOOGLE_REVOKE_URL,
            apiRootUrl: env.GOOGLE_API_ROOT_URL,
          }
        : null,
    microsoft:
      env.MICROSOFT_CLIENT_ID && env.MICROSOFT_CLIENT_SECRET
        ? {
            clientId: env.MICROSOFT_CLIENT_ID,
            clientSecret: env.MICROSOFT_CLIENT_SECRET,
            tenant: env.MICROSOFT_TENANT,
            authorityUrl: env.MICROSOFT_AUTHORITY_URL,
            graphUrl: env.MICROSOFT_GRAPH_URL,
          }
        : null,
    gmailPush: {
      topic: env.GOOGLE_PUBSUB_TOPIC ?? null,
      audience: env.GOOGLE_PUSH_AUDIENCE ?? `${publicUrl}/webhooks/gmail`,
      serviceAccount: env.GOOGLE_PUSH_SERVICE_ACCOUNT ?? null,
      certsUrl: env.GOOGLE_CERTS_URL,
    },
    microsoftNotifications:
      env.MICROSOFT_NOTIFICATIONS === 'auto' ? publicUrl.startsWith('https://') : env.MICROSOFT_NOTIFICATIONS === 'on',
    gmailQuotaUnitsPerSecond: env.GMAIL_QUOTA_UNITS_PER_SECOND,
    redisUrl: env.REDIS_URL,
    syncIntervalSeconds: env.SYNC_INTERVAL_SECONDS,
    syncBackfillDays: env.SYNC_BACKFILL_DAYS,
    activeThreadDays: env.ACTIVE_THREAD_DAYS,
    corsOrigins: (env.CORS_ORIGINS ?? [env.APP_URL ?? publicUrl]).map((url) => new URL(url).origin),
    graphiql: env.GRAPHIQL ? env.GRAPHIQL === 'on' || env.GRAPHIQL === 'true' : env.NODE_ENV !== 'production',
    metricsToken: env.METRICS_TOKEN,
    rateLimits: { userPerMinute: env.RATE_LIMIT_USER_PER_MINUTE, addressPerMinute: env.RATE_LIMIT_ADDRESS_PER_MINUTE },
  };
}

/**
 * Development convenience: a secret generated once into DATA_DIR so that tokens and
 * encrypted OAuth grants survive restarts. Production refuses to start without real ones.
 */
function developmentSecret(dataDir: string, name: string, generate: () => string): string {
  const file = join(dataDir, 'secrets', name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(join(dataDir, 'secrets'), { recursive: true, mode: 0o700 });
  const value = generate();
  writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  return value;
}
