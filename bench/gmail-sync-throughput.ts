/**
 * First sync of a 10,000-message Gmail mailbox (BENCH_MESSAGES) from the loopback emulator, quota
 * pacing off, through the whole pipeline (Gmail reader → normalize → classify → match → threads →
 * status moves → outbox, page by page in transactions) into the PostgreSQL at DATABASE_URL; beside it,
 * the ceiling of plain 500-row multi-value INSERTs of the same messages as email_messages rows into
 * the same database in the same run. Also: time until the first status change is committed, Gmail
 * API calls and quota units against the floor, and an incremental sync with nothing new.
 *
 *   DATABASE_URL=postgresql://… node bench/gmail-sync-throughput.ts
 *   BENCH_CPU_PROFILE=sync.cpuprofile …   (also writes a CPU profile of the sync alone)
 *
 * bench/sync-throughput.ts measures the pipeline from a generated in-process reader; this one puts
 * the real Gmail client and the emulator in front of it.
 *
 * The emulator runs in a child process of its own (bench/gmail-emulator-process.ts), so the CPU and
 * peak memory reported for the sync are the sync process's alone; the emulator's are printed beside.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { openOrm } from '../src/db/orm.ts';
import { providerReaders } from '../src/jobs/reader-for.ts';
import { createLogger } from '../src/logger.ts';
import { leaseDueAccounts } from '../src/modules/sync/lease-accounts.ts';
import { syncLeasedAccount } from '../src/modules/sync/sync-account.ts';
import { createPubSubHandle } from '../src/schema/pubsub.ts';
import type { MailInput } from '../test/emulators/mime-fixture.ts';
import { storedAccount, testConfig } from '../test/providers/support.ts';
import { startGmailEmulatorProcess } from './gmail-emulator-process.ts';
import { createScratchDatabase } from './scratch-database.ts';

const ADJECTIVES = ['Blue', 'Silver', 'North', 'Bright', 'Quiet', 'Rapid', 'Golden', 'Iron', 'Clear', 'Summit'];
const NOUNS = ['Harbor Labs', 'Orbit Systems', 'Forge Analytics', 'Pine Robotics', 'Signal Health', 'Delta Logistics', 'Cobalt Energy', 'Maple Finance', 'Vector Games', 'Atlas Foods'];

/** The mailbox: for each of `companies` employers a confirmation, an interview, and for every third a rejection; the rest newsletters and personal mail. */
function mailbox(total: number, companies: number, now: number): MailInput[] {
  const recruiting: MailInput[] = [];
  for (let i = 0; i < companies; i++) {
    const company = `${ADJECTIVES[i % 10]} ${NOUNS[Math.floor(i / 10) % 10]}`;
    const slug = company.toLowerCase().replace(/\W+/g, '');
    const title = i % 2 ? 'Senior Backend Engineer' : 'Data Engineer';
    recruiting.push({
      from: `"${company} Recruiting" <no-reply@us.greenhouse-mail.io>`,
      subject: `Thank you for applying to ${company}`,
      text: `Hi Sam,\n\nThank you for applying to the ${title} position at ${company}. We have received your application and our team will review it.\n\nhttps://boards.greenhouse.io/${slug}/jobs/${4000000 + i}\n\nBest,\n${company} Recruiting`,
    });
    recruiting.push({
      from: `"Jordan Lee" <jordan.lee@${slug}.com>`,
      subject: `Interview invitation: ${title} at ${company}`,
      text: `Hi Sam,\n\nThank you for your interest in the ${title} role at ${company}. I'd like to invite you to a 30-minute phone screen to talk about your background.\n\nCould you let me know your availability this week?\n\nBest regards,\nJordan Lee\nTechnical Recruiter, ${company}`,
    });
    if (i % 3 === 0) {
      recruiting.push({
        from: `"${company} Recruiting" <no-reply@us.greenhouse-mail.io>`,
        subject: `Your application to ${company}`,
        text: `Hi Sam,\n\nThank you for your interest in ${company} and the time you invested. After careful consideration, we have decided not to move forward with your application for the ${title} role.\n\nWe wish you the best in your search.\n\n${company} Recruiting`,
      });
    }
  }
  const messages: MailInput[] = [];
  const other = total - recruiting.length;
  for (let i = 0; i < other; i++) {
    messages.push(
      i % 2
        ? { from: '"The Pragmatic Weekly" <newsletter@pragmaticweekly.com>', subject: `This week #${i}: Postgres internals, a new build tool, and more`, text: `Issue ${i}. Articles about databases, build tools and compilers.\n\nUnsubscribe: https://pragmaticweekly.com/u` }
        : { from: '"Alex Rivera" <alex.rivera@gmail.com>', subject: `Dinner on Saturday? (${i})`, text: 'Are you free on Saturday evening? We could try the new place downtown.' },
    );
  }
  // Recruiting mail spread evenly through the mailbox, in received order; one message a minute back from now.
  const step = Math.floor(messages.length / recruiting.length);
  recruiting.forEach((m, i) => messages.splice(i * (step + 1), 0, m));
  return messages.map((m, i) => ({ ...m, date: new Date(now - (messages.length - i) * 60_000) }));
}

