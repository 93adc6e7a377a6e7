/**
 * The company mistakes of labelled folders with the evidence each answer came from, for reading why
 * an employer was missed (`evaluate-dirs.ts --mistakes` lists them without it). Dev tooling.
 *
 *   node scripts/evaluation/company-mistakes.ts test/fixtures/blind-23 [DIR …]
 */
import { join } from 'node:path';
import { classifyFixture, failingFields, loadFixtureLabels } from './evaluate.ts';

let checked = 0;
let wrong = 0;
for (const dir of process.argv.slice(2)) {
  for (const [file, label] of Object.entries(loadFixtureLabels(dir))) {
    if (!label.company) continue;
    checked++;
    const result = await classifyFixture(file, label, dir);
    if (!('company' in failingFields(label, result))) continue;
    wrong++;
    const companyEvidence = result.evidence.find((e) => e.startsWith('company')) ?? '';
    console.log(`${join(dir, file)}\n  expected ${label.company} | got ${result.company} | ${result.category}\n  ${companyEvidence}`);
  }
}
console.log(`${wrong} of ${checked} wrong`);
