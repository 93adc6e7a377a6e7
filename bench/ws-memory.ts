/**
 * Issue 7, item 1: what sockets sending huge frames cost the server. The server runs as its own
 * process (`node src/main.ts`, on an embedded PostgreSQL of its own); SOCKETS connections
 * each start a WebSocket frame that declares FRAME_MB megabytes and stream it (the bench itself
 * holds one 1 MiB chunk, not the frames), unauthenticated and then authenticated. Prints the
 * server's resident memory before, its peak (VmHWM) and after, how the sockets were closed, and
 * how long /healthz took meanwhile. Asserts nothing. Bounded: at most SOCKETS × FRAME_MB sent,
 * 60 s per round.
 *
 *   node bench/ws-memory.ts            # 49 sockets × 90 MB, the figures of the issue
 *   SOCKETS=10 FRAME_MB=20 node bench/ws-memory.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/db/free-port.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHUNK = Buffer.alloc(1024 * 1024, 'a');
const ROUND_TIMEOUT_MS = 60_000;

interface Server {
  child: ChildProcess;
  port: number;
  stop(): Promise<void>;
}

async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  delete env.REDIS_URL;
  delete env.DATABASE_URL; // a database of its own: the bench writes a user
  const child = spawn(process.execPath, ['src/main.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 600; i++) {
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) break;
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    port,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** A raw WebSocket upgrade on loopback; resolves once the server switched protocols. */
function upgrade(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        [
          'GET /graphql HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
          'Sec-WebSocket-Version: 13',
          'Sec-WebSocket-Protocol: graphql-transport-ws',
          '',
          '',
        ].join('\r\n'),
      );
    });
    let head = '';
    const onData = (data: Buffer) => {
      head += data.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(head.split('\r\n')[0]));
      resolve(socket);
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

/** A client text frame header (masked with a zero key, so the payload bytes go as they are). */
function frameHeader(length: number): Buffer {
  const header = Buffer.alloc(14);
  header[0] = 0x81; // FIN + text
  header[1] = 0x80 | 127; // masked, 64-bit length
  header.writeBigUInt64BE(BigInt(length), 2);
  header.writeUInt32BE(0, 10); // mask key 0
  return header;
}

function encodeText(text: string): Buffer {
  const payload = Buffer.from(text);
  return Buffer.concat([frameHeader(payload.length), payload]);
}

/** Streams one frame of `bytes` until it is all sent or the server closes; returns what was sent and how it ended. */
async function sendHugeFrame(socket: Socket, bytes: number): Promise<{ sent: number; closedBy: string }> {
  let closedBy = 'still open';
  const closed = new Promise<void>((resolve) => {
    socket.on('data', (data: Buffer) => {
      // A close frame from the server: opcode 0x8, status code in the first two payload bytes.
      if ((data[0]! & 0x0f) === 0x8 && data.length >= 4) closedBy = `close ${data.readUInt16BE(2)}`;
    });
    socket.once('close', () => {
      if (closedBy === 'still open') closedBy = 'TCP close';
      resolve();
    });
    socket.once('error', () => undefined);
  });
  let sent = 0;
  socket.write(frameHeader(bytes));
  while (sent < bytes && !socket.destroyed) {
    const piece = Math.min(CHUNK.length, bytes - sent);
    sent += piece;
    if (!socket.write(piece === CHUNK.length ? CHUNK : CHUNK.subarray(0, piece))) {
      await Promise.race([once(socket, 'drain'), closed]);
    }
  }
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000))]);
  socket.destroy();
  return { sent, closedBy };
}

async function healthLatency(port: number): Promise<number> {
  const started = performance.now();
  await fetch(`http://127.0.0.1:${port}/healthz`);
  return performance.now() - started;
}

async function round(server: Server, label: string, sockets: number, frameBytes: number, init?: Buffer) {
  const before = memoryOf(server.child.pid!);
  const started = performance.now();
  const health: number[] = [];
  let attacking = true;
  const probe = (async () => {
    while (attacking) {
      health.push(await healthLatency(server.port));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const attack = Promise.all(
    Array.from({ length: sockets }, async () => {
      const socket = await upgrade(server.port);
      if (init) {
        socket.write(init);
        await new Promise((resolve) => socket.once('data', resolve)); // connection_ack
      }
      return sendHugeFrame(socket, frameBytes);
    }),
  );
  const results = await Promise.race([attack, new Promise<null>((resolve) => setTimeout(() => resolve(null), ROUND_TIMEOUT_MS))]);
  attacking = false;
  await probe;
  const elapsed = performance.now() - started;
  const after = memoryOf(server.child.pid!);
  const sentMb = results ? results.reduce((sum, r) => sum + r.sent, 0) / 1024 / 1024 : Number.NaN;
  const endings = results ? [...new Set(results.map((r) => r.closedBy))].join(', ') : `not done after ${ROUND_TIMEOUT_MS / 1000} s`;
  console.log(`  ${label}`);
  console.log(`    server RSS before ${before.rss.toFixed(0)} MB, peak so far ${after.peak.toFixed(0)} MB, after ${after.rss.toFixed(0)} MB`);
  console.log(`    client wrote ${sentMb.toFixed(1)} MB of ${((sockets * frameBytes) / 1024 / 1024).toFixed(0)} MB declared in ${elapsed.toFixed(0)} ms; sockets ended by: ${endings}`);
  console.log(`    /healthz during the round: ${health.length} probes, slowest ${Math.max(...health).toFixed(0)} ms`);
}

export async function runWsMemoryBench(sockets = Number(process.env.SOCKETS ?? 49), frameMb = Number(process.env.FRAME_MB ?? 90)): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'applytrack-bench-ws-'));
  const server = await startServer(dataDir);
  try {
    const tokenRun = spawn(process.execPath, ['src/cli/token.ts', '--email', 'bench-ws@example.com'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let token = '';
    tokenRun.stdout!.on('data', (chunk: Buffer) => (token += chunk.toString()));
    await once(tokenRun, 'exit');
    const init = encodeText(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token.trim()}` } }));
    console.log(`\nWebSocket frames against memory (issue 7 item 1): ${sockets} sockets × ${frameMb} MB frame each`);
    await round(server, 'unauthenticated sockets, frame sent before connection_init', sockets, frameMb * 1024 * 1024);
    await round(server, 'authenticated sockets (connection_ack received), then the frame', Math.min(sockets, 10), frameMb * 1024 * 1024, init);
    console.log(`    (authenticated: at most 10 connections per user, so ${Math.min(sockets, 10)} sockets)`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runWsMemoryBench();
