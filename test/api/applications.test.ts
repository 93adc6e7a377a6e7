import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationSchema } from '../../src/modules/applications/application.entity.ts';
import { StatusChangeSchema } from '../../src/modules/applications/status-change.entity.ts';
import { newUser, statusHistory } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { statementsDuring } from '../support/sql-statements.ts';
import {
  ApplicationsWithHistory,
  CreateApplication,
  DeleteApplication,
  ListApplications,
  NodeQuery,
  RevertStatusChange,
  UpdateApplication,
  ViewerQuery,
} from './operations.ts';

let server: TestServer;
let alice: string;
let bob: string;

beforeAll(async () => {
  server = await startTestServer();
  alice = await server.tokenFor('alice@example.com');
  bob = await server.tokenFor('bob@example.com');
});
afterAll(() => server?.close());

async function create(token: string, input: { company: string; jobTitle: string; status?: 'APPLIED' | 'INTERVIEWING' }) {
  const { data, errors } = await server.request(CreateApplication, { input }, token);
  expect(errors).toBeUndefined();
  return data!.createApplication;
}

async function countRows(entity: typeof ApplicationSchema | typeof StatusChangeSchema) {
  return server.database.orm.em.fork().count(entity as typeof ApplicationSchema, {});
}

describe('viewer', () => {
  it('answers the user the token names', async () => {
    const { data } = await server.request(ViewerQuery, {}, alice);
    expect(data?.viewer.email).toBe('alice@example.com');
  });
});

describe('createApplication', () => {
  it('creates an APPLIED manual application with its first history row', async () => {
    const created = await create(alice, { company: 'Acme', jobTitle: 'Senior Engineer' });
    expect(created).toMatchObject({ company: 'Acme', jobTitle: 'Senior Engineer', status: 'APPLIED', source: 'MANUAL' });
    expect(created.statusHistory).toEqual([expect.objectContaining({ from: null, to: 'APPLIED', cause: 'MANUAL' })]);
    expect(created.appliedAt).not.toBeNull();
  });

  it('trims and stores every optional field', async () => {
    const { data } = await server.request(
      CreateApplication,
      {
        input: {
          company: '  Globex  ',
          jobTitle: 'Staff Engineer',
          companyDomain: 'Globex.COM',
          status: 'INTERVIEWING',
          atsProvider: 'Greenhouse',
          atsJobId: '4012345',
          appliedAt: '2026-10-01T09:00:00.000Z',
        },
      },
      alice,
    );
    expect(data?.createApplication).toMatchObject({
      company: 'Globex',
      companyDomain: 'globex.com',
      status: 'INTERVIEWING',
      atsProvider: 'Greenhouse',
      atsJobId: '4012345',
      appliedAt: '2026-10-01T09:00:00.000Z',
    });
  });
});

