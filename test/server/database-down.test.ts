import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded.ts';
import { openOrm } from '../../src/db/orm.ts';
import { createLogger } from '../../src/logger.ts';
import { ClassifyEmailQuery, CreateApplication, ListApplications, ViewerQuery } from '../api/operations.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * The PostgreSQL of DATABASE_URL goes away under a running server and comes back: a PostgreSQL
 * of the test's own (the embedded one, started and stopped at will) plays the user's server.
 */
const log = createLogger('silent');
let dataDir: string;
let postgres: EmbeddedDatabase | null = null;
let server: TestServer;
let token: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'applytrack-db-down-'));
  postgres = await startEmbeddedPostgres(dataDir, log);
  const orm = await openOrm(postgres.url);
  server = await startTestServer({ database: { url: postgres.url, orm, drop: async () => undefined } });
  token = await server.tokenFor('down@example.com');
}, 120_000);

afterAll(async () => {
  await server?.close();
  await server?.database.orm.close(true);
  await postgres?.stop();
  if (postgres?.location.relocatedBecause) await rm(postgres.location.home, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

const readyz = async () => (await fetch(server.url.replace('/graphql', '/readyz'))).status;

describe('PostgreSQL going away under a running server', () => {
  it('answers SERVICE_UNAVAILABLE with HTTP 503 while it is down, keeps classifyEmail working, and recovers without a restart', async () => {
    const before = await server.request(CreateApplication, { input: { company: 'Before', jobTitle: 'Engineer' } }, token);
    expect(before.errors).toBeUndefined();
    expect(await readyz()).toBe(200);

    await postgres!.stop();
    postgres = null;

    expect(await readyz()).toBe(503);
    const create = await server.request(CreateApplication, { input: { company: 'During', jobTitle: 'Engineer' } }, token);
    expect(create.status).toBe(503);
    expect(create.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(create.errors?.[0]?.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminated/);
    const list = await server.request(ListApplications, {}, token);
    expect(list.status).toBe(503);
    expect(list.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const viewer = await server.request(ViewerQuery, {}, token);
    expect(viewer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    const classified = await server.request(
      ClassifyEmailQuery,
      { input: { from: 'Acme Recruiting <jobs@acme.example>', subject: 'Interview invitation', text: 'We would like to invite you to an interview for the Backend Engineer role.' } },
      token,
    );
    expect(classified.status).toBe(200);
    expect(classified.errors).toBeUndefined();
    expect(classified.data?.classifyEmail.isJobRelated).toBe(true);

    // The same DATA_DIR comes back on the same port; the server's pool reconnects by itself.
    postgres = await startEmbeddedPostgres(dataDir, log);
    for (let attempt = 0; attempt < 100 && (await readyz()) !== 200; attempt++) await sleep(100);
    expect(await readyz()).toBe(200);
    const after = await server.request(CreateApplication, { input: { company: 'After', jobTitle: 'Engineer' } }, token);
    expect(after.errors).toBeUndefined();
    const companies = (await server.request(ListApplications, {}, token)).data?.applications.edges.map((edge) => edge.node.company);
    expect(companies).toEqual(expect.arrayContaining(['Before', 'After']));
    expect(companies).not.toContain('During');
  }, 120_000);
});
