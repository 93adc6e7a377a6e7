/**
 * The Gmail emulator of a benchmark in a process of its own, so the CPU time and memory the bench
 * reports are the sync's alone (Gmail is another machine in production). The parent talks to it
 * over the IPC channel: `startGmailEmulatorProcess()` forks this file and returns a small handle.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startGoogleEmulator } from '../test/emulators/google.ts';
import { grantFromGoogleEmulator } from '../test/emulators/google-consent.ts';
import type { MailInput } from '../test/emulators/mime-fixture.ts';

type Request =
  | { op: 'addMessages'; email: string; inputs: (Omit<MailInput, 'date'> & { date: number })[] }
  | { op: 'grant'; email: string }
  | { op: 'counters' }
  | { op: 'resetCounters' }
  | { op: 'usage' };

export interface EmulatorUsage {
  cpuUserMs: number;
  cpuSystemMs: number;
  maxRssMiB: number;
}

export interface GmailEmulatorProcess {
  env: Record<string, string>;
  addMessages(email: string, inputs: MailInput[]): Promise<void>;
  grant(email: string): Promise<{ accessToken: string; refreshToken: string; expiresAt: number; scope: string }>;
  counters(): Promise<{ calls: Record<string, number>; quotaUnits: number }>;
  resetCounters(): Promise<void>;
  usage(): Promise<EmulatorUsage>;
  close(): Promise<void>;
}

export async function startGmailEmulatorProcess(): Promise<GmailEmulatorProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let nextId = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  child.on('message', (message: { id: number; result?: unknown; error?: string }) => {
    const entry = waiting.get(message.id);
    if (!entry) return;
    waiting.delete(message.id);
    if (message.error) entry.reject(new Error(message.error));
    else entry.resolve(message.result);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ask = <T>(request: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ id, request });
    });
  const env = await new Promise<Record<string, string>>((resolve, reject) => {
    child.once('message', (message: { ready?: Record<string, string> }) => (message.ready ? resolve(message.ready) : reject(new Error('emulator did not start'))));
    child.once('exit', (code) => reject(new Error(`emulator process exited with ${code}`)));
  });
  return {
    env,
    async addMessages(email, inputs) {
      // IPC messages stay small: a few thousand at a time.
      for (let i = 0; i < inputs.length; i += 2000) {
        await ask({ op: 'addMessages', email, inputs: inputs.slice(i, i + 2000).map((m) => ({ ...m, date: (m.date ?? new Date()).getTime() })) });
      }
    },
    grant: (email) => ask({ op: 'grant', email }),
    counters: () => ask({ op: 'counters' }),
    resetCounters: () => ask({ op: 'resetCounters' }),
    usage: () => ask({ op: 'usage' }),
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function serve(): Promise<void> {
  const google = await startGoogleEmulator();
  const answer = async (request: Request): Promise<unknown> => {
    switch (request.op) {
      case 'addMessages':
        for (const input of request.inputs) google.addMessage(request.email, { ...input, date: new Date(input.date) });
        return null;
      case 'grant':
        return grantFromGoogleEmulator(google, request.email);
      case 'counters':
        return { calls: google.counters.calls, quotaUnits: google.counters.quotaUnits };
      case 'resetCounters':
        google.resetCounters();
        return null;
      case 'usage': {
        const cpu = process.cpuUsage();
        return { cpuUserMs: cpu.user / 1000, cpuSystemMs: cpu.system / 1000, maxRssMiB: (process.resourceUsage().maxRSS * 1024) / 2 ** 20 } satisfies EmulatorUsage;
      }
    }
  };
  process.on('message', (message: { id: number; request: Request }) => {
    answer(message.request).then(
      (result) => process.send!({ id: message.id, result }),
      (error: unknown) => process.send!({ id: message.id, error: String(error) }),
    );
  });
  process.once('SIGTERM', () => void google.close().then(() => process.exit(0)));
  process.send!({ ready: google.env() });
}

if (process.argv[2] === '--child' && process.send) await serve();
