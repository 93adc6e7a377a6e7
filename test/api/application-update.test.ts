import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationSchema } from '../../src/modules/applications/application.entity.ts';
import { StatusChangeSchema } from '../../src/modules/applications/status-change.entity.ts';
import { newApplication, newUser } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { statementsDuring as statementsOn } from '../support/sql-statements.ts';
import { UpdateApplication } from './operations.ts';

/** updateApplication through application-update.ts: what it writes, and in how many statements. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
const stored = (globalId: string) => server.database.orm.em.fork().findOneOrFail(ApplicationSchema, rawId(globalId));

/** The statements on the tables a move touches, apart from the outbox relay's own. */
async function statementsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const statements = await statementsOn(server, run, /"?(applications|status_changes|email_threads)"?/);
  return statements.filter((query) => !/skip locked/i.test(query));
}

describe('updateApplication', () => {
  it('a status move is the locked read and one write: the row, its history row and its event together', async () => {
    const { token } = await newUser(server);
    const app = await newApplication(server, token);
    let answer: Awaited<ReturnType<typeof server.request<unknown, unknown>>> | undefined;
    const statements = await statementsDuring(async () => {
      answer = await server.request(UpdateApplication, { input: { id: app.id, status: 'REJECTED' } }, token);
    });
    expect(answer?.errors).toBeUndefined();
    // The history the answer shows is read after the move, by its own statement.
    const move = statements.filter((query) => !/^select .* from "status_changes"/i.test(query.trim()));
    expect(move).toHaveLength(2);
    expect(move[0]).toMatch(/for update/i);
    expect(move[1]).toMatch(/insert into status_changes[\s\S]*insert into outbox_events/i);
    const history = await server.database.orm.em.fork().find(StatusChangeSchema, { application: rawId(app.id) }, { orderBy: { sequence: 'asc' } });
    expect(history.map((row) => [row.sequence, row.fromStatus, row.toStatus, row.cause, row.evidence])).toEqual([
      [1, null, 'APPLIED', 'MANUAL', []],
      [2, 'APPLIED', 'REJECTED', 'MANUAL', ['changed by the user']],
    ]);
  });

  it('an update that changes nothing writes nothing (updatedAt stays)', async () => {
    const { token } = await newUser(server);
    const app = await newApplication(server, token, { company: 'Same', jobTitle: 'Engineer' });
    const before = await stored(app.id);
    const statements = await statementsDuring(() =>
      server.request(UpdateApplication, { input: { id: app.id, company: 'Same', status: 'APPLIED', atsJobId: null } }, token),
    );
    expect(statements.filter((query) => /^(update|with|insert)/i.test(query.trim()))).toEqual([]);
    expect((await stored(app.id)).updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });

  it('a field change without a move writes the row alone, and updatedAt moves', async () => {
    const { token } = await newUser(server);
    const app = await newApplication(server, token);
    const before = await stored(app.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { data, errors } = await server.request(UpdateApplication, { input: { id: app.id, jobTitle: 'Staff Engineer', companyDomain: 'acme.com' } }, token);
    expect(errors).toBeUndefined();
    expect(data?.updateApplication).toMatchObject({ jobTitle: 'Staff Engineer', companyDomain: 'acme.com', status: 'APPLIED' });
    expect(data?.updateApplication.statusHistory).toHaveLength(1);
    const after = await stored(app.id);
    expect(after).toMatchObject({ jobTitle: 'Staff Engineer', companyDomain: 'acme.com' });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });
});
