/**
 * The company mistakes of labelled folders with the evidence each answer came from, for reading why
 * an employer was missed. Dev tooling.
 *
 *   node scripts/evaluation/company-mistakes.ts test/fixtures/blind-23 [DIR …]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../src/classifier/classify.ts';
import { parseEml } from '../../src/classifier/prepare/parse-eml.ts';
import { companyMatches } from './score-predictions.ts';

const dirs = process.argv.slice(2);
let checked = 0;
let wrong = 0;
for (const dir of dirs) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, { company?: string | null }>;
  for (const [file, label] of Object.entries(labels)) {
    if (!label.company) continue;
    checked++;
    const result = classify(await parseEml(readFileSync(join(dir, file))));
    if (result.company && companyMatches(label.company, result.company)) continue;
    wrong++;
    const companyEvidence = result.evidence.find((e) => e.startsWith('company')) ?? '';
    console.log(`${join(dir, file)}\n  expected ${label.company} | got ${result.company} | ${result.category}\n  ${companyEvidence}`);
  }
}
console.log(`${wrong} of ${checked} wrong`);
