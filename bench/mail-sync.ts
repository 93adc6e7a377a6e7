/**
 * The provider readers against the loopback emulators (npm run bench, or
 * `node bench/mail-sync.ts` alone): a 5,000-message Gmail mailbox with 200 recruiter messages
 * read unpaced (calls, quota units against the floor, wall time, time to the first hiring
 * message), an incremental sync with nothing new, the same paced at GMAIL_QUOTA_UNITS_PER_SECOND
 * on a smaller mailbox (how close pacing gets to the quota), and a 5,000-message Outlook inbox.
 * Grants come from the emulators' real consent + code exchange; they are held in memory here
 * (the tests cover their encrypted storage).
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { createMailboxReader } from '../src/providers/index.ts';
import type { MailboxReader } from '../src/providers/provider.ts';
import type { OAuthTokens, TokenStore } from '../src/providers/token-store.ts';
import { startGoogleEmulator, type GoogleEmulator } from '../test/emulators/google.ts';
import { grantFromGoogleEmulator } from '../test/emulators/google-consent.ts';
import { startMicrosoftEmulator } from '../test/emulators/microsoft.ts';
import { grantFromMicrosoftEmulator } from '../test/emulators/microsoft-consent.ts';

const DAY = 86_400_000;
const ATS = ['greenhouse.io', 'lever.co', 'myworkdayjobs.com', 'ashbyhq.com', 'smartrecruiters.com'];

function memoryTokens(initial: OAuthTokens): TokenStore {
  let current = initial;
  return { load: async () => current, save: async (t) => void (current = t) };
}

function fillMailbox(add: (i: number, recruiter: boolean, date: Date) => void, total: number, recruiter: number): void {
  const every = Math.floor(total / recruiter);
  for (let i = 0; i < total; i++) add(i, i % every === 0 && i / every < recruiter, new Date(Date.now() - ((i + 1) / total) * 85 * DAY));
}

async function drain(reader: MailboxReader, isHiring: (id: string) => boolean) {
  const started = performance.now();
  let firstHiringMs: number | null = null;
  let messages = 0;
  let cursor: string | null = null;
  for await (const page of reader.pages({ cursor: null, since: new Date(Date.now() - 90 * DAY) })) {
    messages += page.messages.length;
    if (firstHiringMs === null && page.messages.some((m) => isHiring(m.providerMessageId))) firstHiringMs = performance.now() - started;
    cursor = page.cursor;
  }
  return { messages, wallMs: performance.now() - started, firstHiringMs, cursor };
}

async function drainFrom(reader: MailboxReader, cursor: string | null) {
  let messages = 0;
  for await (const page of reader.pages({ cursor, since: new Date(Date.now() - 90 * DAY) })) messages += page.messages.length;
  return messages;
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const calls = (c: Record<string, number>) =>
  Object.entries(c)
    .filter(([k]) => !k.startsWith('oauth') && k !== 'token' && k !== 'authorize')
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

async function gmailRun(google: GoogleEmulator, total: number, recruiter: number, unitsPerSecond: number) {
  const email = `bench-${randomBytes(3).toString('hex')}@gmail.test`;
  const hiring = new Set<string>();
  fillMailbox(
    (i, isRecruiter, date) => {
      const domain = ATS[i % ATS.length]!;
      const added = isRecruiter
        ? google.addMessage(email, { from: `Acme Recruiting <no-reply@${domain}>`, subject: `Your application to Acme (${i})`, text: 'Thank you for applying. We will be in touch.', date })
        : google.addMessage(email, { from: `Friend ${i} <friend${i}@example.org>`, subject: `Weekend plans ${i}`, text: 'Lorem ipsum dolor sit amet. '.repeat(20), date });
      if (isRecruiter) hiring.add(added.id);
    },
    total,
    recruiter,
  );
  const tokens = memoryTokens(await grantFromGoogleEmulator(google, email));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '.data/bench', TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'), JWT_SECRET: randomBytes(32).toString('hex'), ...google.env(), GMAIL_QUOTA_UNITS_PER_SECOND: String(unitsPerSecond) });
  const deps = { config, log: createLogger('silent'), tokens };
  const account = { id: email, provider: 'GMAIL' as const, emailAddress: email };
  google.resetCounters();
  const first = await drain(createMailboxReader(account, deps), (id) => hiring.has(id));
  const firstCounters = { calls: { ...google.counters.calls }, units: google.counters.quotaUnits };
  google.resetCounters();
  await drainFrom(createMailboxReader(account, deps), first.cursor);
  const incremental = { ...google.counters.calls };
  return { total, first, firstCounters, incremental, floorUnits: 5 * Math.ceil(total / 500) + 5 * total };
}

export async function runMailSyncBench(): Promise<void> {
  console.log('\n## Mail sync against the loopback emulators\n');
  const google = await startGoogleEmulator();
  try {
    const unpaced = await gmailRun(google, 5000, 200, 0);
    console.log(`Gmail first sync, ${unpaced.total} messages (200 recruiter), unpaced (GMAIL_QUOTA_UNITS_PER_SECOND=0):`);
    console.log(`  read ${unpaced.first.messages} messages in ${fmt(unpaced.first.wallMs)}; first hiring message after ${fmt(unpaced.first.firstHiringMs ?? Number.NaN)}`);
    console.log(`  calls: ${calls(unpaced.firstCounters.calls)}`);
    console.log(`  quota units: ${unpaced.firstCounters.units} (floor ${unpaced.floorUnits}: list 5 per 500 ids + get 5 per message; ${((unpaced.firstCounters.units / unpaced.floorUnits - 1) * 100).toFixed(2)} % above)`);
    console.log(`  at 15,000 units/user/minute real Gmail needs at least ${(unpaced.firstCounters.units / 250).toFixed(0)} s for these units`);
    console.log(`Gmail incremental sync with nothing new: ${calls(unpaced.incremental)}`);

    const paced = await gmailRun(google, 1000, 40, 250);
    const units = paced.firstCounters.units;
    console.log(`Gmail first sync, ${paced.total} messages, paced at 250 units/s:`);
    console.log(`  ${units} units in ${fmt(paced.first.wallMs)} = ${(units / (paced.first.wallMs / 1000)).toFixed(1)} units/s (quota 250; the floor time for these units is ${fmt(((units - 250) / 250) * 1000)} after the first second's burst)`);
    console.log(`  first hiring message after ${fmt(paced.first.firstHiringMs ?? Number.NaN)}`);
  } finally {
    await google.close();
  }

  const microsoft = await startMicrosoftEmulator();
  try {
    const email = 'bench@outlook.test';
    fillMailbox(
      (i, isRecruiter, date) =>
        void microsoft.addMessage(email, isRecruiter ? { from: `Talent <jobs@lever.co>`, subject: `Interview ${i}`, html: '<p>Pick a time</p>', date } : { from: `f${i}@example.org`, subject: `Hi ${i}`, text: 'Lorem ipsum. '.repeat(20), date }, { notify: false }),
      5000,
      200,
    );
    const tokens = memoryTokens(await grantFromMicrosoftEmulator(microsoft, email));
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '.data/bench', TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'), JWT_SECRET: randomBytes(32).toString('hex'), ...microsoft.env() });
    const account = { id: email, provider: 'OUTLOOK' as const, emailAddress: email };
    microsoft.resetCounters();
    const first = await drain(createMailboxReader(account, { config, log: createLogger('silent'), tokens }), () => false);
    const firstCalls = { ...microsoft.counters.calls };
    microsoft.resetCounters();
    await drainFrom(createMailboxReader(account, { config, log: createLogger('silent'), tokens }), first.cursor);
    console.log(`Outlook first sync, 5000 messages: ${first.messages} read in ${fmt(first.wallMs)}; requests: ${calls(firstCalls)} (delta pages of 100)`);
    console.log(`Outlook incremental sync with nothing new: ${calls(microsoft.counters.calls)}`);
  } finally {
    await microsoft.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runMailSyncBench();
