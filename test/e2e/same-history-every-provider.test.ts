import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGoogleEmulator, type GoogleEmulator } from '../emulators/google.ts';
import { startMicrosoftEmulator, type MicrosoftEmulator } from '../emulators/microsoft.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { HISTORY, mailboxCopy } from '../sync/support/mailbox.ts';
import { connectThroughConsent } from './support/connect.ts';
import { fixtureMailbox } from './support/eml-input.ts';
import { gmailMailbox } from './support/gmail-mailbox.ts';
import { runImport } from './support/import-cli.ts';
import { syncOutcome, untilSynced, userIdOf } from './support/outcome.ts';

type Outcome = Awaited<ReturnType<typeof syncOutcome>>;

/**
 * One mailbox history (test/fixtures/mailboxes/history: Northwind Senior confirmation → interview →
 * reply → technical round → offer; Northwind Staff confirmed, never invited; Globex confirmed then
 * rejected; a LinkedIn job alert; a newsletter; dinner plans) read from Gmail and Outlook (each
 * connected through its OAuth flow, first sync by the server's scheduler) and from `npm run import`.
 */
describe('the same mailbox history through Gmail, Outlook and mbox', () => {
  let google: GoogleEmulator;
  let microsoft: MicrosoftEmulator;
  let server: TestServer;
  const outcomes = {} as Record<'gmail' | 'outlook' | 'mbox', Outcome>;

  beforeAll(async () => {
    [google, microsoft] = await Promise.all([startGoogleEmulator(), startMicrosoftEmulator()]);
    server = await startTestServer({
      env: { ...google.env(), ...microsoft.env(), APP_URL: 'http://127.0.0.1:9/dashboard', GMAIL_QUOTA_UNITS_PER_SECOND: '0' },
      publicUrlOnOwnPort: true,
      providerReaders: true,
    });
    const history = await fixtureMailbox();

    const gmailToken = await server.tokenFor('sam.gmail@example.com');
    const gmail = gmailMailbox(google, 'sam.gmail@example.com');
    for (const { input } of history) gmail.deliver(input);
    google.consent.email = 'sam.gmail@example.com';
    await connectThroughConsent(server, gmailToken, 'GMAIL');

    const outlookToken = await server.tokenFor('sam.outlook@example.com');
    for (const { input } of history) microsoft.addMessage('sam.outlook@example.com', input);
    microsoft.consent.email = 'sam.outlook@example.com';
    await connectThroughConsent(server, outlookToken, 'OUTLOOK');

    const mboxToken = await server.tokenFor('sam.mbox@example.com');
    const imported = await runImport(server.database.url, 'sam.mbox@example.com', await mailboxCopy(HISTORY));
    expect(imported).toMatchObject({ outcome: 'SYNCED', scanned: 11 });

    await Promise.all([untilSynced(server, gmailToken), untilSynced(server, outlookToken)]);
    [outcomes.gmail, outcomes.outlook, outcomes.mbox] = await Promise.all([
      syncOutcome(server, userIdOf(gmailToken), gmailToken),
      syncOutcome(server, userIdOf(outlookToken), outlookToken),
      syncOutcome(server, userIdOf(mboxToken), mboxToken),
    ]);
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await Promise.all([google?.close(), microsoft?.close()]);
  });

  it('the mbox import ends in exactly the expected applications, statuses and threads', () => {
    const mbox = outcomes.mbox;
    expect(mbox.applications).toEqual([
      { company: 'Globex', job_title: 'Backend Engineer', status: 'REJECTED', source: 'EMAIL' },
      { company: 'Northwind Traders', job_title: 'Senior Software Engineer', status: 'OFFER_EXTENDED', source: 'EMAIL' },
      { company: 'Northwind Traders', job_title: 'Staff Software Engineer', status: 'APPLIED', source: 'EMAIL' },
    ]);
    expect(mbox.changes.map((c) => `${c.job_title}:${c.from_status ?? '-'}>${c.to_status}`)).toEqual([
      'Backend Engineer:->APPLIED',
      'Backend Engineer:APPLIED>REJECTED',
      'Senior Software Engineer:->APPLIED',
      'Senior Software Engineer:APPLIED>INTERVIEWING',
      'Senior Software Engineer:INTERVIEWING>TECHNICAL_ROUND',
      'Senior Software Engineer:TECHNICAL_ROUND>OFFER_EXTENDED',
      'Staff Software Engineer:->APPLIED',
    ]);
    // Newsletter and dinner plans are not kept; the job alert is, in a thread of no application.
    expect(mbox.messages).toHaveLength(9);
    expect(mbox.threads.map((t) => [t.app ?? '(none)', t.message_count]).sort()).toEqual([
      ['(none)', 1],
      ['Globex/Backend Engineer', 1],
      ['Globex/Backend Engineer', 1],
      ['Northwind Traders/Senior Software Engineer', 1],
      ['Northwind Traders/Senior Software Engineer', 4],
      ['Northwind Traders/Staff Software Engineer', 1],
    ]);
    expect(mbox.activeThreadCount).toBe(3);
  });

  it('Gmail ends in the same outcome as the mbox import', () => {
    expect(outcomes.gmail).toEqual(outcomes.mbox);
  });

  // Graph's conversationId groups by subject (Workday's two "We received your application", Senior and
  // Staff, share one); the reader threads by the conversation index's header instead.
  it('Outlook ends in the same outcome as the mbox import', () => {
    expect(outcomes.outlook).toEqual(outcomes.mbox);
  });
});
