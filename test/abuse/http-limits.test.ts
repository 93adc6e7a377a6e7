import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_QUERY_TOKENS } from '../../src/app.ts';
import { HEADERS_TIMEOUT_MS, MAX_LIST_ITEMS, MAX_REQUEST_BODY_BYTES, REQUEST_TIMEOUT_MS } from '../../src/server/limits.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { metric, stillAnswers } from './edge-helpers.ts';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions: Record<string, any> }[] };
}

async function post(server: TestServer, body: unknown, token?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const base = (server: TestServer) => server.url.replace(/\/graphql$/, '');

describe('item 3: one request cannot stall the server', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer();
    token = await server.tokenFor('limits@example.com');
  });
  afterAll(() => server?.close());

  it(`a body over ${MAX_REQUEST_BODY_BYTES} bytes is refused with 413 before it is parsed`, async () => {
    const statuses = Array.from({ length: 300_000 }, () => 'APPLIED');
    const answer = await post(server, { query: 'query ($s: [ApplicationStatus!]) { applications(status: $s) { totalCount } }', variables: { s: statuses } }, token);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(await stillAnswers(server, token)).toBe(true);
  });

  it('a chunked body (no Content-Length) is counted as it arrives: over the limit 413, under it answered', async () => {
    const chunked = (body: string) =>
      new Promise<{ status: number; body: Answer['body'] }>((resolve, reject) => {
        const req = request(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as Answer['body'] }));
        });
        req.on('error', reject);
        for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.slice(i, i + 64 * 1024));
        req.end();
      });
    const padding = ' '.repeat(MAX_REQUEST_BODY_BYTES);
    const over = await chunked(`{"query":"{ viewer { id } }"${padding}}`);
    expect(over.status).toBe(413);
    expect(over.body.errors?.[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    const under = await chunked(`{"query":"{ viewer { email } }"${' '.repeat(1000)}}`);
    expect(under.status).toBe(200);
    expect(under.body.data?.viewer.email).toBe('limits@example.com');
  });

  it(`a list variable over ${MAX_LIST_ITEMS} items is BAD_USER_INPUT naming it, before the query runs`, async () => {
    const statuses = Array.from({ length: 100_000 }, () => 'APPLIED');
    const answer = await post(server, { query: 'query ($s: [ApplicationStatus!]) { applications(status: $s) { totalCount } }', variables: { s: statuses } }, token);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 's' });
    expect(answer.body.errors?.[0]?.message).toMatch(/at most 100 items in a list, got 100000/);
  });

  it('inside an input object too', async () => {
    const nested = await post(
      server,
      { query: 'query ($i: ClassifyEmailInput!) { classifyEmail(input: $i) { category } }', variables: { i: { from: 'a@b.c', subject: 's', extra: { list: Array.from({ length: 101 }, () => 1) } } } },
      token,
    );
    expect(nested.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.extra.list' });
  });

  it(`a list literal over ${MAX_LIST_ITEMS} items fails validation; one at the limit runs`, async () => {
    const literal = (n: number) => `{ applications(status: [${Array.from({ length: n }, () => 'APPLIED').join(' ')}]) { totalCount } }`;
    const over = await post(server, { query: literal(MAX_LIST_ITEMS + 1) }, token);
    expect(over.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(over.body.errors?.[0]?.message).toMatch(/^List limit of 100 items exceeded/);
    const atLimit = await post(server, { query: literal(MAX_LIST_ITEMS) }, token);
    expect(atLimit.body).toEqual({ data: { applications: { totalCount: 0 } } });
  });

  it(`a query over ${MAX_QUERY_TOKENS} tokens is refused before it is parsed whole`, async () => {
    const fields = (n: number) => `{ ${Array.from({ length: n }, () => 'viewer { id }').join(' ')} }`;
    const over = await post(server, { query: fields(1300) }, token); // 4 tokens each
    expect(over.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(over.body.errors?.[0]?.message).toMatch(/^Token limit of 5000 exceeded/);
    const under = await post(server, { query: fields(200) }, token);
    expect(under.body.data?.viewer?.id).toEqual(expect.any(String));
  });

  it(`a request trickled in is answered 408 and closed: headers after ${HEADERS_TIMEOUT_MS / 1000} s, the body after ${REQUEST_TIMEOUT_MS / 1000} s (not Node's 300 s)`, async () => {
    const port = Number(new URL(server.url).port);
    const slow = (start: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(start));
        let answer = '';
        socket.on('data', (data) => (answer += data.toString()));
        socket.on('close', () => resolve(answer.split('\r\n')[0]!));
        socket.on('error', () => undefined);
      });
    const [headers, body] = await Promise.all([
      slow('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl'),
      slow('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":'),
    ]);
    expect(headers).toBe('HTTP/1.1 408 Request Timeout');
    expect(body).toBe('HTTP/1.1 408 Request Timeout');
  }, REQUEST_TIMEOUT_MS * 2);
});

