/**
 * Prints, per labelled set, every (message, field) the classifier gets wrong today, as the
 * skeleton of a `KnownFailures` map (update-known-failures.ts rewrites a suite's map itself).
 */
import { classifyFixture, failingFields, loadFixtureLabels } from './evaluate.ts';
import { LABELLED_SETS } from './labelled-sets.ts';

for (const set of LABELLED_SETS) {
  const lines: string[] = [];
  for (const [file, label] of Object.entries(loadFixtureLabels(set.dir))) {
    const wrong = Object.entries(failingFields(label, await classifyFixture(file, label, set.dir)));
    if (wrong.length > 0) lines.push(`  ${file}\n    ${wrong.map(([field, got]) => `${field}: got ${JSON.stringify(got)}`).join('\n    ')}`);
  }
  console.log(`== ${set.title}: ${lines.length} messages with a known failure`);
  for (const line of lines) console.log(line);
}
