import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../../../src/db/orm.ts';
import { MailAccountSchema } from '../../../src/modules/accounts/mail-account.entity.ts';
import { findOrCreateUser } from '../../../src/modules/users/user.service.ts';

export const HISTORY = new URL('../../fixtures/mailboxes/history/', import.meta.url).pathname;

/**
 * A copy of a fixture mailbox whose Date headers are moved so its latest message is `latestAgoDays`
 * before now, the gaps between messages kept: "active" (ACTIVE_THREAD_DAYS) is relative to now.
 */
export async function mailboxCopy(source: string, { latestAgoDays = 1, only }: { latestAgoDays?: number; only?: (name: string) => boolean } = {}) {
  const names = (await readdir(source)).filter((n) => n.endsWith('.eml') && (!only || only(n))).sort();
  const texts = await Promise.all(names.map((n) => readFile(join(source, n), 'utf8')));
  const dateOf = (text: string) => new Date(/^Date: (.+)$/m.exec(text)![1]!).getTime();
  const latest = Math.max(...texts.map(dateOf));
  const shift = Date.now() - latestAgoDays * 86_400_000 - latest;
  const dir = await mkdtemp(join(tmpdir(), 'applytrack-mailbox-'));
  await Promise.all(
    names.map((name, i) => writeFile(join(dir, name), texts[i]!.replace(/^Date: .+$/m, `Date: ${new Date(dateOf(texts[i]!) + shift).toUTCString()}`))),
  );
  return dir;
}

/** Appends the named fixture files (already date-shifted in `from`) into an existing mailbox folder. */
export async function copyInto(fromDir: string, toDir: string, names: string[]) {
  for (const name of names) await writeFile(join(toDir, name), await readFile(join(fromDir, name)));
}

export async function createMboxAccount(em: EntityManager, email: string, { due = false } = {}) {
  const { user } = await findOrCreateUser(em, email);
  const account = em.create(MailAccountSchema, {
    id: randomUUID(),
    user,
    provider: 'MBOX',
    emailAddress: email,
    nextSyncAt: due ? new Date(Date.now() - 1000) : null,
  } as never);
  await em.flush();
  return { user, account };
}
