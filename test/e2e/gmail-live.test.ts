import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailAccountSchema } from '../../src/modules/accounts/mail-account.entity.ts';
import { startGoogleEmulator, type GoogleEmulator } from '../emulators/google.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { DashboardQuery, StatusChangesSubscription, SyncMail, SyncStatusSubscription } from '../sync/operations.ts';
import { subscribe } from '../sync/support/events.ts';
import { since } from './support/after.ts';
import { connectThroughConsent } from './support/connect.ts';
import { fixtureMailbox } from './support/eml-input.ts';
import { gmailMailbox } from './support/gmail-mailbox.ts';

const SAM = 'sam.rivera@example.com';
const SENIOR = { company: 'Northwind Traders', jobTitle: 'Senior Software Engineer' };
const GLOBEX = { company: 'Globex', jobTitle: 'Backend Engineer' };

/** The seed's five example emails, one at a time: each gives the status table's transition and the header's new count. */
const STEPS = [
  { file: '01-northwind-senior-confirmation.eml', app: SENIOR, from: null, to: 'APPLIED', activeThreads: 1 },
  { file: '06-northwind-interview-invitation.eml', app: SENIOR, from: 'APPLIED', to: 'INTERVIEWING', activeThreads: 2 },
  { file: '10-northwind-technical-round.eml', app: SENIOR, from: 'INTERVIEWING', to: 'TECHNICAL_ROUND', activeThreads: 2 },
  { file: '11-northwind-offer.eml', app: SENIOR, from: 'TECHNICAL_ROUND', to: 'OFFER_EXTENDED', activeThreads: 2 },
  { file: '03-globex-confirmation.eml', app: GLOBEX, from: null, to: 'APPLIED', activeThreads: 3 },
  // A rejected application's threads are no longer active.
  { file: '09-globex-rejection.eml', app: GLOBEX, from: 'APPLIED', to: 'REJECTED', activeThreads: 2 },
] as const;

const PUSH_ENV = { GOOGLE_PUBSUB_TOPIC: 'projects/applytrack-test/topics/gmail', GOOGLE_PUSH_SERVICE_ACCOUNT: 'gmail-push@emulated.iam.gserviceaccount.com' };

// "syncMail": the user presses Sync Mail after each delivery. "push": Gmail's Pub/Sub push to
// /webhooks/gmail is the only trigger (polling stays at its 300 s default, far beyond the waits).
describe.each(['syncMail', 'push'] as const)('Gmail live by %s: connected through OAuth, mail arrives one by one, the dashboard follows over graphql-ws', (trigger) => {
  let google: GoogleEmulator;
  let server: TestServer;

  beforeAll(async () => {
    google = await startGoogleEmulator();
    server = await startTestServer({
      env: { ...google.env(), APP_URL: 'http://127.0.0.1:9/dashboard', GMAIL_QUOTA_UNITS_PER_SECOND: '0', ...(trigger === 'push' ? PUSH_ENV : {}) },
      publicUrlOnOwnPort: true,
      providerReaders: true,
      gmailRecheckMs: 200,
    });
    if (trigger === 'push') {
      google.push.endpoint = `${server.config.publicUrl}/webhooks/gmail`;
      google.push.audience = server.config.gmailPush.audience;
      google.push.serviceAccountEmail = PUSH_ENV.GOOGLE_PUSH_SERVICE_ACCOUNT;
    }
  });
  afterAll(async () => {
    await server?.close();
    await google?.close();
  });

  it('each of the seed emails moves its application by the table, seen with the new activeThreadCount', async () => {
    const mail = await fixtureMailbox(undefined, { only: (name) => STEPS.some((s) => s.file === name) });
    const mailbox = gmailMailbox(google, SAM);
    const token = await server.tokenFor(SAM);
    const statuses = subscribe(server, token, SyncStatusSubscription);
    const moves = subscribe(server, token, StatusChangesSubscription);
    const userId = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub as string;
    await server.waitForSubscribers(`syncStatus:${userId}`, 1);
    await server.waitForSubscribers(`applicationStatusChanged:${userId}`, 1);

    const connected = since(statuses);
    google.consent.email = SAM;
    const accountId = await connectThroughConsent(server, token, 'GMAIL');
    // The first sync starts on its own and finds an empty inbox.
    await connected.until((e) => e.syncStatus.state === 'IDLE' && e.syncStatus.accounts[0]?.state === 'IDLE');
    if (trigger === 'push') {
      // The callback registers the watch in the background; mail added before it would not be pushed.
      for (let i = 0; i < 200 && !(await server.database.orm.em.fork().findOne(MailAccountSchema, { emailAddress: SAM }))?.watchExpiresAt; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }

    for (const step of STEPS) {
      const moved = since(moves);
      const counted = since(statuses);
      const pushesBefore = google.counters.pushesSent;
      mailbox.deliver(mail.find((m) => m.name === step.file)!.input);
      if (trigger === 'syncMail') {
        const answer = await server.request(SyncMail, { accountId }, token);
        expect(answer.errors).toBeUndefined();
      } else {
        await google.settlePushes();
        expect(google.counters.pushesSent).toBe(pushesBefore + 1);
      }
      const event = await moved.until((m) => m.applicationStatusChanged.change.to === step.to && m.applicationStatusChanged.application.company === step.app.company);
      expect(event.applicationStatusChanged).toMatchObject({
        application: { ...step.app, status: step.to },
        change: { from: step.from, to: step.to, cause: 'EMAIL' },
      });
      await counted.until((e) => e.syncStatus.state === 'IDLE' && e.syncStatus.activeThreadCount === step.activeThreads);
    }
    // One event per move, none twice.
    expect(moves.items.map((m) => `${m.applicationStatusChanged.application.company}:${m.applicationStatusChanged.change.to}`)).toEqual(
      STEPS.map((s) => `${s.app.company}:${s.to}`),
    );

    const dashboard = await server.request(DashboardQuery, {}, token);
    const apps = dashboard.data!.applications.edges.map((e) => e.node);
    expect(apps.map((a) => [a.company, a.jobTitle, a.status]).sort()).toEqual([
      ['Globex', 'Backend Engineer', 'REJECTED'],
      ['Northwind Traders', 'Senior Software Engineer', 'OFFER_EXTENDED'],
    ]);
    const senior = apps.find((a) => a.company === 'Northwind Traders')!;
    // The interview, the technical round and the offer are one Gmail conversation.
    expect(senior.threads.map((t) => t.messageCount).sort()).toEqual([1, 3]);
    expect(dashboard.data!.active.totalCount).toBe(2);
    await Promise.all([statuses.stop(), moves.stop()]);
  }, 180_000);
});
