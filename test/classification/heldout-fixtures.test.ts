import { describe, expect, it } from 'vitest';
import { HELDOUT_DIR, classifyFixture, fieldMatches, loadFixtureLabels, readPath } from '../../src/modules/classification/evaluation/evaluate.ts';
import { companyMatches } from '../../src/modules/classification/evaluation/score-predictions.ts';

/**
 * Messages written after the rules were tuned, labelled before the classifier saw them
 * (test/fixtures/heldout). A case that still fails is left out here — listed in
 * STILL_FAILING with the reason — but stays in `npm run eval`.
 */
const STILL_FAILING: Record<string, string> = {};

const labels = loadFixtureLabels(HELDOUT_DIR);

describe('held-out .eml fixtures (test/fixtures/heldout/labels.json)', () => {
  it('has forty labelled messages, every category among them', () => {
    expect(Object.keys(labels)).toHaveLength(40);
    const categories = new Set(Object.values(labels).map((l) => l.category));
    expect(categories.size).toBe(9);
  });

  for (const [file, label] of Object.entries(labels)) {
    if (file in STILL_FAILING) continue;
    it(`${file} → ${label.category}${label.company ? ` at ${label.company}` : ''}`, async () => {
      const result = await classifyFixture(file, label, HELDOUT_DIR);
      expect(result.category).toBe(label.category);
      expect(result.isJobRelated).toBe(label.category !== 'NOT_JOB_RELATED');
      if (label.company) expect({ company: result.company, ok: companyMatches(label.company, result.company ?? '') }).toEqual({ company: result.company, ok: true });
      const fields: Record<string, unknown> = { ...(label.fields ?? {}) };
      if (label.jobTitle !== undefined) fields['jobTitle'] = label.jobTitle;
      for (const [path, expected] of Object.entries(fields)) {
        expect({ path, ok: fieldMatches(readPath(result, path), expected) }, `${path} = ${JSON.stringify(readPath(result, path))}`).toEqual({ path, ok: true });
      }
    });
  }
});