describe('bad input answers BAD_USER_INPUT naming the field, and writes nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['blank company', { company: '   ', jobTitle: 'Engineer' }, 'company'],
    ['10,000-character title', { company: 'Acme', jobTitle: 'x'.repeat(10_000) }, 'jobTitle'],
    ['unknown status', { company: 'Acme', jobTitle: 'Engineer', status: 'HIRED' }, 'status'],
    ['malformed domain', { company: 'Acme', jobTitle: 'Engineer', companyDomain: 'not a domain' }, 'companyDomain'],
    ['missing company', { jobTitle: 'Engineer' }, 'company'],
    ['malformed date', { company: 'Acme', jobTitle: 'Engineer', appliedAt: 'yesterday' }, 'appliedAt'],
  ];
  it.each(cases)('%s', async (_name, input, field) => {
    const before = await countRows(ApplicationSchema);
    const { data, errors } = await server.request(CreateApplication, { input: input as never }, alice);
    expect(data?.createApplication ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(`${errors?.[0]?.message} ${String(errors?.[0]?.extensions?.field ?? '')}`).toContain(field);
    expect(await countRows(ApplicationSchema)).toBe(before);
  });

  it('an unknown enum written into the query text', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${alice}` },
      body: JSON.stringify({ query: '{ applications(status: [HIRED]) { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toContain('HIRED');
  });

  it.each(['not-a-global-id', 'QXBwbGljYXRpb246', Buffer.from('User:3f1c0c9e-0000-4000-8000-000000000000').toString('base64')])(
    'malformed or wrong-type global id %s',
    async (id) => {
      const before = await countRows(ApplicationSchema);
      const { errors } = await server.request(UpdateApplication, { input: { id, company: 'X' } }, alice);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.field).toBe('input.id');
      const deleted = await server.request(DeleteApplication, { id }, alice);
      expect(deleted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await countRows(ApplicationSchema)).toBe(before);
    },
  );

  it('a blank company on update leaves the application as it was', async () => {
    const app = await create(alice, { company: 'Initech', jobTitle: 'Engineer' });
    const { errors } = await server.request(UpdateApplication, { input: { id: app.id, company: '' } }, alice);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { data } = await server.request(NodeQuery, { id: app.id }, alice);
    expect(data?.node).toMatchObject({ company: 'Initech' });
  });
});

describe('authentication', () => {
  it.each([
    ['no token', null],
    ['a malformed token', 'not.a.jwt'],
    ['a token signed with another secret', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ])('%s → UNAUTHENTICATED for queries and mutations, nothing written', async (_name, bad) => {
    const before = await countRows(ApplicationSchema);
    const query = await server.request(ViewerQuery, {}, bad);
    expect(query.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(query.data ?? null).toBeNull();
    const mutation = await server.request(CreateApplication, { input: { company: 'Acme', jobTitle: 'Engineer' } }, bad);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countRows(ApplicationSchema)).toBe(before);
  });

  it('a non-Bearer Authorization header is refused with a reason', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic YWxpY2U6c2VjcmV0' },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]?.message).toContain('Bearer');
  });
});

describe("another user's data", () => {
  it('is NOT_FOUND for every query and mutation, and unchanged', async () => {
    const app = await create(alice, { company: 'Hooli', jobTitle: 'Engineer' });
    const moved = await server.request(UpdateApplication, { input: { id: app.id, status: 'INTERVIEWING' } }, alice);
    const changeId = moved.data!.updateApplication.statusHistory.at(-1)!.id;

    const node = await server.request(NodeQuery, { id: app.id }, bob);
    expect(node.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(node.data?.node ?? null).toBeNull();
    const changeNode = await server.request(NodeQuery, { id: changeId }, bob);
    expect(changeNode.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const aliceUser = await server.request(ViewerQuery, {}, alice);
    const userNode = await server.request(NodeQuery, { id: aliceUser.data!.viewer.id }, bob);
    expect(userNode.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(userNode)).not.toContain('alice@example.com');

    const update = await server.request(UpdateApplication, { input: { id: app.id, status: 'REJECTED', company: 'Mine' } }, bob);
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const del = await server.request(DeleteApplication, { id: app.id }, bob);
    expect(del.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const revert = await server.request(RevertStatusChange, { id: changeId }, bob);
    expect(revert.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const list = await server.request(ListApplications, { first: 100 }, bob);
    expect(list.data?.applications.edges.map((e) => e.node.id)).not.toContain(app.id);
    const search = await server.request(ListApplications, { search: 'Hooli' }, bob);
    expect(search.data?.applications.totalCount).toBe(0);

    const mine = await server.request(NodeQuery, { id: app.id }, alice);
    expect(mine.data?.node).toMatchObject({ company: 'Hooli' });
    const history = await server.request(RevertStatusChange, { id: changeId }, alice);
    expect(history.data?.revertStatusChange.status).toBe('APPLIED');
  });
});

describe('status history', () => {
  it('records a manual change, and a revert restores the status and marks the change', async () => {
    const app = await create(alice, { company: 'Umbrella', jobTitle: 'Data Engineer' });
    const moved = await server.request(UpdateApplication, { input: { id: app.id, status: 'TECHNICAL_ROUND' } }, alice);
    expect(moved.data?.updateApplication.status).toBe('TECHNICAL_ROUND');
    const history = moved.data!.updateApplication.statusHistory;
    expect(history.map((h) => [h.from, h.to, h.cause])).toEqual([
      [null, 'APPLIED', 'MANUAL'],
      ['APPLIED', 'TECHNICAL_ROUND', 'MANUAL'],
    ]);

    const reverted = await server.request(RevertStatusChange, { id: history[1]!.id }, alice);
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data?.revertStatusChange.status).toBe('APPLIED');
    expect(reverted.data?.revertStatusChange.statusHistory.map((h) => [h.from, h.to, h.cause, h.reverted])).toEqual([
      [null, 'APPLIED', 'MANUAL', false],
      ['APPLIED', 'TECHNICAL_ROUND', 'MANUAL', true],
      ['TECHNICAL_ROUND', 'APPLIED', 'REVERT', false],
    ]);

    const again = await server.request(RevertStatusChange, { id: history[1]!.id }, alice);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const first = await server.request(RevertStatusChange, { id: history[0]!.id }, alice);
    expect(first.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('an update that keeps the status writes no history row', async () => {
    const app = await create(alice, { company: 'Stark', jobTitle: 'Engineer' });
    const same = await server.request(UpdateApplication, { input: { id: app.id, status: 'APPLIED', jobTitle: 'Lead Engineer' } }, alice);
    expect(same.data?.updateApplication.jobTitle).toBe('Lead Engineer');
    expect(same.data?.updateApplication.statusHistory).toHaveLength(1);
  });

  it('null clears an optional field but never a required one', async () => {
    const app = await create(alice, { company: 'Wayne', jobTitle: 'Engineer' });
    await server.request(UpdateApplication, { input: { id: app.id, atsJobId: 'R-123' } }, alice);
    const cleared = await server.request(UpdateApplication, { input: { id: app.id, atsJobId: null, company: null } }, alice);
    expect(cleared.data?.updateApplication).toMatchObject({ atsJobId: null, company: 'Wayne' });
  });

  it('loads the history of many applications in one query per level (no N+1)', async () => {
    for (let i = 0; i < 5; i++) await create(bob, { company: `Batch ${i}`, jobTitle: 'Engineer' });
    const historyQueries = await statementsDuring(
      server,
      async () => {
        const { data } = await server.request(ApplicationsWithHistory, { first: 5 }, bob);
        expect(data?.applications.edges).toHaveLength(5);
        expect(data?.applications.edges.every((e) => e.node.statusHistory.length === 1)).toBe(true);
      },
      /from "status_changes"/,
    );
    expect(historyQueries).toHaveLength(1);
  });
});

describe('revertStatusChange refuses, each for its own reason', () => {
  async function movedTwice(token: string) {
    const app = await create(token, { company: 'Guarded', jobTitle: 'Engineer' });
    const first = await server.request(UpdateApplication, { input: { id: app.id, status: 'INTERVIEWING' } }, token);
    const second = await server.request(UpdateApplication, { input: { id: app.id, status: 'TECHNICAL_ROUND' } }, token);
    expect(first.errors ?? second.errors).toBeUndefined();
    return { app, history: second.data!.updateApplication.statusHistory };
  }

  async function expectConflict(token: string, changeId: string, reason: RegExp) {
    const { data, errors } = await server.request(RevertStatusChange, { id: changeId }, token);
    expect(data?.revertStatusChange ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(errors?.[0]?.message).toMatch(reason);
  }

  it('a revert (the latest change, not itself reverted)', async () => {
    const { token } = await newUser(server);
    const { app, history } = await movedTwice(token);
    const reverted = await server.request(RevertStatusChange, { id: history[2]!.id }, token);
    const revertRow = reverted.data!.revertStatusChange.statusHistory.at(-1)!;
    expect(revertRow.cause).toBe('REVERT');
    await expectConflict(token, revertRow.id, /a revert cannot itself be reverted/);
    expect((await statusHistory(server, token, app.id)).status).toBe('INTERVIEWING');
  });

  it('the first row (the only and latest one)', async () => {
    const { token } = await newUser(server);
    const app = await create(token, { company: 'Fresh', jobTitle: 'Engineer' });
    await expectConflict(token, app.statusHistory[0]!.id, /first status of an application cannot be reverted/);
    expect((await statusHistory(server, token, app.id)).statusHistory).toHaveLength(1);
  });

  it('a change already reverted', async () => {
    const { token } = await newUser(server);
    const { history } = await movedTwice(token);
    await server.request(RevertStatusChange, { id: history[2]!.id }, token);
    await expectConflict(token, history[2]!.id, /already reverted/);
  });

  it('a change that is not the latest', async () => {
    const { token } = await newUser(server);
    const { app, history } = await movedTwice(token);
    await expectConflict(token, history[1]!.id, /only the latest status change/);
    const node = await statusHistory(server, token, app.id);
    expect(node.status).toBe('TECHNICAL_ROUND');
    expect(node.statusHistory).toHaveLength(3);
  });
});

describe('deleteApplication', () => {
  it('removes the application and its history and answers its id', async () => {
    const app = await create(alice, { company: 'Soylent', jobTitle: 'Engineer' });
    await server.request(UpdateApplication, { input: { id: app.id, status: 'INTERVIEWING' } }, alice);
    const applicationId = Buffer.from(app.id, 'base64').toString('utf8').split(':')[1]!;
    const historyRows = () => server.database.orm.em.fork().count(StatusChangeSchema, { application: applicationId });
    expect(await historyRows()).toBe(2);
    const { data } = await server.request(DeleteApplication, { id: app.id }, alice);
    expect(data?.deleteApplication).toBe(app.id);
    expect(await historyRows()).toBe(0);
    const node = await server.request(NodeQuery, { id: app.id }, alice);
    expect(node.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const again = await server.request(DeleteApplication, { id: app.id }, alice);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