/** The ceiling: the same messages as email_messages rows, 500 per multi-value INSERT, into a copy of the table. */
async function insertCeiling(url: string, inputs: MailInput[]): Promise<{ rows: number; ms: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('create table ceiling_messages (like email_messages including defaults including indexes)');
  const accountId = randomUUID();
  const threadId = randomUUID();
  const columns = ['id', 'account_id', 'thread_id', 'provider_message_id', 'rfc_message_id', 'references', 'from_address', 'from_name', 'to_addresses', 'subject', 'snippet', 'received_at', 'category', 'confidence', 'evidence', 'created_at'];
  const started = performance.now();
  for (let offset = 0; offset < inputs.length; offset += 500) {
    const batch = inputs.slice(offset, offset + 500);
    const values: unknown[] = [];
    const tuples = batch.map((m, i) => {
      const row = [randomUUID(), accountId, threadId, `p${offset + i}`, `${offset + i}@bench`, '[]', m.from, null, '["me@example.test"]', m.subject, (m.text ?? '').slice(0, 200), m.date, 'NOT_JOB_RELATED', 0.9, '[]', new Date()];
      values.push(...row);
      return `(${row.map((_, j) => `$${values.length - row.length + j + 1}`).join(', ')})`;
    });
    await client.query(`insert into ceiling_messages (${columns.map((c) => `"${c}"`).join(', ')}) values ${tuples.join(', ')}`, values);
  }
  const ms = performance.now() - started;
  await client.end();
  return { rows: inputs.length, ms };
}

