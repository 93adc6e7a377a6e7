/** `npm run eval`: classification figures on the dev corpus and on the project's own fixtures. */

import { HELDOUT_2_DIR, HELDOUT_3_DIR, HELDOUT_DIR, evaluateDevCorpus, evaluateFixtures } from '../src/modules/classification/evaluation/evaluate.ts';
import { formatFigures } from '../src/modules/classification/evaluation/score-predictions.ts';
import { devCorpusAvailable } from '../src/modules/classification/evaluation/load-dev-corpus.ts';

const verbose = process.argv.includes('--mistakes');

if (devCorpusAvailable()) {
  const dev = evaluateDevCorpus();
  console.log(formatFigures('dev corpus (no-status job classes collapsed)', dev));
  if (verbose) for (const m of dev.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted}`);
} else {
  console.log('== dev corpus: skipped (../shared/corpus/dev.jsonl not found next to the project) ==');
}
console.log('');
const fixtures = await evaluateFixtures();
console.log(formatFigures('fixtures (test/fixtures/labels.json)', fixtures.figures));
for (const line of fixtures.fieldReport) console.log(line);
if (verbose) for (const m of fixtures.figures.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted}`);
console.log('');
const heldout = await evaluateFixtures(HELDOUT_DIR);
console.log(formatFigures('held-out fixtures (test/fixtures/heldout)', heldout.figures));
for (const line of heldout.fieldReport) console.log(line);
if (verbose) for (const m of heldout.figures.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted}`);
if (verbose) for (const m of heldout.figures.companyMistakes) console.log(`  ${m.id}: company expected ${m.expectedCompany}, got ${m.predictedCompany}`);
console.log('');
const heldout2 = await evaluateFixtures(HELDOUT_2_DIR);
console.log(formatFigures('second held-out round (test/fixtures/heldout-2)', heldout2.figures));
for (const line of heldout2.fieldReport) console.log(line);
if (verbose) for (const m of heldout2.figures.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted}`);
if (verbose) for (const m of heldout2.figures.companyMistakes) console.log(`  ${m.id}: company expected ${m.expectedCompany}, got ${m.predictedCompany}`);
console.log('');
const heldout3 = await evaluateFixtures(HELDOUT_3_DIR);
console.log(formatFigures('third held-out round (test/fixtures/heldout-3)', heldout3.figures));
for (const line of heldout3.fieldReport) console.log(line);
if (verbose) for (const m of heldout3.figures.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted}`);
if (verbose) for (const m of heldout3.figures.companyMistakes) console.log(`  ${m.id}: company expected ${m.expectedCompany}, got ${m.predictedCompany}`);
