import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailAccount } from '../../src/modules/accounts/mail-account.entity.ts';
import { createMboxReader } from '../../src/providers/mbox/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { DashboardQuery, LinkThread, StatusChangesSubscription, SyncMail, SyncStatusQuery, SyncStatusSubscription, ThreadUpdatedSubscription } from './operations.ts';
import { CreateApplication, DeleteApplication, RevertStatusChange, UpdateApplication } from '../api/operations.ts';
import { subscribe } from './support/events.ts';
import { copyInto, createMboxAccount, HISTORY, mailboxCopy } from './support/mailbox.ts';

const LATER = ['10-northwind-technical-round.eml', '11-northwind-offer.eml'];

// Whole syncs through a server and WebSockets: slow on a busy machine, and nothing here is timed.
const E2E_TIMEOUT_MS = 120_000;

describe('the live dashboard: mail in, statuses and active threads out, over HTTP and graphql-ws', () => {
  let server: TestServer;
  const folders = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer({
      // An mbox folder per mailbox stands in for the provider.
      readerFor: (account: MailAccount) => createMboxReader(folders.get(account.emailAddress)!, { pageSize: 4 }),
    });
  });
  afterAll(() => server?.close());

  it('syncs a mailbox history into the expected applications, then moves statuses live as new mail arrives', async () => {
    const shifted = await mailboxCopy(HISTORY);
    const inbox = await mkdtemp(join(tmpdir(), 'applytrack-inbox-'));
    await copyInto(shifted, inbox, (await readdir(shifted)).filter((name) => !LATER.includes(name)));
    const { user, account } = await createMboxAccount(server.database.orm.em.fork(), 'sam.rivera@example.com');
    folders.set('sam.rivera@example.com', inbox);
    const token = await server.tokenFor('sam.rivera@example.com');

    const statusEvents = subscribe(server, token, SyncStatusSubscription);
    const moves = subscribe(server, token, StatusChangesSubscription);
    const threadEvents = subscribe(server, token, ThreadUpdatedSubscription);
    await server.waitForSubscribers(`syncStatus:${user.id}`, 1);
    await server.waitForSubscribers(`applicationStatusChanged:${user.id}`, 1);
    await server.waitForSubscribers(`threadUpdated:${user.id}`, 1);

    // "Sync Mail" answers at once with SYNCING; the scheduler does the work.
    const started = await server.request(SyncMail, {}, token);
    expect(started.errors).toBeUndefined();
    expect(started.data?.syncMail.state).toBe('SYNCING');

    await statusEvents.until((e) => e.syncStatus.state === 'IDLE' && e.syncStatus.activeThreadCount === 3);
    const first = await server.request(DashboardQuery, {}, token);
    expect(first.errors).toBeUndefined();
    const apps = first.data!.applications.edges.map((e) => e.node);
    expect(apps.map((a) => [a.company, a.jobTitle, a.status]).sort()).toEqual([
      ['Globex', 'Backend Engineer', 'REJECTED'],
      ['Northwind Traders', 'Senior Software Engineer', 'INTERVIEWING'],
      ['Northwind Traders', 'Staff Software Engineer', 'APPLIED'],
    ]);
    expect(apps.every((a) => a.source === 'EMAIL')).toBe(true);
    // Threads: three confirmations, the interview conversation, the rejection, the job alert (not linked).
    expect(first.data!.threads.totalCount).toBe(6);
    expect(first.data!.active.totalCount).toBe(3);
    const alert = first.data!.threads.edges.find((e) => e.node.subject.includes('new jobs'))!.node;
    expect(alert).toMatchObject({ application: null, isActive: false });
    const conversation = first.data!.threads.edges.find((e) => e.node.messageCount === 2)!.node;
    expect(conversation.application).toEqual({ company: 'Northwind Traders', jobTitle: 'Senior Software Engineer' });
    expect(conversation.messages.map((m) => m.category)).toEqual(['INTERVIEW_INVITATION', 'OTHER_JOB_RELATED']);
    expect(first.data!.threads.edges.some((e) => /dinner|pragmatic/i.test(e.node.subject))).toBe(false);
    expect(moves.items.some((m) => m.applicationStatusChanged.change.to === 'INTERVIEWING')).toBe(true);

    // New mail: the technical round and the offer in the same conversation.
    await copyInto(shifted, inbox, LATER);
    await server.request(SyncMail, { accountId: null }, token);
    const offer = await moves.until((m) => m.applicationStatusChanged.change.to === 'OFFER_EXTENDED');
    expect(offer.applicationStatusChanged).toMatchObject({
      application: { company: 'Northwind Traders', jobTitle: 'Senior Software Engineer', status: 'OFFER_EXTENDED' },
      change: { from: 'TECHNICAL_ROUND', to: 'OFFER_EXTENDED', cause: 'EMAIL' },
    });
    expect(moves.items.map((m) => m.applicationStatusChanged.change.to)).toContain('TECHNICAL_ROUND');
    await threadEvents.until((t) => t.threadUpdated.messageCount === 4);
    const last = await statusEvents.until((e) => e.syncStatus.state === 'IDLE' && e.syncStatus.accounts[0]!.progress.scanned === 2);
    expect(last.syncStatus.activeThreadCount).toBe(3);

    const after = await server.request(DashboardQuery, {}, token);
    const senior = after.data!.applications.edges.map((e) => e.node).find((a) => a.jobTitle === 'Senior Software Engineer')!;
    expect(senior.statusHistory.map((c) => c.to)).toEqual(['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED']);
    expect(senior.offer).toMatchObject({ baseSalary: 185000, currency: 'USD', period: 'YEAR', startDate: '2027-01-11' });
    expect(senior.interviews.map((i) => i.schedulingUrl)).toContain('https://calendly.com/northwind-eng/technical-interview');
    expect(senior.threads.find((t) => t.messageCount === 4)).toMatchObject({ isActive: true });

    const status = await server.request(SyncStatusQuery, {}, token);
    expect(status.data!.syncStatus).toMatchObject({ state: 'IDLE', activeThreadCount: 3 });
    expect(status.data!.syncStatus.accounts[0]).toMatchObject({ id: expect.any(String), provider: 'MBOX', state: 'IDLE', lastError: null });
    expect(account.id).toBeTruthy();
    await Promise.all([statusEvents.stop(), moves.stop(), threadEvents.stop()]);
  }, E2E_TIMEOUT_MS);

  it('a manual status move, its revert, a re-link and a deletion each reach syncStatus subscribers with the new activeThreadCount', async () => {
    const inbox = await mailboxCopy(HISTORY, { only: (name) => name.startsWith('03') });
    const { user } = await createMboxAccount(server.database.orm.em.fork(), 'noa@example.com');
    folders.set('noa@example.com', inbox);
    const token = await server.tokenFor('noa@example.com');
    const statusEvents = subscribe(server, token, SyncStatusSubscription);
    await server.waitForSubscribers(`syncStatus:${user.id}`, 1);
    await server.request(SyncMail, {}, token);
    await statusEvents.until((e) => e.syncStatus.state === 'IDLE' && e.syncStatus.activeThreadCount === 1);
    const [application] = (await server.request(DashboardQuery, {}, token)).data!.applications.edges.map((e) => e.node);

    // Rejected by hand: its thread stops counting, and the header hears it without a sync.
    const seen = statusEvents.items.length;
    const rejected = await server.request(UpdateApplication, { input: { id: application!.id, status: 'REJECTED' } }, token);
    expect(rejected.errors).toBeUndefined();
    await statusEvents.until((e) => statusEvents.items.indexOf(e) >= seen && e.syncStatus.activeThreadCount === 0);

    // Undone: it counts again.
    const afterReject = statusEvents.items.length;
    const change = rejected.data!.updateApplication.statusHistory.find((c) => c.to === 'REJECTED')!;
    const reverted = await server.request(RevertStatusChange, { id: change.id }, token);
    expect(reverted.errors).toBeUndefined();
    await statusEvents.until((e) => statusEvents.items.indexOf(e) >= afterReject && e.syncStatus.activeThreadCount === 1);

    // Re-linked to an application rejected by hand: the thread stops counting (through the outbox).
    const other = (await server.request(CreateApplication, { input: { company: 'Initrode', jobTitle: 'Analyst', status: 'REJECTED' } }, token)).data!.createApplication.id;
    const thread = (await server.request(DashboardQuery, {}, token)).data!.threads.edges[0]!.node;
    const afterRevert = statusEvents.items.length;
    const linked = await server.request(LinkThread, { threadId: thread.id, applicationId: other }, token);
    expect(linked.errors).toBeUndefined();
    await statusEvents.until((e) => statusEvents.items.indexOf(e) >= afterRevert && e.syncStatus.activeThreadCount === 0);

    // Linked back, then the application deleted: its thread is left with no application and stops counting.
    const afterLink = statusEvents.items.length;
    await server.request(LinkThread, { threadId: thread.id, applicationId: application!.id }, token);
    await statusEvents.until((e) => statusEvents.items.indexOf(e) >= afterLink && e.syncStatus.activeThreadCount === 1);
    const afterRelink = statusEvents.items.length;
    const deleted = await server.request(DeleteApplication, { id: application!.id }, token);
    expect(deleted.errors).toBeUndefined();
    await statusEvents.until((e) => statusEvents.items.indexOf(e) >= afterRelink && e.syncStatus.activeThreadCount === 0);
    await statusEvents.stop();
  }, E2E_TIMEOUT_MS);

  it("reaches only the owner: another user's subscriber sees none of it", async () => {
    const inbox = await mailboxCopy(HISTORY, { only: (name) => name.startsWith('03') || name.startsWith('09') });
    const { user } = await createMboxAccount(server.database.orm.em.fork(), 'kim@example.com');
    folders.set('kim@example.com', inbox);
    const kim = await server.tokenFor('kim@example.com');
    const lee = await server.tokenFor('lee@example.com');
    const leeApp = (await server.request(CreateApplication, { input: { company: 'Initech', jobTitle: 'Analyst' } }, lee)).data!.createApplication.id;
    const kimMoves = subscribe(server, kim, StatusChangesSubscription);
    const leeMoves = subscribe(server, lee, StatusChangesSubscription);
    await server.waitForSubscribers(`applicationStatusChanged:${user.id}`, 1);
    await server.request(SyncMail, {}, kim);
    await kimMoves.until((m) => m.applicationStatusChanged.change.to === 'REJECTED');
    // Lee's own move is the marker: events reach a subscriber in order, so a leak of Kim's would come first.
    await server.request(UpdateApplication, { input: { id: leeApp, status: 'INTERVIEWING' } }, lee);
    await leeMoves.until((m) => m.applicationStatusChanged.application.company === 'Initech');
    expect(leeMoves.items.map((m) => m.applicationStatusChanged.application.company)).toEqual(['Initech']);
    await Promise.all([kimMoves.stop(), leeMoves.stop()]);
  }, E2E_TIMEOUT_MS);
});
