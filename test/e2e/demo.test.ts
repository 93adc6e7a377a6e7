import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/free-port.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('npm run demo', () => {
  let database: TestDatabase | undefined;
  afterAll(() => database?.drop());

  it('connects the demo Gmail, moves statuses live as mail arrives, prints what to paste, and stops cleanly on Ctrl-C', async () => {
    database = await createTestDatabase();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      DATA_DIR: await mkdtemp(join(tmpdir(), 'applytrack-demo-')),
      PORT: String(await freePort()),
      DEMO_INTERVAL_SECONDS: '0.2',
    };
    delete env.REDIS_URL;
    const child = spawn(process.execPath, ['--require', './scripts/require-node.cjs', 'scripts/demo.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      // Bounded by the test timeout: the last move of the story is the offer.
      for (let i = 0; i < 1200 && !output.includes('TECHNICAL_ROUND → OFFER_EXTENDED') && child.exitCode === null; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(output).toContain(`GraphiQL:  http://localhost:${env.PORT}/graphql`);
      expect(output).toMatch(/"Authorization": "Bearer [\w-]+\.[\w-]+\.[\w-]+"/);
      expect(output).toContain('subscription {');
      // The mail reached the server as Gmail pushes.
      expect(output).toContain('→ mail (push): "Your application to Globex"');
      for (const move of ['(new) → APPLIED', 'APPLIED → INTERVIEWING', 'INTERVIEWING → TECHNICAL_ROUND', 'TECHNICAL_ROUND → OFFER_EXTENDED', 'Globex — Backend Engineer: APPLIED → REJECTED']) {
        expect(output).toContain(move);
      }
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output).toContain('demo stopped');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 180_000);
});
