/**
 * First sync of a generated 10,000-message mailbox through the whole pipeline (classify, match,
 * threads, status moves, audit, one transaction per 500-message page) into PostgreSQL: messages per
 * second end to end, CPU and peak memory — beside the ceiling of plain 500-row multi-value INSERTs
 * of the same number of email_messages rows into the same database in the same run.
 * DATABASE_URL's server, else an embedded PostgreSQL. Prints the figures; asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { openOrm } from '../src/db/orm.ts';
import { createLogger } from '../src/logger.ts';
import { MailAccountSchema } from '../src/modules/accounts/mail-account.entity.ts';
import { leaseDueAccounts } from '../src/modules/sync/lease-accounts.ts';
import { syncLeasedAccount } from '../src/modules/sync/sync-account.ts';
import { findOrCreateUser } from '../src/modules/users/user.service.ts';
import { createPubSubHandle } from '../src/schema/pubsub.ts';
import { createScratchDatabase } from './scratch-database.ts';
import { generatedReader, generateMailbox } from './sync-mailbox-generator.ts';

const MESSAGES = Number(process.env.BENCH_SYNC_MESSAGES ?? 10_000);
const INSERT_BATCH = 500;

export async function runSyncThroughputBench(): Promise<void> {
  const log = createLogger('warn', { stderr: true });
  let serverUrl = process.env.DATABASE_URL;
  let dataDir: string | null = null;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'applytrack-bench-sync-'));
    embedded = await startEmbeddedPostgres(dataDir, log);
    serverUrl = embedded.url;
  }
  const scratch = await createScratchDatabase(serverUrl);
  const url = scratch.url;
  const orm = await openOrm(url);
  const pubsub = createPubSubHandle(undefined);
  try {
    const messages = generateMailbox(MESSAGES);
    const em = orm.em.fork();
    const { user } = await findOrCreateUser(em, 'sam.rivera@example.com');
    const account = em.create(MailAccountSchema, { id: randomUUID(), user, provider: 'GMAIL', emailAddress: user.email, nextSyncAt: new Date(Date.now() - 1000) } as never);
    await em.flush();
    await leaseDueAccounts(orm.em.fork(), 'bench', 1, 600_000);

    let peakRss = process.memoryUsage().rss;
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
    }, 20);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const summary = await syncLeasedAccount(
      { orm, pubsub: pubsub.pubsub, log, config: { syncIntervalSeconds: 300, syncBackfillDays: 90 }, readerFor: () => generatedReader(messages), leaseMs: 600_000 },
      account.id,
      'bench',
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    const perSecond = summary.scanned / seconds;

    // The ceiling: the same number of email_messages rows, as the pipeline stores them, in plain 500-row INSERTs.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const stored = (await client.query(`select * from email_messages where account_id = $1`, [account.id])).rows as Record<string, unknown>[];
    const ceilingAccount = randomUUID();
    await client.query(`insert into mail_accounts (id, user_id, provider, email_address, state, progress, created_at, updated_at) values ($1, $2, 'GMAIL', 'ceiling@example.com', 'IDLE', '{}', now(), now())`, [ceilingAccount, user.id]);
    const columns = Object.keys(stored[0]!);
    const rows: Record<string, unknown>[] = Array.from({ length: summary.scanned }, (_, i) => ({ ...stored[i % stored.length]!, id: randomUUID(), account_id: ceilingAccount, provider_message_id: `c${i}`, rfc_message_id: `c${i}@ceiling` }));
    const jsonColumns = new Set(['references', 'to_addresses', 'evidence', 'interview', 'offer']);
    const insertStarted = performance.now();
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const batch = rows.slice(i, i + INSERT_BATCH);
      const params: unknown[] = [];
      const values = batch.map((row) => `(${columns.map((column) => {
        const value = row[column];
        params.push(jsonColumns.has(column) && value !== null ? JSON.stringify(value) : value);
        return `$${params.length}`;
      }).join(', ')})`);
      await client.query(`insert into email_messages (${columns.map((c) => `"${c}"`).join(', ')}) values ${values.join(', ')}`, params);
    }
    const ceiling = rows.length / ((performance.now() - insertStarted) / 1000);
    await client.end();

    const counts = await orm.em.fork().execute<{ applications: number; threads: number; changes: number }[]>(
      `select (select count(*)::int from applications) as applications, (select count(*)::int from email_threads) as threads, (select count(*)::int from status_changes) as changes`,
    );
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    console.log(`\nSync throughput (first sync of ${summary.scanned.toLocaleString('en-US')} generated messages, ${summary.pages} pages, PostgreSQL ${process.env.DATABASE_URL ? 'at DATABASE_URL' : 'embedded'})`);
    console.log(`  pipeline end to end   ${perSecond.toFixed(0).padStart(7)} msg/s   (${seconds.toFixed(2)} s; ${summary.jobRelated} job-related stored, ${summary.statusMoves} status moves; ${counts[0]!.applications} applications, ${counts[0]!.threads} threads, ${counts[0]!.changes} status changes)`);
    console.log(`  plain INSERT ceiling  ${ceiling.toFixed(0).padStart(7)} rows/s  (${rows.length} email_messages rows in ${INSERT_BATCH}-row multi-value INSERTs)`);
    console.log(`  pipeline / ceiling    ${((perSecond / ceiling) * 100).toFixed(0).padStart(6)} %       (target ≥ 25 %; target ≥ 3,000 msg/s)`);
    console.log(`  CPU                   ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (${(((cpu.user + cpu.system) / 1e6 / seconds) * 100).toFixed(0)} % of one core over the sync; database time not included)`);
    console.log(`  peak memory           rss ${mb(peakRss)}, heap ${mb(peakHeap)} (the generated mailbox itself is held in memory)`);
  } finally {
    await pubsub.close();
    await orm.close(true);
    await scratch.drop();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runSyncThroughputBench();
