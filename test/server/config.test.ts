import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'applytrack-config-'));

describe('loadConfig', () => {
  it('applies the defaults of DESIGN.md', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      port: 4000,
      publicUrl: 'http://localhost:4000',
      appUrl: 'http://localhost:4000',
      syncIntervalSeconds: 300,
      syncBackfillDays: 90,
      activeThreadDays: 30,
      google: null,
      microsoft: null,
      redisUrl: undefined,
      databaseUrl: undefined,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['PUBLIC_URL', 'not a url'],
    ['TOKEN_ENCRYPTION_KEY', 'c2hvcnQ='],
    ['SYNC_INTERVAL_SECONDS', '-5'],
    ['ACTIVE_THREAD_DAYS', '1.5'],
    ['REDIS_URL', 'localhost:6379'],
  ])('a bad %s=%s stops start-up with a message naming it', (name, value) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrowError(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrowError(new RegExp(`${name}:`));
  });

  it('requires real secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrowError(/JWT_SECRET: is required[\s\S]*TOKEN_ENCRYPTION_KEY: is required/);
  });

  it('generates development secrets once into DATA_DIR and reuses them', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(first.tokenEncryptionKey).toHaveLength(32);
    expect(second.tokenEncryptionKey.equals(first.tokenEncryptionKey)).toBe(true);
    expect(readFileSync(join(dir, 'secrets', 'jwt-secret'), 'utf8').trim()).toBe(first.jwtSecret);
    expect(statSync(join(dir, 'secrets', 'jwt-secret')).mode & 0o077).toBe(0);
  });

  it('enables a provider only with both its client id and secret', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir, GOOGLE_CLIENT_ID: 'id' }).google).toBeNull();
    const config = loadConfig({ DATA_DIR: dir, GOOGLE_CLIENT_ID: 'id', GOOGLE_CLIENT_SECRET: 's', GOOGLE_API_ROOT_URL: 'http://127.0.0.1:9/' });
    expect(config.google).toMatchObject({ clientId: 'id', apiRootUrl: 'http://127.0.0.1:9/' });
  });
});