describe('item 7: rate limits per user and per address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_USER_PER_MINUTE: '5', RATE_LIMIT_ADDRESS_PER_MINUTE: '40', APP_URL: 'https://app.example.com' } });
  });
  afterAll(() => server?.close());

  it('a user over their budget gets RATE_LIMITED with Retry-After; another user is still served', async () => {
    const greedy = await server.tokenFor('greedy@example.com');
    const other = await server.tokenFor('other@example.com');
    const answers: Answer[] = [];
    for (let i = 0; i < 6; i++) answers.push(await post(server, { query: '{ viewer { id } }' }, greedy));
    expect(answers.slice(0, 5).every((a) => a.status === 200 && a.body.data?.viewer?.id)).toBe(true);
    const limited = answers[5]!;
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(limited.body.errors?.[0]?.extensions.http).toBeUndefined();
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.data).toBeUndefined();
    expect((await post(server, { query: '{ viewer { id } }' }, other)).status).toBe(200);
    expect(await metric(server, 'graphql_errors_total{code="RATE_LIMITED"}')).toBe(1);
  });

  it('an address over its budget gets 429 for everything, bad tokens and WebSocket upgrades included', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i <= 40; i++) answers.push(await post(server, { query: '{ viewer { id } }' }, 'not-a-token'));
    const limited = answers.find((a) => a.status === 429)!;
    expect(limited.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const upgrade = await new Promise<number>((resolve) => {
      const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.once('open', () => resolve(101));
      socket.once('error', () => undefined);
    });
    expect(upgrade).toBe(429);
    // Liveness probes and provider push notifications are never limited (the latter are not routed yet: 404, not 429).
    expect((await fetch(`${base(server)}/healthz`)).status).toBe(200);
    expect((await fetch(`${base(server)}/webhooks/gmail`, { method: 'POST' })).status).not.toBe(429);
    expect((await fetch(`${base(server)}/readyz`)).status).toBe(429);
    // The dashboard's page can read the 429 and when to try again; another origin's page cannot.
    const fromOrigin = (origin: string) =>
      fetch(server.url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { id } }' }) });
    const fromApp = await fromOrigin('https://app.example.com');
    expect(fromApp.status).toBe(429);
    expect(fromApp.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(fromApp.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);
    const fromElsewhere = await fromOrigin('https://elsewhere.example');
    expect(fromElsewhere.status).toBe(429);
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('items 7, 11, 12: GraphiQL, CORS, /metrics, bad JSON', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { APP_URL: 'https://app.example.com', METRICS_TOKEN: 'a-metrics-token-of-some-length' } });
  });
  afterAll(() => server?.close());

  it('GraphiQL is served compressed, with an ETag and Cache-Control, and a revisit is a 304', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } });
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = page.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(await page.text()).toContain('ApplyTrack Mail Sync'); // fetch decompresses it
    const revisit = await fetch(server.url, { headers: { accept: 'text/html', 'if-none-match': etag! } });
    expect(revisit.status).toBe(304);
  }, 90_000); // the 9 MB page is built and compressed once

  it('CORS allows APP_URL and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect((await preflight('https://app.example.com')).headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    const simple = await post(server, { query: '{ __typename }' }, undefined, { origin: 'https://evil.example' });
    expect(simple.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });

  it('/metrics needs the METRICS_TOKEN when one is set', async () => {
    expect((await fetch(`${base(server)}/metrics`)).status).toBe(401);
    expect((await fetch(`${base(server)}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
    const allowed = await fetch(`${base(server)}/metrics`, { headers: { authorization: 'Bearer a-metrics-token-of-some-length' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('graphql_ws_connections');
  });

  it('invalid JSON is BAD_REQUEST and echoes nothing of the parser', async () => {
    const answer = await post(server, '{"query": "{ viewer { id } }", oops');
    expect(answer.body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(answer.body)).not.toMatch(/originalError|SyntaxError|position/);
  });
});

describe('GraphiQL in production', () => {
  const production = { NODE_ENV: 'production' };
  it('is off unless GRAPHIQL=on', async () => {
    for (const [env, served] of [
      [production, false],
      [{ ...production, GRAPHIQL: 'on' }, true],
    ] as const) {
      const server = await startTestServer({ env });
      try {
        const response = await fetch(server.url, { headers: { accept: 'text/html' } });
        const html = await response.text();
        expect(html.includes('ApplyTrack Mail Sync')).toBe(served);
      } finally {
        await server.close();
      }
    }
  }, 90_000); // two servers, and the page is built and compressed once
});

describe('items 11, 12: when the database goes away', () => {
  it('/readyz tells an anonymous caller no address; the failed context is counted, and logged once', async () => {
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const server = await startTestServer({ log });
    try {
      const token = await server.tokenFor(`outage-${randomUUID()}@example.com`);
      const name = new URL(server.database.url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: inject('postgresUrl') });
      await admin.connect();
      await admin.query(`alter database ${name} with allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      await admin.end();
      const ready = await fetch(`${base(server)}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable' });
      // The viewer is loaded while the context is built: that fails, and is counted like any answered error.
      const answer = await post(server, { query: '{ viewer { id } }' }, token);
      expect(answer.body.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await metric(server, 'graphql_errors_total{code="INTERNAL_SERVER_ERROR"}')).toBe(1);
      expect(lines.filter((line) => line.level >= 50)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
