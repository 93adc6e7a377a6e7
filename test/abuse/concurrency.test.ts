import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RevertStatusChange, UpdateApplication } from '../api/operations.ts';
import { expectUnbrokenChain, newApplication, newUser, statusHistory } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** Issue 7, item 2: concurrent status moves through the front door keep the history a chain. */

const STATUSES = ['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED'] as const;
const PARALLEL = 20;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function moveTo(token: string, id: string, status: (typeof STATUSES)[number]) {
  const { data, errors } = await server.request(UpdateApplication, { input: { id, status } }, token);
  return { data, errors };
}

describe('concurrent status moves of one application', () => {
  it(`${PARALLEL} parallel reverts of one change: exactly one succeeds, the rest answer CONFLICT`, async () => {
    const { token } = await newUser(server);
    const app = await newApplication(server, token);
    const moved = await moveTo(token, app.id, 'INTERVIEWING');
    const changeId = moved.data!.updateApplication.statusHistory.at(-1)!.id;

    const answers = await Promise.all(Array.from({ length: PARALLEL }, () => server.request(RevertStatusChange, { id: changeId }, token)));
    const succeeded = answers.filter((a) => !a.errors);
    expect(succeeded).toHaveLength(1);
    expect(answers.filter((a) => a.errors).map((a) => a.errors?.[0]?.extensions?.code)).toEqual(Array(PARALLEL - 1).fill('CONFLICT'));

    const node = await statusHistory(server, token, app.id);
    expectUnbrokenChain(node);
    expect(node.status).toBe('APPLIED');
    expect(node.statusHistory.map((h) => [h.from, h.to, h.cause, h.reverted])).toEqual([
      [null, 'APPLIED', 'MANUAL', false],
      ['APPLIED', 'INTERVIEWING', 'MANUAL', true],
      ['INTERVIEWING', 'APPLIED', 'REVERT', false],
    ]);
  });

  it(`${PARALLEL} parallel updates to different statuses leave an unbroken chain ending at the status`, async () => {
    const { token } = await newUser(server);
    const app = await newApplication(server, token);
    const targets = Array.from({ length: PARALLEL }, (_, i) => STATUSES[(i % (STATUSES.length - 1)) + 1]!);
    const answers = await Promise.all(targets.map((status) => moveTo(token, app.id, status)));
    expect(answers.filter((a) => a.errors)).toEqual([]);

    const node = await statusHistory(server, token, app.id);
    expectUnbrokenChain(node);
    // Every update that found another status wrote exactly one row; none was lost.
    expect(node.statusHistory.length).toBeGreaterThan(1);
    expect(node.statusHistory.every((row, i) => i === 0 || row.from !== row.to)).toBe(true);
  });

  it('a revert and an update together: never both applied to the same starting point', async () => {
    const { token } = await newUser(server);
    for (let round = 0; round < 8; round++) {
      const app = await newApplication(server, token, { company: `Round ${round}` });
      const moved = await moveTo(token, app.id, 'INTERVIEWING');
      const changeId = moved.data!.updateApplication.statusHistory.at(-1)!.id;
      const [revert, update] = await Promise.all([
        server.request(RevertStatusChange, { id: changeId }, token),
        moveTo(token, app.id, 'TECHNICAL_ROUND'),
      ]);
      expect(update.errors).toBeUndefined();
      const node = await statusHistory(server, token, app.id);
      expectUnbrokenChain(node);
      if (revert.errors) {
        // The update came first, so the change was no longer the latest.
        expect(revert.errors[0]?.extensions?.code).toBe('CONFLICT');
        expect(node.statusHistory.map((h) => h.to)).toEqual(['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND']);
      } else {
        // The revert came first; the update then moved on from where the revert left it.
        expect(node.statusHistory.map((h) => [h.from, h.to])).toEqual([
          [null, 'APPLIED'],
          ['APPLIED', 'INTERVIEWING'],
          ['INTERVIEWING', 'APPLIED'],
          ['APPLIED', 'TECHNICAL_ROUND'],
        ]);
      }
    }
  });

  it('parallel updates and reverts mixed, over several rounds, never break the chain', async () => {
    const { token } = await newUser(server);
    const app = await newApplication(server, token);
    for (let round = 0; round < 3; round++) {
      const before = await statusHistory(server, token, app.id);
      const latest = before.statusHistory.at(-1)!;
      await Promise.all([
        ...Array.from({ length: 5 }, () => server.request(RevertStatusChange, { id: latest.id }, token)),
        ...STATUSES.map((status) => moveTo(token, app.id, status)),
      ]);
      const node = await statusHistory(server, token, app.id);
      expectUnbrokenChain(node);
      expect(node.statusHistory.filter((h) => h.cause === 'REVERT' && h.id).length).toBeLessThanOrEqual(round + 1);
    }
  });
});
