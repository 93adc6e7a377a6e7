/**
 * Keeps a labelled suite's `KNOWN_FAILURES` in step with the engine: classifies the suite's set,
 * keeps every entry (and its hand-written reason) whose failing fields are unchanged, drops what
 * now passes, and adds what now fails as "<reason prefix>: got <value>". Rewrites the suite file;
 * read the diff before committing it (scripts/evaluation/list-known-failures.ts only prints).
 *
 *   node scripts/evaluation/update-known-failures.ts test/classification/heldout-9-fixtures.test.ts test/fixtures/heldout-9 "since the retraining"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { classifyFixture, fieldMatches, loadFixtureLabels, readPath } from './evaluate.ts';
import { companyMatches } from './score-predictions.ts';
const [suite, dir, prefix] = process.argv.slice(2) as [string, string, string];
const src = readFileSync(suite, 'utf8');
const head = 'const KNOWN_FAILURES: KnownFailures = {';
const start = src.indexOf(head);
if (start < 0) throw new Error('no block in ' + suite);
const bodyStart = start + head.length;
const end = src.indexOf('\n};', bodyStart);
const block = src.slice(bodyStart, end);
const existing = (0, eval)(`({${block}\n})`) as Record<string, Record<string, string>>;
const entryText = new Map<string, string>();
{
  const lines = block.split('\n');
  let cur: string | null = null; let buf: string[] = [];
  for (const line of lines) {
    const m = /^  '([^']+)': \{$/.exec(line);
    if (m) { cur = m[1]!; buf = [line]; continue; }
    if (cur) { buf.push(line); if (line === '  },') { entryText.set(cur, buf.join('\n')); cur = null; } }
  }
}
const labels = loadFixtureLabels(dir);
const q = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));
const lit = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const out: string[] = [];
let kept = 0, changed = 0, added = 0, dropped = 0;
for (const [file, label] of Object.entries(labels)) {
  const result = await classifyFixture(file, label, dir);
  const wrong: Record<string, string> = {};
  if (result.category !== label.category || result.isJobRelated !== (label.category !== 'NOT_JOB_RELATED')) wrong['category'] = `got ${result.category}`;
  if (label.company && !companyMatches(label.company, result.company ?? '')) wrong['company'] = `got ${q(result.company)}`;
  const fields: Record<string, unknown> = { ...(label.fields ?? {}) };
  if (label.jobTitle !== undefined) fields['jobTitle'] = label.jobTitle;
  for (const [path, expected] of Object.entries(fields)) {
    const actual = readPath(result, path);
    if (!fieldMatches(actual, expected)) wrong[path] = `got ${q(actual)}`;
  }
  const before = existing[file] ?? {};
  const same = Object.keys(wrong).length === Object.keys(before).length && Object.keys(wrong).every((k) => k in before);
  if (Object.keys(wrong).length === 0) { if (existing[file]) dropped++; continue; }
  if (same && entryText.has(file)) { out.push(entryText.get(file)!); kept++; continue; }
  if (existing[file]) changed++; else added++;
  const lines = Object.entries(wrong).map(([k, why]) => `    ${/^[A-Za-z]+$/.test(k) ? k : lit(k)}: ${lit(before[k] ?? `${prefix}: ${why}`)},`);
  out.push(`  '${file}': {\n${lines.join('\n')}\n  },`);
}
const next = src.slice(0, bodyStart) + (out.length ? '\n' + out.join('\n') : '') + src.slice(end);
writeFileSync(suite, next);
console.log(`${suite}: kept ${kept}, changed ${changed}, added ${added}, dropped ${dropped}`);
