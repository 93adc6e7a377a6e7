/**
 * A sync in a process of its own, for the crash test: leases the account, applies the first page,
 * then says BETWEEN_PAGES and waits to be killed before the second page (args: database URL,
 * account id, mbox folder, page size, lease ms).
 */
import { createLogger } from '../../../src/logger.ts';
import { openOrm } from '../../../src/db/orm.ts';
import { leaseDueAccounts } from '../../../src/modules/sync/lease-accounts.ts';
import { syncLeasedAccount } from '../../../src/modules/sync/sync-account.ts';
import { createMboxReader } from '../../../src/providers/mbox/index.ts';
import type { MailboxReader } from '../../../src/providers/provider.ts';
import { createPubSubHandle } from '../../../src/schema/pubsub.ts';

const [url, accountId, folder, pageSize, leaseMs] = process.argv.slice(2) as [string, string, string, string, string];
const orm = await openOrm(url, undefined, { migrate: false });
const pubsub = createPubSubHandle(undefined);
const owner = 'doomed-instance';
const leased = await leaseDueAccounts(orm.em.fork(), owner, 10, Number(leaseMs));
if (!leased.includes(accountId)) throw new Error('could not lease the account');
const real = createMboxReader(folder, { pageSize: Number(pageSize) });
const stopsBetweenPages: MailboxReader = {
  provider: 'MBOX',
  async *pages(request) {
    let pages = 0;
    for await (const page of real.pages(request)) {
      if (pages === 1) {
        // The pipeline reads one page ahead: the second page is asked for while the first is
        // written. Say BETWEEN_PAGES once the first page has committed (its cursor is stored), so
        // the kill lands with page 2 read ahead but not applied.
        await firstPageCommitted();
        process.stdout.write('BETWEEN_PAGES\n');
        await new Promise(() => undefined);
      }
      pages += 1;
      yield page;
    }
  },
};
async function firstPageCommitted(): Promise<void> {
  for (;;) {
    const rows = await orm.em.fork().execute<{ sync_cursor: string | null }[]>(`select sync_cursor from mail_accounts where id = ?`, [accountId]);
    if (rows[0]?.sync_cursor) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

await syncLeasedAccount(
  { orm, pubsub: pubsub.pubsub, log: createLogger('silent'), config: { syncIntervalSeconds: 300, syncBackfillDays: 90 }, readerFor: () => stopsBetweenPages, leaseMs: Number(leaseMs) },
  accountId,
  owner,
);
