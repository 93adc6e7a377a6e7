/**
 * Classification throughput on one core: messages per second and latency
 * percentiles over the dev corpus (as text and rendered to HTML) and the
 * fixtures, the cost of each hostile 1 MB body, and a rough profile of
 * where the time goes (preparing text vs phrase scoring vs the rest).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../src/classifier/classify.ts';
import type { ClassifiableMessage } from '../src/classifier/classification.types.ts';
import { getDefaultTables } from '../src/classifier/read/compile-tables.ts';
import { FIXTURES_DIR, HELDOUT_2_DIR, HELDOUT_3_DIR, HELDOUT_DIR } from '../scripts/evaluation/evaluate.ts';
import { hostileCases } from '../scripts/evaluation/hostile-bodies.ts';
import { devCorpusAvailable, loadDevCorpus } from '../scripts/evaluation/load-dev-corpus.ts';
import { messageFromFields } from '../src/classifier/prepare/message-from-fields.ts';
import { parseEml } from '../src/classifier/prepare/parse-eml.ts';
import { prepareMessage } from '../src/classifier/prepare/prepare-message.ts';
import { scoreSignals } from '../src/classifier/read/score-signals.ts';

const MIN_BENCH_MS = 1500;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A mail-template rendering: tables, inline styles, a tracking pixel, paragraphs. */
export function renderHtml(text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<tr><td style="font-family:Arial,sans-serif;font-size:14px;color:#333;padding:8px 24px"><p>${escapeHtml(p).replace(/\n/g, '<br>')}</p></td></tr>`)
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0}.btn{background:#0a66c2}</style><script>window.x=1</script></head><body><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600">${paragraphs}<tr><td><a class="btn" href="https://example.com/careers">View careers</a><img src="https://t.example.com/p.gif" width="1" height="1"></td></tr></table></td></tr></table></body></html>`;
}

interface Figures {
  label: string;
  messages: number;
  perSecond: number;
  /** Messages per second of this process's CPU time: on a shared machine, less disturbed by other load than wall time. */
  perCpuSecond: number;
  p50: number;
  p99: number;
}

function measure(label: string, messages: readonly ClassifiableMessage[], run: (m: ClassifiableMessage) => unknown): Figures {
  for (const m of messages) run(m); // warm-up: JIT and compiled tables
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < MIN_BENCH_MS) {
    for (const m of messages) {
      const t0 = performance.now();
      run(m);
      latencies.push(performance.now() - t0);
      done++;
    }
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const pct = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return { label, messages: messages.length, perSecond: (done / elapsed) * 1000, perCpuSecond: done / ((cpu.user + cpu.system) / 1e6), p50: pct(0.5) * 1000, p99: pct(0.99) * 1000 };
}

function table(rows: readonly Figures[]): string {
  const head = `${'workload'.padEnd(34)}${'msgs'.padStart(6)}${'msg/s'.padStart(10)}${'msg/cpu-s'.padStart(11)}${'p50 µs'.padStart(10)}${'p99 µs'.padStart(10)}`;
  return [
    head,
    ...rows.map(
      (r) =>
        `${r.label.padEnd(34)}${String(r.messages).padStart(6)}${r.perSecond.toFixed(0).padStart(10)}${r.perCpuSecond.toFixed(0).padStart(11)}${r.p50.toFixed(0).padStart(10)}${r.p99.toFixed(0).padStart(10)}`,
    ),
  ].join('\n');
}

