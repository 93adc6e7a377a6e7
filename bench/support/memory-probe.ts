/**
 * Preloaded into a benchmark's server process (`node --expose-gc --import ./bench/support/memory-probe.ts …`):
 * on SIGUSR2 it collects garbage and prints one line `memory-probe {"rss":…,"heapUsed":…,"external":…}`
 * (bytes) on stdout, so a benchmark reads what live objects cost rather than what the collector has not
 * reclaimed yet. Benchmark-only: the server's own code knows nothing of it.
 */
import { writeHeapSnapshot } from 'node:v8';

let probes = 0;
process.on('SIGUSR2', () => {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  collect?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  // Profiling aid: BENCH_HEAP_SNAPSHOT_DIR=dir writes a heap snapshot at each probe (compare idle with N sockets).
  if (process.env.BENCH_HEAP_SNAPSHOT_DIR) writeHeapSnapshot(`${process.env.BENCH_HEAP_SNAPSHOT_DIR}/probe-${process.pid}-${++probes}.heapsnapshot`);
  process.stdout.write(`memory-probe ${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers, collected: Boolean(collect) })}\n`);
});
