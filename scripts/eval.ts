/**
 * `npm run eval`: classification figures on the dev corpus and every labelled set (fixtures and
 * the written rounds), then all labelled mail together: per-class table, status macro-F1,
 * rejection and confirmation recall, non-job false positives, and the reliability of the confidence.
 */

import { evaluateDevCorpus, evaluateFixtures } from './evaluation/evaluate.ts';
import { formatFigures, scorePredictions, CATEGORY_ORDER } from './evaluation/score-predictions.ts';
import type { LabelledPrediction } from './evaluation/score-predictions.ts';
import { devCorpusAvailable } from './evaluation/load-dev-corpus.ts';
import { LABELLED_SETS } from './evaluation/labelled-sets.ts';

const verbose = process.argv.includes('--mistakes');
const everything: LabelledPrediction[] = [];
const heldOut: LabelledPrediction[] = [];

if (devCorpusAvailable()) {
  const dev = evaluateDevCorpus();
  console.log(formatFigures('dev corpus (no-status job classes collapsed)', dev));
  if (verbose) for (const m of dev.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted}`);
} else {
  console.log('== dev corpus: skipped (../shared/corpus/dev.jsonl not found next to the project) ==');
}
for (const set of LABELLED_SETS) {
  console.log('');
  const result = await evaluateFixtures(set.dir);
  everything.push(...result.predictions);
  if (set.heldOut) heldOut.push(...result.predictions);
  console.log(formatFigures(set.heldOut ? `${set.title} — HELD OUT (mistakes never read, never trained or tuned on; first-run figures in docs/classification.md)` : set.title, result.figures));
  for (const line of result.fieldReport) console.log(line);
  if (!verbose) continue;
  for (const m of result.figures.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted} (confidence ${m.confidence})`);
  for (const m of result.figures.companyMistakes) console.log(`  ${m.id}: company expected ${m.expectedCompany}, got ${m.predictedCompany}`);
}
console.log('');
console.log(formatFigures('all labelled .eml sets together', scorePredictions(everything, CATEGORY_ORDER)));
if (heldOut.length > 0) {
  console.log('');
  console.log(formatFigures('all held-out sets together (never trained or tuned on)', scorePredictions(heldOut, CATEGORY_ORDER)));
}
