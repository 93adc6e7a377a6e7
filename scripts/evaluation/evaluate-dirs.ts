/**
 * Figures for any folders of labelled .eml (each with its labels.json), one table per folder and
 * one for all of them together: for measuring a new round before it is registered in
 * labelled-sets.ts, or an older engine on today's rounds (copy this file and the folders into a
 * checkout of that engine; it uses only evaluateFixtures and the scoring, which older checkouts have).
 *
 *   node scripts/evaluation/evaluate-dirs.ts test/fixtures/heldout-10 test/fixtures/heldout-11 [--mistakes]
 */
import { evaluateFixtures } from './evaluate.ts';
import { CATEGORY_ORDER, formatFigures, scorePredictions } from './score-predictions.ts';
import type { LabelledPrediction } from './score-predictions.ts';

const mistakes = process.argv.includes('--mistakes');
const dirs = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: node scripts/evaluation/evaluate-dirs.ts DIR [DIR …] [--mistakes]');
  process.exit(64);
}
const all: LabelledPrediction[] = [];
for (const dir of dirs) {
  const result = await evaluateFixtures(dir);
  all.push(...result.predictions);
  console.log(formatFigures(dir, result.figures));
  for (const line of result.fieldReport) console.log(line);
  if (!mistakes) continue;
  for (const m of result.figures.mistakes) console.log(`  ${m.id}: expected ${m.expected}, got ${m.predicted} (confidence ${m.confidence})`);
  for (const m of result.figures.companyMistakes) console.log(`  ${m.id}: company expected ${m.expectedCompany}, got ${m.predictedCompany}`);
}
if (dirs.length > 1) console.log(formatFigures(`all ${dirs.length} folders together`, scorePredictions(all, CATEGORY_ORDER)));
