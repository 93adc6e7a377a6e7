import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateApplication, ListApplications, NodeQuery, UpdateApplication, ViewerQuery } from '../api/operations.ts';
import { newApplication, newUser } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Issue 7, items 8–10 and 13: careless or hostile input answers a typed error naming the field,
 * never a 500, and stored text is normalised.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function postRaw(body: unknown, token?: string) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

const global = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');

describe('bad input answers BAD_USER_INPUT naming the field (item 8)', () => {
  it.each([
    ['a NUL byte in company', { company: 'Ac\u0000me', jobTitle: 'Engineer' }, 'input.company'],
    ['a NUL byte in jobTitle', { company: 'Acme', jobTitle: 'Eng\u0000ineer' }, 'input.jobTitle'],
    ['appliedAt in year 0', { company: 'Acme', jobTitle: 'Engineer', appliedAt: '0000-01-01T00:00:00Z' }, 'input.appliedAt'],
    ['appliedAt in year +270,000', { company: 'Acme', jobTitle: 'Engineer', appliedAt: '+270000-01-01T00:00:00Z' }, 'input.appliedAt'],
    ['appliedAt in year −270,000', { company: 'Acme', jobTitle: 'Engineer', appliedAt: '-270000-01-01T00:00:00Z' }, 'input.appliedAt'],
  ])('%s', async (_name, input, field) => {
    const { token } = await newUser(server);
    const { data, errors } = await server.request(CreateApplication, { input: input as never }, token);
    expect(data?.createApplication ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('a NUL byte in search', async () => {
    const { token } = await newUser(server);
    const { errors } = await server.request(ListApplications, { search: 'ac\u0000me' }, token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it.each([
    ['an inner id that is not a UUID', global('Application', 'not-a-uuid')],
    ['an inner id with SQL in it', global('Application', "1' or '1'='1")],
    ['not base64 at all', '%%%'],
  ])('node(id:) with %s', async (_name, id) => {
    const { token } = await newUser(server);
    const { data, errors } = await server.request(NodeQuery, { id }, token);
    expect(data?.node ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('a selection nested 5,000 deep is a clean parse or validation error, not a stack overflow', async () => {
    const { token } = await newUser(server);
    const query = `{ viewer ${'{ viewer '.repeat(5000)}{ id }${' }'.repeat(5000)} }`;
    const { status, body } = await postRaw({ query }, token);
    expect(status).toBeLessThan(500);
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(body.errors?.[0]?.extensions?.code);
    // And the server is still there.
    expect((await server.request(ViewerQuery, {}, token)).errors).toBeUndefined();
  });
});

describe('DateTime is ISO-8601 with an offset, nothing looser (item 9)', () => {
  it.each([
    ['1'],
    ['2026-02-30T10:00:00Z'],
    ['2025-02-29T10:00:00Z'],
    ['2026-11-27T10:00:00'],
    ['2026-11-27'],
    ['yesterday'],
    ['2026-11-27T25:00:00Z'],
  ])('%s is refused', async (appliedAt) => {
    const { token } = await newUser(server);
    const { errors } = await server.request(CreateApplication, { input: { company: 'Acme', jobTitle: 'Engineer', appliedAt } }, token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.appliedAt' });
  });

  it('in the query text too', async () => {
    const { token } = await newUser(server);
    const { body } = await postRaw({ query: 'mutation { createApplication(input: { company: "A", jobTitle: "B", appliedAt: "1" }) { id } }' }, token);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['2024-02-29T10:00:00Z', '2024-02-29T10:00:00.000Z'],
    ['2026-11-27T11:30:00+01:30', '2026-11-27T10:00:00.000Z'],
    ['2026-11-27T10:00:00.123-05:00', '2026-11-27T15:00:00.123Z'],
  ])('%s is read as %s', async (appliedAt, stored) => {
    const { token } = await newUser(server);
    const { data, errors } = await server.request(CreateApplication, { input: { company: 'Acme', jobTitle: 'Engineer', appliedAt } }, token);
    expect(errors).toBeUndefined();
    expect(data?.createApplication.appliedAt).toBe(stored);
  });
});

describe('JWT claims (item 10)', () => {
  const sign = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT = (jwt) => jwt) =>
    build(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('applytrack-mail-sync')).sign(new TextEncoder().encode(server.config.jwtSecret));

  async function userId(): Promise<string> {
    const { token } = await newUser(server);
    const { data } = await server.request(ViewerQuery, {}, token);
    return Buffer.from(data!.viewer.id, 'base64').toString('utf8').split(':')[1]!;
  }

  it.each([
    ['no exp', async (id: string) => sign({}, (jwt) => jwt.setSubject(id).setIssuedAt()), /no exp/],
    ['no sub', async () => sign({}, (jwt) => jwt.setIssuedAt().setExpirationTime('1h')), /no sub/],
    ['no iat', async (id: string) => sign({}, (jwt) => jwt.setSubject(id).setExpirationTime('1h')), /no iat/],
    ['a sub that is an object (an operator)', async () => sign({ sub: { $ne: null } }, (jwt) => jwt.setIssuedAt().setExpirationTime('1h')), /invalid token|not a user id/],
    ['a sub that is not a UUID', async () => sign({}, (jwt) => jwt.setSubject('admin').setIssuedAt().setExpirationTime('1h')), /not a user id/],
    ['a 100-year lifetime', async (id: string) => sign({}, (jwt) => jwt.setSubject(id).setIssuedAt().setExpirationTime('100y')), /lifetime/],
    ['a lifetime just over 90 days', async (id: string) => sign({}, (jwt) => jwt.setSubject(id).setIssuedAt().setExpirationTime('91d')), /lifetime/],
  ])('a signed token with %s is UNAUTHENTICATED', async (_name, make, reason) => {
    const token = await make(await userId());
    const { data, errors } = await server.request(ViewerQuery, {}, token);
    expect(data?.viewer ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors?.[0]?.message).toMatch(reason);
  });

  it('a signed token with sub, iat and an exp within 90 days is accepted', async () => {
    const id = await userId();
    const token = await sign({}, (jwt) => jwt.setSubject(id).setIssuedAt().setExpirationTime('90d'));
    const { data, errors } = await server.request(ViewerQuery, {}, token);
    expect(errors).toBeUndefined();
    expect(data?.viewer.id).toBe(global('User', id));
  });
});

describe('stored text (item 13)', () => {
  it.each([
    ['an ANSI escape sequence', '\u001b[31mAcme\u001b[0m'],
    ['a bell and a backspace', 'Acme\u0007\u0008'],
    ['a newline', 'Acme\nInc'],
    ['a right-to-left override', 'Acme\u202Egnp.exe'],
    ['a lone high surrogate', 'Acme \ud83d'],
    ['a lone low surrogate', '\ude00 Acme'],
    ['only zero-width characters', '\u200b\u200c\u200d\ufeff'],
    ['only zero-width and spaces', ' \u200b \u2060 '],
    ['only a combining mark', '\u0301'],
  ])('%s is refused in company', async (_name, company) => {
    const { token } = await newUser(server);
    const { data, errors } = await server.request(CreateApplication, { input: { company, jobTitle: 'Engineer' } }, token);
    expect(data?.createApplication ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.company' });
  });

  it('a lone surrogate is refused on update too, leaving the row as it was', async () => {
    const { token } = await newUser(server);
    const app = await newApplication(server, token, { company: 'Initech' });
    const { errors } = await server.request(UpdateApplication, { input: { id: app.id, jobTitle: 'Eng \udfff' } }, token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.jobTitle' });
  });

  it('is stored in NFKC, and search finds full-width and ligature forms by their plain letters', async () => {
    const { token } = await newUser(server);
    const app = await newApplication(server, token, { company: 'ＡＣＭＥ Corp', jobTitle: 'Oﬃce Manager' });
    expect(app.company).toBe('ACME Corp');
    expect(app.jobTitle).toBe('Office Manager');
    for (const search of ['acme', 'ａｃｍｅ', 'office', 'Oﬃce']) {
      const { data, errors } = await server.request(ListApplications, { search }, token);
      expect(errors).toBeUndefined();
      expect(data?.applications.edges.map((e) => e.node.id)).toEqual([app.id]);
    }
  });

  it('keeps scripts and emoji that display: accents, CJK, RTL letters, joined emoji', async () => {
    const { token } = await newUser(server);
    const company = 'Café 東京 שלום 👩‍💻';
    const app = await newApplication(server, token, { company });
    expect(app.company).toBe(company.normalize('NFKC'));
  });
});
