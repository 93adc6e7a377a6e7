import { describe, expect, it } from 'vitest';
import { classifyFixture, fieldMatches, loadFixtureLabels, readPath } from '../../src/modules/classification/evaluation/evaluate.ts';
import { companyMatches } from '../../src/modules/classification/evaluation/score-predictions.ts';

const labels = loadFixtureLabels();

describe('labelled .eml fixtures (test/fixtures/labels.json)', () => {
  it('has fixtures for every category', () => {
    const categories = new Set(Object.values(labels).map((l) => l.category));
    for (const c of ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'JOB_ALERT', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED']) {
      expect(categories.has(c)).toBe(true);
    }
  });

  for (const [file, label] of Object.entries(labels)) {
    it(`${file} → ${label.category}${label.company ? ` at ${label.company}` : ''}`, async () => {
      const result = await classifyFixture(file, label);
      expect(result.category).toBe(label.category);
      expect(result.isJobRelated).toBe(label.category !== 'NOT_JOB_RELATED');
      if (label.company) expect(companyMatches(label.company, result.company ?? '')).toBe(true);
      for (const [path, expected] of Object.entries(label.fields ?? {})) {
        expect({ path, ok: fieldMatches(readPath(result, path), expected) }, `${path} = ${JSON.stringify(readPath(result, path))}`).toEqual({ path, ok: true });
      }
    });
  }
});
