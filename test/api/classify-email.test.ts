import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ClassifyEmailQuery } from './operations.ts';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.tokenFor('classify@example.com');
});
afterAll(() => server?.close());

/** Exact row counts of every table of the schema (the migrations' bookkeeping aside). */
async function rowsPerTable(): Promise<Record<string, number>> {
  const connection = server.database.orm.em.fork().getConnection();
  const tables = await connection.execute<{ table_name: string }[]>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations' order by table_name",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await connection.execute<{ n: string }[]>(`select count(*) as n from "${table_name}"`);
    counts[table_name] = Number(row!.n);
  }
  expect(Object.keys(counts)).toEqual(expect.arrayContaining(['applications', 'email_messages', 'status_changes', 'outbox_events']));
  return counts;
}

describe('classifyEmail (dry run)', () => {
  it('classifies a rejection relayed by an ATS, naming the employer and not the relay', async () => {
    const { data, errors } = await server.request(
      ClassifyEmailQuery,
      {
        input: {
          from: 'Northwind Talent <no-reply@greenhouse.io>',
          subject: 'Your application to Northwind',
          text: 'Hi Sam,\n\nThank you for your interest in the Senior Data Engineer role at Northwind. After careful consideration, we have decided not to move forward with your application at this time.\n\nBest,\nNorthwind Recruiting',
        },
      },
      token,
    );
    expect(errors).toBeUndefined();
    expect(data?.classifyEmail).toMatchObject({ category: 'REJECTION', isJobRelated: true, company: 'Northwind' });
    expect(data?.classifyEmail.confidence).toBeGreaterThan(0);
    expect(data?.classifyEmail.evidence.length).toBeGreaterThan(0);
  });

  it('reads an interview invite from a calendar part', async () => {
    const calendar = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:abc-123@example.com',
      'DTSTART;TZID=America/New_York:20261203T140000',
      'DTEND;TZID=America/New_York:20261203T144500',
      'SUMMARY:Interview: Backend Engineer at Contoso',
      'ORGANIZER;CN=Contoso Recruiting:mailto:recruiting@contoso.com',
      'LOCATION:https://contoso.zoom.us/j/123456789',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { data, errors } = await server.request(
      ClassifyEmailQuery,
      {
        input: {
          from: 'Contoso Recruiting <recruiting@contoso.com>',
          subject: 'Invitation: Interview: Backend Engineer at Contoso',
          text: 'You have been invited to an interview for the Backend Engineer position.',
          calendar,
        },
      },
      token,
    );
    expect(errors).toBeUndefined();
    expect(data?.classifyEmail.category).toBe('INTERVIEW_INVITATION');
    expect(data?.classifyEmail.interview).toMatchObject({ start: '2026-12-03T19:00:00.000Z', meetingProvider: 'ZOOM' });
  });

  it('answers a small selection exactly as the full one, whether fields come directly or through fragments', async () => {
    const input = {
      from: 'Acme Recruiting <no-reply@greenhouse.io>',
      subject: 'Your application to Acme',
      text: 'Hi Sam, thank you for applying to the Senior Backend Engineer role at Acme. Unfortunately we have decided not to move forward with your application at this time. Best, the Acme team',
    };
    const full = await server.request(ClassifyEmailQuery, { input }, token);
    expect(full.errors).toBeUndefined();
    expect(full.data?.classifyEmail).toMatchObject({ category: 'REJECTION', company: 'Acme', jobTitle: 'Senior Backend Engineer', atsProvider: 'Greenhouse' });
    // Only the decision and the company: the title and ids are not extracted (see classify's `fields`), the answer is the same.
    const small = await server.request(
      parse('query ($input: ClassifyEmailInput!) { classifyEmail(input: $input) { category confidence company } }') as TypedDocumentNode<{ classifyEmail: Record<string, unknown> }, { input: typeof input }>,
      { input },
      token,
    );
    expect(small.errors).toBeUndefined();
    const { category, confidence, company } = full.data!.classifyEmail;
    expect(small.data?.classifyEmail).toEqual({ category, confidence, company });
    const throughFragments = await server.request(
      parse(
        'query ($input: ClassifyEmailInput!) { classifyEmail(input: $input) { category ...Job ... on Classification { atsProvider } } } fragment Job on Classification { jobTitle company }',
      ) as TypedDocumentNode<{ classifyEmail: Record<string, unknown> }, { input: typeof input }>,
      { input },
      token,
    );
    expect(throughFragments.errors).toBeUndefined();
    const { jobTitle, atsProvider } = full.data!.classifyEmail;
    expect(throughFragments.data?.classifyEmail).toEqual({ category, jobTitle, company, atsProvider });
  });

  it('stores nothing', async () => {
    const before = await rowsPerTable();
    const { data, errors } = await server.request(
      ClassifyEmailQuery,
      {
        input: {
          from: 'Acme Recruiting <no-reply@greenhouse.io>',
          subject: 'Interview invitation: Senior Engineer at Acme',
          text: 'We would like to invite you to an interview for the Senior Engineer role. Please pick a time.',
          receivedAt: '2026-11-27T10:00:00Z',
        },
      },
      token,
    );
    // It did classify (a refused request would store nothing trivially) …
    expect(errors).toBeUndefined();
    expect(data?.classifyEmail.isJobRelated).toBe(true);
    // … and no table of the database gained or lost a row.
    expect(await rowsPerTable()).toEqual(before);
  });

  it('needs a token', async () => {
    const { errors } = await server.request(ClassifyEmailQuery, { input: { from: 'a@b.co', subject: 'x' } }, null);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('decides from the text when the subject is empty and the sender blank or undisplayable', async () => {
    const text = 'Hi,\n\nThank you for your time. After careful review we have decided to move forward with other candidates for the analyst role.\n\nMaria';
    for (const from of ['', '  ', '\u0000\ufffd\ufffd', 'undisclosed-recipients:;']) {
      const { data, errors } = await server.request(ClassifyEmailQuery, { input: { from, subject: '', text } }, token);
      expect(errors).toBeUndefined();
      expect(data?.classifyEmail).toMatchObject({ category: 'REJECTION', isJobRelated: true });
    }
  });

  it('requests sent at once are classified together, and each gets its own answer', async () => {
    const inputs = [
      { from: 'Northwind Talent <no-reply@greenhouse.io>', subject: 'Your application', text: 'Thank you for applying to Northwind. We have received your application for the Data Analyst role.' },
      { from: 'Maya Chen <maya@contoso.com>', subject: 'Interview', text: 'Hi Sam, we would love to invite you to an interview for the Backend Engineer role at Contoso. Are you free on Tuesday?' },
      { from: 'Fabrikam Careers <careers@fabrikam.com>', subject: '', text: 'Unfortunately we have decided not to move forward with your application for the Designer role at Fabrikam.' },
      { from: 'Grandma <gran@example.org>', subject: 'Sunday lunch', text: 'Are you coming on Sunday? I am making a roast.' },
      { from: 'Litware HR <hr@litware.com>', subject: 'Offer', text: 'We are delighted to offer you the position of Account Manager at Litware, starting on 1 March.' },
    ];
    const one = async (input: (typeof inputs)[number]) => {
      const { data, errors } = await server.request(ClassifyEmailQuery, { input }, token);
      expect(errors).toBeUndefined();
      return data?.classifyEmail;
    };
    const alone: unknown[] = [];
    for (const input of inputs) alone.push(await one(input));
    const together = await Promise.all([...inputs, ...inputs].map(one));
    expect(together).toEqual([...alone, ...alone]);
    expect(new Set(alone.map((c) => (c as { category: string }).category)).size).toBe(inputs.length);
  });

  it('refuses an oversized sender, subject or body as BAD_USER_INPUT', async () => {
    const longFrom = await server.request(ClassifyEmailQuery, { input: { from: 'a'.repeat(1001), subject: 'x' } }, token);
    expect(longFrom.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.from' });
    const longSubject = await server.request(ClassifyEmailQuery, { input: { from: 'a@b.co', subject: 'x'.repeat(2001) } }, token);
    expect(longSubject.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subject' });
    const huge = await server.request(ClassifyEmailQuery, { input: { from: 'a@b.co', subject: 'x', text: 'a'.repeat(1_000_001) } }, token);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
  });
});
