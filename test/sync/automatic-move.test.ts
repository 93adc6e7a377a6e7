import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationSchema } from '../../src/modules/applications/application.entity.ts';
import { StatusChangeSchema } from '../../src/modules/applications/status-change.entity.ts';
import { lockApplication, moveStatus, startStatusHistory } from '../../src/modules/applications/status-move.ts';
import { moveStatusesAutomatically } from '../../src/modules/sync/automatic-move.ts';
import { findOrCreateUser } from '../../src/modules/users/user.service.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** Email-caused moves against a move of the same application committed while they wait for its lock. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function seedApplication(): Promise<string> {
  const em = server.database.orm.em.fork();
  const { user } = await findOrCreateUser(em, `automatic-${crypto.randomUUID()}@example.com`);
  const application = em.create(ApplicationSchema, { user, company: 'Acme', jobTitle: 'Engineer', status: 'APPLIED', source: 'EMAIL' });
  startStatusHistory(em, application, 'EMAIL');
  await em.flush();
  return application.id;
}

/** Resolves once a statement naming the application waits for a row lock. */
async function waitingForLock(applicationId: string): Promise<void> {
  const em = server.database.orm.em.fork();
  for (let i = 0; i < 500; i++) {
    const [row] = await em.execute<{ waiting: number }[]>(
      `select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and query like ?`,
      [`%${applicationId}%`],
    );
    if (row!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the automatic move never waited for the lock');
}

describe('moveStatusesAutomatically', () => {
  it('sees the history a move committed while it waited for the lock: the chain goes on, no sequence collides', async () => {
    const applicationId = await seedApplication();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // A manual move holds the row lock, its history row written but not committed yet.
    const manual = server.database.orm.em.fork().transactional(async (tx) => {
      const application = await lockApplication(tx, applicationId);
      await moveStatus(tx, application!, 'INTERVIEWING', 'MANUAL');
      await tx.flush();
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const automatic = server.database.orm.em.fork().transactional((tx) =>
      moveStatusesAutomatically(tx, [{ applicationId, category: 'OFFER', messageId: null as unknown as string /* no stored message: the column is nullable */, receivedAt: new Date(), evidence: ['offer letter'] }]),
    );
    await waitingForLock(applicationId);
    release();
    await manual;
    const applied = await automatic;
    expect(applied).toMatchObject([{ applicationId, from: 'INTERVIEWING', to: 'OFFER_EXTENDED' }]);
    const history = await server.database.orm.em.fork().find(StatusChangeSchema, { application: applicationId }, { orderBy: { sequence: 'asc' } });
    expect(history.map((row) => [row.sequence, row.fromStatus, row.toStatus, row.cause])).toEqual([
      [1, null, 'APPLIED', 'EMAIL'],
      [2, 'APPLIED', 'INTERVIEWING', 'MANUAL'],
      [3, 'INTERVIEWING', 'OFFER_EXTENDED', 'EMAIL'],
    ]);
  });
});
