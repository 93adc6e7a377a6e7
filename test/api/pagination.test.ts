import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ApplicationCountThroughFragment, ApplicationIdsOnly, CreateApplication, ListApplications } from './operations.ts';
import { statementsDuring } from '../support/sql-statements.ts';

let server: TestServer;
let token: string;
const created: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  token = await server.tokenFor('pager@example.com');
  const titles = ['Backend Engineer', 'Frontend Engineer', 'Data Scientist', 'Senior Backend Engineer', 'Product Manager', 'Staff Engineer', 'QA Engineer'];
  for (const [i, jobTitle] of titles.entries()) {
    const { data } = await server.request(
      CreateApplication,
      { input: { company: i % 2 ? 'Initech' : 'Acme Corp', jobTitle, status: i % 3 === 0 ? 'INTERVIEWING' : 'APPLIED' } },
      token,
    );
    created.push(data!.createApplication.id);
  }
});
afterAll(() => server?.close());

const newestFirst = () => [...created].reverse();
const list = (after: string | null) => server.request(ListApplications, { first: 3, after }, token);

describe('applications pagination', () => {
  it('walks every application newest first, page by page, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: Awaited<ReturnType<typeof list>> = await list(after);
      expect(response.errors).toBeUndefined();
      const page = response.data!.applications;
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e) => e.node.id));
      pages++;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(newestFirst());
  });

  it('first: 0 answers an empty page that still counts', async () => {
    const { data } = await server.request(ListApplications, { first: 0 }, token);
    expect(data?.applications.edges).toEqual([]);
    expect(data?.applications.totalCount).toBe(7);
  });

  it('the last page exactly full has no next page', async () => {
    const { data } = await server.request(ListApplications, { first: 7 }, token);
    expect(data?.applications.edges).toHaveLength(7);
    expect(data?.applications.pageInfo.hasNextPage).toBe(false);
  });

  it('a cursor past the end answers an empty page', async () => {
    const all = await server.request(ListApplications, { first: 7 }, token);
    const { data } = await server.request(ListApplications, { first: 3, after: all.data!.applications.pageInfo.endCursor }, token);
    expect(data?.applications.edges).toEqual([]);
    expect(data?.applications.pageInfo.hasNextPage).toBe(false);
  });

  it('pages backwards with last/before', async () => {
    const all = await server.request(ListApplications, { first: 7 }, token);
    const edges = all.data!.applications.edges;
    const { data } = await server.request(ListApplications, { last: 2, before: edges[4]!.cursor }, token);
    expect(data?.applications.edges.map((e) => e.node.id)).toEqual([edges[2]!.node.id, edges[3]!.node.id]);
  });

  it.each([
    [{ first: -1 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 2, after: 'garbage' }, 'after'],
    [{ first: 2, after: Buffer.from('["not a date","x"]').toString('base64url') }, 'after'],
    [{ first: 2, after: Buffer.from('[1]').toString('base64url') }, 'after'],
    [{ last: 2, before: 'garbage' }, 'before'],
    [{ first: 1, last: 1 }, 'last'],
  ])('%o is BAD_USER_INPUT naming %s', async (args, field) => {
    const { errors } = await server.request(ListApplications, args, token);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.field).toBe(field);
  });

  it('filters by status and searches company and title case-insensitively', async () => {
    const interviewing = await server.request(ListApplications, { status: ['INTERVIEWING'] }, token);
    expect(interviewing.data?.applications.totalCount).toBe(3);
    expect(interviewing.data?.applications.edges.every((e) => e.node.status === 'INTERVIEWING')).toBe(true);

    const byTitle = await server.request(ListApplications, { search: 'backend' }, token);
    expect(byTitle.data?.applications.edges.map((e) => e.node.jobTitle).sort()).toEqual(['Backend Engineer', 'Senior Backend Engineer']);

    const byCompany = await server.request(ListApplications, { search: 'INITECH', status: ['APPLIED'] }, token);
    expect(byCompany.data?.applications.edges.every((e) => e.node.status === 'APPLIED')).toBe(true);
    expect(byCompany.data?.applications.totalCount).toBe(2);

    const wildcard = await server.request(ListApplications, { search: '%' }, token);
    expect(wildcard.data?.applications.totalCount).toBe(0);
    // Quotes, placeholders and backslashes in a search are only text.
    for (const search of ["O'Reilly?", '?', '\\', "'; drop table applications; --", '$1']) {
      const odd = await server.request(ListApplications, { search }, token);
      expect(odd.errors).toBeUndefined();
      expect(odd.data?.applications.totalCount).toBe(0);
    }
    expect((await server.request(ListApplications, {}, token)).data?.applications.totalCount).toBe(7);
  });
});

describe('totalCount is counted only when it is asked for', () => {
  /** The SQL statements on applications that the server sends while `run` runs. */
  const statementsOn = (run: () => Promise<unknown>) => statementsDuring(server, run, /"applications"/);
  const counts = (statements: string[]) => statements.filter((sql) => /count\(/i.test(sql));

  it('a page without totalCount sends one query and no count', async () => {
    const statements = await statementsOn(async () => {
      const { data, errors } = await server.request(ApplicationIdsOnly, { first: 3 }, token);
      expect(errors).toBeUndefined();
      expect(data?.applications.edges).toHaveLength(3);
    });
    expect(counts(statements)).toEqual([]);
    expect(statements).toHaveLength(1);
  });

  it('a page with totalCount counts once, in the same statement, also when it is asked through fragments', async () => {
    const direct = await statementsOn(async () => {
      expect((await server.request(ListApplications, { first: 3 }, token)).data?.applications.totalCount).toBe(7);
    });
    expect(counts(direct)).toHaveLength(1);
    expect(direct).toHaveLength(1); // one round trip for the page and its count
    const throughFragment = await statementsOn(async () => {
      expect((await server.request(ApplicationCountThroughFragment, {}, token)).data?.applications.totalCount).toBe(7);
    });
    expect(counts(throughFragment)).toHaveLength(1);
  });
});
