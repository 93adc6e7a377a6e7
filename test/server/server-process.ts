import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readlink, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** `npm start` as a person runs it: the real entry point in a process of its own. */
export interface ServerProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the port the server bound once it says it is ready. */
  ready: Promise<number>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** The environment of a server with nothing but Node: no DATABASE_URL unless given, DATA_DIR and PORT set (0: any free port, reported by `ready`). */
export function serverEnvironment(dataDir: string, port = 0, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.NODE_ENV;
  return { ...env, ...extra };
}

/** The start-up line: "ApplyTrack Mail Sync ready at http://localhost:4000/graphql". */
export const READY_AT = /ready at https?:\/\/[^:\s]+:(\d+)/;

export function startServerProcess(env: NodeJS.ProcessEnv, options: { detached?: boolean } = {}): ServerProcess {
  const child = spawn(process.execPath, ['src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached });
  let output = '';
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  // The server is started on PORT=0 and says which port it bound: a port chosen beforehand and freed can be
  // taken by another process before the server listens on it (EADDRINUSE under a parallel test run).
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const bound = READY_AT.exec(output);
      if (bound) resolve(Number(bound[1]));
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
  ready.catch(() => undefined);
  return { child, output: () => output, ready, exited };
}

export async function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/** Removes a test's DATA_DIR and, as root, the private cluster directory its `postgres` link points to. */
export async function removeDataDir(dataDir: string): Promise<void> {
  const target = await readlink(join(dataDir, 'postgres')).catch(() => null);
  if (target) await rm(dirname(target), { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
