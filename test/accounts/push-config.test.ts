import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'applytrack-push-config-'));

describe('push and pacing configuration', () => {
  it('defaults: no Gmail push, audience under PUBLIC_URL, Google certs, 250 units/s, Graph notifications only over https', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.gmailPush).toEqual({ topic: null, audience: 'http://localhost:4000/webhooks/gmail', serviceAccount: null, certsUrl: 'https://www.googleapis.com/oauth2/v3/certs' });
    expect(config.gmailQuotaUnitsPerSecond).toBe(250);
    expect(config.microsoftNotifications).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://sync.example.com' }).microsoftNotifications).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://sync.example.com', MICROSOFT_NOTIFICATIONS: 'off' }).microsoftNotifications).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), MICROSOFT_NOTIFICATIONS: 'on' }).microsoftNotifications).toBe(true);
  });

  it('takes every variable of DESIGN.md', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      GOOGLE_PUBSUB_TOPIC: 'projects/p/topics/t',
      GOOGLE_PUSH_AUDIENCE: 'https://push.example.com/aud',
      GOOGLE_PUSH_SERVICE_ACCOUNT: 'push@p.iam.gserviceaccount.com',
      GOOGLE_CERTS_URL: 'http://127.0.0.1:9/certs',
      GMAIL_QUOTA_UNITS_PER_SECOND: '0',
    });
    expect(config.gmailPush).toEqual({ topic: 'projects/p/topics/t', audience: 'https://push.example.com/aud', serviceAccount: 'push@p.iam.gserviceaccount.com', certsUrl: 'http://127.0.0.1:9/certs' });
    expect(config.gmailQuotaUnitsPerSecond).toBe(0);
  });

  it.each([
    ['GOOGLE_PUBSUB_TOPIC', 'my-topic'],
    ['GOOGLE_PUSH_SERVICE_ACCOUNT', 'not an email'],
    ['GOOGLE_CERTS_URL', 'nope'],
    ['MICROSOFT_NOTIFICATIONS', 'maybe'],
    ['GMAIL_QUOTA_UNITS_PER_SECOND', '-1'],
  ])('a bad %s=%s stops start-up naming it', (name, value) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrowError(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrowError(new RegExp(`${name}:`));
  });
});
