/**
 * Prints, per labelled set, every (message, field) the classifier gets wrong today, as the
 * skeleton of a `KnownFailures` map: used to keep the `it.fails` lists of the labelled suites in
 * step with the engine (each entry still needs its reason written by a person).
 */
import { classifyFixture, fieldMatches, loadFixtureLabels, readPath } from './evaluate.ts';
import { companyMatches } from './score-predictions.ts';
import { LABELLED_SETS } from './labelled-sets.ts';

for (const set of LABELLED_SETS) {
  const labels = loadFixtureLabels(set.dir);
  const lines: string[] = [];
  for (const [file, label] of Object.entries(labels)) {
    const result = await classifyFixture(file, label, set.dir);
    const wrong: string[] = [];
    if (result.category !== label.category || result.isJobRelated !== (label.category !== 'NOT_JOB_RELATED')) wrong.push(`category: got ${result.category}`);
    if (label.company && !companyMatches(label.company, result.company ?? '')) wrong.push(`company: got ${JSON.stringify(result.company)}`);
    const fields: Record<string, unknown> = { ...(label.fields ?? {}) };
    if (label.jobTitle !== undefined) fields['jobTitle'] = label.jobTitle;
    for (const [path, expected] of Object.entries(fields)) {
      const actual = readPath(result, path);
      if (!fieldMatches(actual, expected)) wrong.push(`${path}: got ${JSON.stringify(actual)}`);
    }
    if (wrong.length > 0) lines.push(`  ${file}\n    ${wrong.join('\n    ')}`);
  }
  console.log(`== ${set.title}: ${lines.length} messages with a known failure`);
  for (const line of lines) console.log(line);
}
