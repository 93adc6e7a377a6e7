/** `npm run eval`: classification figures on the dev corpus, the project's own fixtures and the held-out rounds. */

import { FIXTURES_DIR, HELDOUT_2_DIR, HELDOUT_3_DIR, HELDOUT_4_DIR, HELDOUT_DIR, evaluateDevCorpus, evaluateFixtures } from './evaluation/evaluate.ts';
import { formatFigures } from './evaluation/score-predictions.ts';
import { devCorpusAvailable } from './evaluation/load-dev-corpus.ts';

const verbose = process.argv.includes('--mistakes');

if (devCorpusAvailable()) {
  const dev = evaluateDevCorpus();
  console.log(formatFigures('dev corpus (no-status job classes collapsed)', dev));
  if (verbose) for (const m of dev.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted}`);
} else {
  console.log('== dev corpus: skipped (../shared/corpus/dev.jsonl not found next to the project) ==');
}
console.log('');
const fixtureSets = [
  { title: 'fixtures (test/fixtures/labels.json)', dir: FIXTURES_DIR },
  { title: 'held-out fixtures (test/fixtures/heldout)', dir: HELDOUT_DIR },
  { title: 'second held-out round (test/fixtures/heldout-2)', dir: HELDOUT_2_DIR },
  { title: 'third held-out round (test/fixtures/heldout-3)', dir: HELDOUT_3_DIR },
  { title: 'fourth held-out round (test/fixtures/heldout-4)', dir: HELDOUT_4_DIR },
];
for (const [i, set] of fixtureSets.entries()) {
  if (i > 0) console.log('');
  const result = await evaluateFixtures(set.dir);
  console.log(formatFigures(set.title, result.figures));
  for (const line of result.fieldReport) console.log(line);
  if (!verbose) continue;
  for (const m of result.figures.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted}`);
  for (const m of result.figures.companyMistakes) console.log(`  ${m.id}: company expected ${m.expectedCompany}, got ${m.predictedCompany}`);
}
