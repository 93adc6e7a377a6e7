import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'applytrack-edge-config-'));
const secrets = { JWT_SECRET: 'x'.repeat(32), TOKEN_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') };

describe('network-edge configuration', () => {
  it('defaults: CORS for APP_URL (else PUBLIC_URL), GraphiQL on outside production, /metrics open, rate limits', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({
      corsOrigins: ['http://localhost:4000'],
      graphiql: true,
      metricsToken: undefined,
      rateLimits: { userPerMinute: 600, addressPerMinute: 1200 },
    });
    expect(loadConfig({ DATA_DIR: dataDir(), APP_URL: 'https://app.example.com/dashboard/' }).corsOrigins).toEqual(['https://app.example.com']);
    expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'production', ...secrets }).graphiql).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: 'production', GRAPHIQL: 'on', ...secrets }).graphiql).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), GRAPHIQL: 'off' }).graphiql).toBe(false);
  });

  it('CORS_ORIGINS is a comma-separated list of origins', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), CORS_ORIGINS: 'https://a.example, https://b.example/' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it.each([
    ['CORS_ORIGINS', 'not an origin'],
    ['GRAPHIQL', 'maybe'],
    ['METRICS_TOKEN', 'short'],
    ['RATE_LIMIT_USER_PER_MINUTE', '0'],
    ['RATE_LIMIT_ADDRESS_PER_MINUTE', 'many'],
  ])('a bad %s=%s stops start-up with a message naming it', (name, value) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrowError(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrowError(new RegExp(`${name}`));
  });
});
