import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { CreateApplication, StatusHistoryQuery } from '../api/operations.ts';
import type { TestServer } from './server.ts';

/** A user of this test alone: no other test's rows or listeners can reach it. */
export async function newUser(server: TestServer, label = 'user'): Promise<{ token: string; email: string }> {
  const email = `${label}-${randomUUID()}@example.com`;
  return { token: await server.tokenFor(email), email };
}

export async function newApplication(
  server: TestServer,
  token: string,
  input: { company?: string; jobTitle?: string; status?: 'APPLIED' | 'INTERVIEWING' | 'TECHNICAL_ROUND' | 'OFFER_EXTENDED' | 'REJECTED' } = {},
) {
  const { data, errors } = await server.request(
    CreateApplication,
    { input: { company: input.company ?? 'Acme', jobTitle: input.jobTitle ?? 'Engineer', ...(input.status ? { status: input.status } : {}) } },
    token,
  );
  expect(errors).toBeUndefined();
  return data!.createApplication;
}

/** The application's status and history as the API shows them. */
export async function statusHistory(server: TestServer, token: string, applicationId: string) {
  const { data, errors } = await server.request(StatusHistoryQuery, { id: applicationId }, token);
  expect(errors).toBeUndefined();
  const node = data?.node as { status: string; statusHistory: { id: string; from: string | null; to: string; cause: string; reverted: boolean }[] };
  return node;
}

/** The chain holds: the first row starts it, each row's `from` is the previous row's `to`, the last `to` is the status. */
export function expectUnbrokenChain(node: { status: string; statusHistory: { from: string | null; to: string }[] }) {
  const history = node.statusHistory;
  expect(history[0]?.from).toBeNull();
  const breaks = history.slice(1).filter((row, i) => row.from !== history[i]!.to);
  expect(breaks).toEqual([]);
  expect(history.at(-1)?.to).toBe(node.status);
}
