import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWatchRenewalJob, type WatchRenewalRun } from '../../src/jobs/watch-renewal.ts';
import { createLogger } from '../../src/logger.ts';
import { MailAccountSchema } from '../../src/modules/accounts/mail-account.entity.ts';
import { startGoogleEmulator, type GoogleEmulator } from '../emulators/google.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connectThroughConsent } from './support/connect.ts';

const DAY = 86_400_000;

describe('the watch renewal job', () => {
  let google: GoogleEmulator;
  let server: TestServer;

  beforeAll(async () => {
    google = await startGoogleEmulator();
    server = await startTestServer({
      env: { ...google.env(), APP_URL: 'http://127.0.0.1:9/dashboard', GMAIL_QUOTA_UNITS_PER_SECOND: '0', GOOGLE_PUBSUB_TOPIC: 'projects/applytrack-test/topics/gmail' },
      publicUrlOnOwnPort: true,
      providerReaders: true,
    });
  });
  afterAll(async () => {
    await server?.close();
    await google?.close();
  });

  it('renews on its own schedule a Gmail watch that expires soon, and leaves a fresh one alone', async () => {
    google.consent.email = 'renew@gmail.test';
    google.addMailbox('renew@gmail.test');
    await connectThroughConsent(server, await server.tokenFor('renew@gmail.test'), 'GMAIL');
    const em = () => server.database.orm.em.fork();
    // The callback registers the watch (in the background).
    let account = await em().findOneOrFail(MailAccountSchema, { emailAddress: 'renew@gmail.test' });
    for (let i = 0; i < 100 && !account.watchExpiresAt; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      account = await em().findOneOrFail(MailAccountSchema, { emailAddress: 'renew@gmail.test' });
    }
    expect(account.watchExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);

    // A fresh watch is not renewed.
    const runs: WatchRenewalRun[] = [];
    const job = createWatchRenewalJob({ orm: server.database.orm, config: server.config, log: createLogger('silent') }, { onRun: (run) => runs.push(run) });
    const watchesBefore = google.counters.calls['users.watch'] ?? 0;
    expect(await job.runOnce()).toMatchObject({ renewed: 0, ok: true });

    // One about to expire is, on the job's own schedule (every second here).
    await em().nativeUpdate(MailAccountSchema, { id: account.id }, { watchExpiresAt: new Date(Date.now() + 3600_000) });
    const everySecond = createWatchRenewalJob(
      { orm: server.database.orm, config: server.config, log: createLogger('silent') },
      { cronExpression: '* * * * * *', onRun: (run) => runs.push(run) },
    );
    everySecond.start();
    try {
      for (let i = 0; i < 200 && !runs.some((r) => r.renewed > 0); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await everySecond.stop();
    }
    expect(runs.find((r) => r.renewed > 0)).toMatchObject({ renewed: 1, ok: true });
    const renewed = await em().findOneOrFail(MailAccountSchema, { id: account.id });
    expect(renewed.watchExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    expect(google.counters.calls['users.watch']).toBe(watchesBefore + 1);
  });
});
