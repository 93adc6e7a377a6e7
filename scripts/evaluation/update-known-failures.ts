/**
 * Keeps a labelled suite's `KNOWN_FAILURES` in step with the engine: classifies the suite's set,
 * keeps every entry (and its hand-written reason) whose failing fields are unchanged, drops what
 * now passes, and adds what now fails as "<reason prefix>: got <value>". Rewrites the suite file;
 * read the diff before committing it (list-known-failures.ts only prints).
 *
 *   node scripts/evaluation/update-known-failures.ts test/classification/heldout-9-fixtures.test.ts test/fixtures/heldout-9 "since the retraining"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { classifyFixture, failingFields, loadFixtureLabels } from './evaluate.ts';

const [suite, dir, prefix] = process.argv.slice(2);
if (!suite || !dir || !prefix) {
  console.error('usage: node scripts/evaluation/update-known-failures.ts SUITE_FILE FIXTURE_DIR "reason prefix"');
  process.exit(64);
}

const HEAD = 'const KNOWN_FAILURES: KnownFailures = {';
const source = readFileSync(suite, 'utf8');
const start = source.indexOf(HEAD);
if (start < 0) throw new Error(`no "${HEAD}" in ${suite}`);
const bodyStart = start + HEAD.length;
const bodyEnd = source.indexOf('\n};', bodyStart);
const body = source.slice(bodyStart, bodyEnd);
// The map is an object literal in our own test file: evaluated to read its reasons, and kept as
// written (comments included) for every entry whose failing fields do not change.
const existing = (0, eval)(`({${body}\n})`) as Record<string, Record<string, string>>;
const written = entriesAsWritten(body);

const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));
const entries: string[] = [];
const tally = { kept: 0, changed: 0, added: 0, dropped: 0 };
for (const [file, label] of Object.entries(loadFixtureLabels(dir))) {
  const wrong = failingFields(label, await classifyFixture(file, label, dir));
  const fields = Object.keys(wrong);
  const before = existing[file];
  if (fields.length === 0) {
    if (before) tally.dropped++;
    continue;
  }
  const unchanged = before !== undefined && fields.length === Object.keys(before).length && fields.every((f) => f in before);
  if (unchanged && written.has(file)) {
    entries.push(written.get(file)!);
    tally.kept++;
    continue;
  }
  tally[before ? 'changed' : 'added']++;
  const lines = fields.map((f) => `    ${/^[A-Za-z]+$/.test(f) ? f : literal(f)}: ${literal(before?.[f] ?? `${prefix}: got ${shown(wrong[f])}`)},`);
  entries.push(`  '${file}': {\n${lines.join('\n')}\n  },`);
}
writeFileSync(suite, source.slice(0, bodyStart) + (entries.length ? `\n${entries.join('\n')}` : '') + source.slice(bodyEnd));
console.log(`${suite}: kept ${tally.kept}, changed ${tally.changed}, added ${tally.added}, dropped ${tally.dropped}`);

/** Each entry's text as written in the suite ("  'file.eml': {" … "  },"), by file. */
function entriesAsWritten(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let file: string | null = null;
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    const opening = /^ {2}'([^']+)': \{$/.exec(line);
    if (opening) {
      file = opening[1]!;
      lines = [line];
    } else if (file) {
      lines.push(line);
      if (line === '  },') {
        out.set(file, lines.join('\n'));
        file = null;
      }
    }
  }
  return out;
}