export async function runClassifyBench(): Promise<void> {
  getDefaultTables();
  console.log('== classification benchmark (one core, synchronous classify()) ==');
  const fixtureMessages = await Promise.all(
    readdirSync(FIXTURES_DIR)
      .filter((f) => f.endsWith('.eml'))
      .map(async (f) => parseEml(readFileSync(resolve(FIXTURES_DIR, f)))),
  );
  const heldoutMessages = await Promise.all(
    readdirSync(HELDOUT_DIR)
      .filter((f) => f.endsWith('.eml'))
      .map(async (f) => parseEml(readFileSync(resolve(HELDOUT_DIR, f)))),
  );
  const heldout2Messages = await Promise.all(
    readdirSync(HELDOUT_2_DIR)
      .filter((f) => f.endsWith('.eml'))
      .map(async (f) => parseEml(readFileSync(resolve(HELDOUT_2_DIR, f)))),
  );
  const heldout3Messages = await Promise.all(
    readdirSync(HELDOUT_3_DIR)
      .filter((f) => f.endsWith('.eml'))
      .map(async (f) => parseEml(readFileSync(resolve(HELDOUT_3_DIR, f)))),
  );
  const rows: Figures[] = [];
  let corpusText: ClassifiableMessage[] = [];
  if (devCorpusAvailable()) {
    const corpus = loadDevCorpus();
    corpusText = corpus.map((r) => messageFromFields({ from: r.from, subject: r.subject, text: r.text }));
    const corpusHtml = corpus.map((r) => messageFromFields({ from: r.from, subject: r.subject, html: renderHtml(r.text) }));
    rows.push(measure('dev corpus, plain text', corpusText, (m) => classify(m)));
    rows.push(measure('dev corpus rendered to HTML', corpusHtml, (m) => classify(m)));
  } else {
    console.log('(dev corpus not found at ../shared/corpus/dev.jsonl: benchmarking the fixtures only)');
  }
  rows.push(measure('fixtures (.eml, parsed beforehand)', fixtureMessages, (m) => classify(m)));
  rows.push(
    measure(
      'fixtures rendered to HTML only',
      fixtureMessages.map((m) => ({ ...m, html: m.html ?? renderHtml(m.text ?? ''), text: null })),
      (m) => classify(m),
    ),
  );
  rows.push(measure('held-out fixtures (.eml)', heldoutMessages, (m) => classify(m)));
  rows.push(measure('second held-out round (.eml)', heldout2Messages, (m) => classify(m)));
  rows.push(measure('third held-out round (.eml)', heldout3Messages, (m) => classify(m)));
  console.log(table(rows));

  const profileSet = corpusText.length > 0 ? corpusText : fixtureMessages;
  const tables = getDefaultTables();
  const prepareOnly = measure('prepare (html→text, quotes, normalize)', profileSet, (m) => prepareMessage(m));
  const prepareAndScore = measure('prepare + phrase scoring', profileSet, (m) => {
    const p = prepareMessage(m);
    return scoreSignals(p.matchSubject, p.matchBody, tables);
  });
  const full = measure('full classify', profileSet, (m) => classify(m));
  const per = (f: Figures): number => 1e6 / f.perSecond;
  const prepareUs = per(prepareOnly);
  const scoreUs = Math.max(0, per(prepareAndScore) - prepareUs);
  const restUs = Math.max(0, per(full) - per(prepareAndScore));
  const totalUs = per(full);
  console.log('\n== where the time goes (mean µs per message, %s) ==', corpusText.length > 0 ? 'dev corpus' : 'fixtures');
  for (const [stage, us] of [
    ['prepare: html→text, quote stripping, normalizing', prepareUs],
    ['phrase scoring (11 signals, subject + body)', scoreUs],
    ['sender, decision and extraction (company, title, ids, calendar, offer)', restUs],
  ] as const) {
    console.log(`${stage.padEnd(72)}${us.toFixed(1).padStart(8)} µs ${((us / totalUs) * 100).toFixed(0).padStart(4)}%`);
  }

  console.log('\n== hostile 1 MB bodies (one classify() each, after one warm-up) ==');
  for (const c of hostileCases()) {
    const message = messageFromFields(c.fields);
    classify(message);
    const t0 = performance.now();
    const result = classify(message);
    const ms = performance.now() - t0;
    console.log(`${c.name.padEnd(40)}${ms.toFixed(1).padStart(9)} ms  -> ${result.category}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runClassifyBench();
}
