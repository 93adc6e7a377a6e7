import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationSchema } from '../../src/modules/applications/application.entity.ts';
import { StatusChangeSchema } from '../../src/modules/applications/status-change.entity.ts';
import { lockApplication, moveStatus, startStatusHistory } from '../../src/modules/applications/status-move.ts';
import { findOrCreateUser } from '../../src/modules/users/user.service.ts';
import { expectUnbrokenChain, statusHistory } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** moveStatus outside a GraphQL request, as the sync pipeline calls it: a plain EntityManager and ids. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function seedApplication() {
  const em = server.database.orm.em.fork();
  const email = `pipeline-${crypto.randomUUID()}@example.com`;
  const { user } = await findOrCreateUser(em, email);
  const application = em.create(ApplicationSchema, { user, company: 'Acme', jobTitle: 'Engineer', status: 'APPLIED', source: 'EMAIL' });
  startStatusHistory(em, application, 'EMAIL', { evidence: ['confirmation email'] });
  await em.flush();
  return { applicationId: application.id, token: await server.tokenFor(email) };
}

describe('moveStatus', () => {
  it('moves a locked application and appends the history row, with no viewer involved', async () => {
    const { applicationId, token } = await seedApplication();
    const change = await server.database.orm.em.fork().transactional(async (tx) => {
      const application = await lockApplication(tx, applicationId);
      return moveStatus(tx, application!, 'INTERVIEWING', 'EMAIL', { evidence: ['calendar invite'] });
    });
    expect(change).toMatchObject({ fromStatus: 'APPLIED', toStatus: 'INTERVIEWING', cause: 'EMAIL', sequence: 2, evidence: ['calendar invite'] });
    const node = await statusHistory(server, token, `${Buffer.from(`Application:${applicationId}`).toString('base64')}`);
    expectUnbrokenChain(node);
    expect(node.status).toBe('INTERVIEWING');
  });

  it('writes nothing when the status is already the target', async () => {
    const { applicationId } = await seedApplication();
    const change = await server.database.orm.em.fork().transactional(async (tx) => {
      const application = await lockApplication(tx, applicationId);
      return moveStatus(tx, application!, 'APPLIED', 'EMAIL');
    });
    expect(change).toBeNull();
    expect(await server.database.orm.em.fork().count(StatusChangeSchema, { application: applicationId })).toBe(1);
  });

  it('refuses an application that was not locked in this transaction', async () => {
    const { applicationId } = await seedApplication();
    const em = server.database.orm.em.fork();
    const unlocked = await em.findOneOrFail(ApplicationSchema, applicationId);
    await expect(em.transactional((tx) => moveStatus(tx, unlocked, 'REJECTED', 'EMAIL'))).rejects.toThrow(/locked by lockApplication/);
    // Locked by another transaction that has ended does not count either.
    const stale = await em.fork().transactional((tx) => lockApplication(tx, applicationId));
    await expect(em.transactional((tx) => moveStatus(tx, stale!, 'REJECTED', 'EMAIL'))).rejects.toThrow(/locked by lockApplication/);
    expect(await em.fork().count(StatusChangeSchema, { application: applicationId })).toBe(1);
  });

  it('lockApplication refuses to run outside a transaction', async () => {
    const { applicationId } = await seedApplication();
    await expect(lockApplication(server.database.orm.em.fork(), applicationId)).rejects.toThrow(/inside em.transactional/);
  });

  it('lockApplication with a user id finds only that user’s application', async () => {
    const { applicationId } = await seedApplication();
    const other = await findOrCreateUser(server.database.orm.em.fork(), `other-${crypto.randomUUID()}@example.com`);
    const found = await server.database.orm.em.fork().transactional((tx) => lockApplication(tx, applicationId, other.user.id));
    expect(found).toBeNull();
  });
});

describe('history order', () => {
  it('comes from the sequence, not the clock: moves written in one millisecond keep their order', async () => {
    const { applicationId, token } = await seedApplication();
    const path = ['INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED', 'APPLIED', 'INTERVIEWING', 'REJECTED', 'OFFER_EXTENDED'] as const;
    await server.database.orm.em.fork().transactional(async (tx) => {
      const application = await lockApplication(tx, applicationId);
      for (const to of path) await moveStatus(tx, application!, to, 'MANUAL');
    });
    // Make every row share one timestamp, as moves landing in the same millisecond do.
    const sameInstant = new Date('2026-11-30T12:00:00.000Z');
    await server.database.orm.em.fork().nativeUpdate(StatusChangeSchema, { application: applicationId }, { createdAt: sameInstant });
    const node = await statusHistory(server, token, Buffer.from(`Application:${applicationId}`).toString('base64'));
    expectUnbrokenChain(node);
    expect(node.statusHistory.map((h) => h.to)).toEqual(['APPLIED', ...path]);
  });
});

describe('the database refuses what the locks should already prevent', () => {
  it('a second undo of one change (unique revert_of)', async () => {
    const { applicationId } = await seedApplication();
    const em = server.database.orm.em.fork();
    const undone = await em.transactional(async (tx) => {
      const application = await lockApplication(tx, applicationId);
      const change = await moveStatus(tx, application!, 'INTERVIEWING', 'MANUAL');
      await tx.flush();
      await moveStatus(tx, application!, 'APPLIED', 'REVERT', { revertOf: change! });
      return change!;
    });
    const again = em.fork().transactional(async (tx) => {
      const application = await lockApplication(tx, applicationId);
      const change = await tx.findOneOrFail(StatusChangeSchema, undone.id);
      await moveStatus(tx, application!, 'INTERVIEWING', 'MANUAL');
      await tx.flush();
      await moveStatus(tx, application!, 'APPLIED', 'REVERT', { revertOf: change });
    });
    await expect(again).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });

  it('two rows at one position of the history (unique application + sequence)', async () => {
    const { applicationId } = await seedApplication();
    const em = server.database.orm.em.fork();
    const application = await em.findOneOrFail(ApplicationSchema, applicationId);
    em.create(StatusChangeSchema, { application, fromStatus: 'APPLIED', toStatus: 'REJECTED', cause: 'MANUAL', sequence: 1 });
    await expect(em.flush()).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });
});
