import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(() => server?.close());

describe('HTTP routes', () => {
  it('/healthz and /readyz answer while the database does', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('/metrics speaks the Prometheus text format and counts operations and errors by bounded labels', async () => {
    const token = await server.tokenFor('metrics@example.com');
    const send = (query: string, auth: string | null) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
        body: JSON.stringify({ query, operationName: 'AnyClientChosenName' }),
      });
    await send('query AnyClientChosenName { viewer { email } }', token);
    await send('query AnyClientChosenName { viewer { email } }', null);
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/^# HELP process_cpu_user_seconds_total/m);
    expect(text).toMatch(/^graphql_operation_duration_seconds_count\{type="query",field="viewer",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^graphql_errors_total\{code="UNAUTHENTICATED"\} 1$/m);
    expect(text).not.toContain('AnyClientChosenName');
  });

  it('a browser at /graphql gets GraphiQL, its subscriptions over server-sent events (they carry its Headers tab)', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('ApplyTrack Mail Sync');
    expect(html).not.toMatch(/subscriptionsProtocol["']?\s*:\s*["']WS["']/);
    // It opens on the runnable example (src/graphiql-example.ts), not GraphiQL's welcome text.
    expect(html).toContain('ViewerAndLatestApplications');
    expect(html).toContain('npm run token');
    // Self-contained: no script or stylesheet from a CDN, so it works offline.
    expect(html).not.toMatch(/<(?:script|link)[^>]+(?:src|href)="https?:/);
  });

  it('introspection needs no token (so GraphiQL can show the docs); data does', async () => {
    const introspect = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(await introspect.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('bounds depth and aliases, so a cyclic query cannot fan out without limit', async () => {
    const token = await server.tokenFor('limits@example.com');
    const send = (query: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ data?: unknown; errors?: { message: string; extensions: { code: string } }[] }>);
    let nested = 'id';
    for (let i = 0; i < 8; i++) nested = `statusHistory { application { ${nested} } }`;
    const deep = await send(`{ applications { edges { node { ${nested} } } } }`);
    expect(deep.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = await send(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`);
    expect(aliases.errors?.[0]?.message).toMatch(/^Aliases limit/);
    expect(aliases.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const fine = await send(`{ applications { edges { node { statusHistory { application { id } } } } } }`);
    expect(fine.errors).toBeUndefined();
  });

  it('a syntax error is GRAPHQL_PARSE_FAILED and an unknown field GRAPHQL_VALIDATION_FAILED', async () => {
    const token = await server.tokenFor('routes@example.com');
    const send = (query: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ errors: { extensions: { code: string } }[] }>);
    expect((await send('{ viewer { ')).errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await send('{ viewer { salary } }')).errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('when the database goes away', () => {
  it('/readyz says so, and operations answer INTERNAL_SERVER_ERROR without leaking the cause', async () => {
    const lonely = await startTestServer();
    try {
      const token = await lonely.tokenFor('outage@example.com');
      // The database refuses connections and drops the ones it has, as in a failover.
      const name = new URL(lonely.database.url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: inject('postgresUrl') });
      await admin.connect();
      await admin.query(`alter database ${name} with allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      await admin.end();
      const ready = await fetch(lonely.url.replace(/\/graphql$/, '/readyz'));
      expect(ready.status).toBe(503);
      const response = await fetch(lonely.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ applications { totalCount } }' }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(body)).not.toMatch(/select|pool|postgres|stack/i);
    } finally {
      await lonely.close();
    }
  });
});