/** A CPU profile of the sync alone (BENCH_CPU_PROFILE=file.cpuprofile), for `node --cpu-prof`'s viewers. */
async function startProfiler(): Promise<{ stop(file: string): Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

export async function runGmailSyncThroughputBench(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log('\nSync throughput bench skipped: it measures against the machine\'s PostgreSQL, so it needs DATABASE_URL.');
    return;
  }
  const total = Number(process.env.BENCH_MESSAGES ?? 10_000);
  const companies = Math.min(100, Math.floor(total / 30));
  const scratch = await createScratchDatabase(serverUrl);
  const url = scratch.url;
  const google = await startGmailEmulatorProcess();
  const orm = await openOrm(url);
  const pubsub = createPubSubHandle(undefined);
  try {
    const config = await testConfig({ ...google.env, GMAIL_QUOTA_UNITS_PER_SECOND: '0', SYNC_BACKFILL_DAYS: '90' });
    const log = createLogger('silent');
    const email = 'bench@gmail.test';
    const inputs = mailbox(total, companies, Date.now());
    await google.addMessages(email, inputs);
    const account = await storedAccount({ orm, url } as never, config, 'GMAIL', email, await google.grant(email));
    await google.resetCounters();

    const deps = { orm, pubsub: pubsub.pubsub, log, config, readerFor: providerReaders({ orm, config, log }) };
    const syncNow = async () => {
      const em = orm.em.fork();
      await em.execute(`update mail_accounts set next_sync_at = clock_timestamp() where id = ?`, [account.id]);
      const leased = await leaseDueAccounts(em, 'bench', 1, 10 * 60_000);
      if (!leased.includes(account.id)) throw new Error('could not lease the bench account');
      return syncLeasedAccount(deps, account.id, 'bench');
    };

    // The reader alone (emulator → normalized pages, nothing stored): what the provider side costs.
    const readStarted = performance.now();
    let read = 0;
    for await (const page of deps.readerFor(account).pages({ cursor: null, since: new Date(Date.now() - 90 * 86_400_000) })) read += page.messages.length;
    const readMs = performance.now() - readStarted;
    await google.resetCounters();

    // A second connection watches for the first committed status change, as a dashboard would see it.
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    let firstChangeMs: number | null = null;
    let firstMoveMs: number | null = null;
    let watching = true;
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const started = performance.now();
    const watch = (async () => {
      while (watching) {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        const { rows } = await watcher.query<{ any: boolean; moved: boolean }>(
          `select exists(select 1 from status_changes) as any, exists(select 1 from status_changes where from_status is not null) as moved`,
        );
        const at = performance.now() - started;
        if (rows[0]!.any && firstChangeMs === null) firstChangeMs = at;
        if (rows[0]!.moved && firstMoveMs === null) firstMoveMs = at;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const profiler = process.env.BENCH_CPU_PROFILE ? await startProfiler() : null;
    const cpuBefore = process.cpuUsage();
    const emulatorBefore = await google.usage();
    const summary = await syncNow();
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    if (profiler) await profiler.stop(process.env.BENCH_CPU_PROFILE!);
    const emulatorAfter = await google.usage();
    watching = false;
    await watch;
    await watcher.end();
    const { calls, quotaUnits: units } = await google.counters();

    await google.resetCounters();
    const incremental = await syncNow();
    const incrementalCalls = Object.entries((await google.counters()).calls).filter(([op]) => !op.startsWith('oauth')).reduce((n, [, c]) => n + c, 0);

    const ceiling = await insertCeiling(url, inputs);
    const counts = (
      await orm.em.fork().execute<{ messages: number; applications: number; moves: number }[]>(
        `select (select count(*)::int from email_messages) as messages, (select count(*)::int from applications) as applications,
                (select count(*)::int from status_changes) as moves`,
      )
    )[0]!;
    const floorUnits = Math.ceil(total / 500) * 5 + total * 5;
    const rate = total / (wallMs / 1000);
    const ceilingRate = ceiling.rows / (ceiling.ms / 1000);

    console.log(`\nFirst Gmail sync of ${total} messages (${inputs.length - (total - companies * 2 - Math.ceil(companies / 3))} recruiting, ${companies} employers), GMAIL_QUOTA_UNITS_PER_SECOND=0, PostgreSQL at DATABASE_URL`);
    console.log(`  outcome ${summary.outcome}: ${summary.scanned} scanned in ${summary.pages} pages, ${summary.jobRelated} job-related, ${summary.skipped} skipped, ${summary.duplicates} duplicates, ${summary.statusMoves} status moves`);
    console.log(`  stored: ${counts.messages} email_messages, ${counts.applications} applications, ${counts.moves} status_changes rows`);
    console.log(`  reader alone (Gmail API → normalized pages, nothing stored): ${read} messages in ${(readMs / 1000).toFixed(1)} s = ${(read / (readMs / 1000)).toFixed(0)} msg/s`);
    console.log(`  end to end:        ${(wallMs / 1000).toFixed(1)} s = ${rate.toFixed(0)} msg/s`);
    console.log(`  ceiling (500-row multi-value INSERTs of the same ${ceiling.rows} messages): ${(ceiling.ms / 1000).toFixed(2)} s = ${ceilingRate.toFixed(0)} rows/s; pipeline = ${((rate / ceilingRate) * 100).toFixed(1)} % of it`);
    console.log(`  CPU of the sync process: user ${(cpu.user / 1e6).toFixed(1)} s + system ${(cpu.system / 1e6).toFixed(1)} s = ${(((cpu.user + cpu.system) / 1e3 / wallMs) * 100).toFixed(0)} % of one core; peak RSS ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20).toFixed(0)} MiB (${(rssBefore / 2 ** 20).toFixed(0)} MiB when the sync began; the reader-alone pass before it counts toward the peak too)`);
    const emulatorCpuMs = emulatorAfter.cpuUserMs + emulatorAfter.cpuSystemMs - emulatorBefore.cpuUserMs - emulatorBefore.cpuSystemMs;
    console.log(`  CPU of the emulator process (not the pipeline's): ${(emulatorCpuMs / 1000).toFixed(1)} s = ${((emulatorCpuMs / wallMs) * 100).toFixed(0)} % of one core; peak RSS ${emulatorAfter.maxRssMiB.toFixed(0)} MiB`);
    console.log(`  first status change committed after ${firstChangeMs === null ? '—' : (firstChangeMs / 1000).toFixed(2)} s; first forward move after ${firstMoveMs === null ? '—' : (firstMoveMs / 1000).toFixed(2)} s`);
    console.log(`  Gmail API: ${Object.entries(calls).map(([op, n]) => `${op} ${n}`).join(', ')}`);
    console.log(`  quota units ${units} vs floor ${floorUnits} (list pages at 5 per 500 ids + 5 per message read once) = ${(units / floorUnits).toFixed(2)}×`);
    console.log(`  incremental sync with nothing new: ${incrementalCalls} Gmail API call(s), outcome ${incremental.outcome}, ${incremental.scanned} scanned`);
  } finally {
    await pubsub.close();
    await orm.close(true);
    await google.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runGmailSyncThroughputBench();
