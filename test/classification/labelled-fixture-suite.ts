import { describe, expect, it } from 'vitest';
import { EMAIL_CATEGORIES } from '../../src/classifier/classification.types.ts';
import type { Classification } from '../../src/classifier/classification.types.ts';
import { FIXTURES_DIR, classifyFixture, fieldMatches, labelledFields, loadFixtureLabels, readPath } from '../../scripts/evaluation/evaluate.ts';
import type { FixtureLabel } from '../../scripts/evaluation/evaluate.ts';
import { companyMatches } from '../../scripts/evaluation/score-predictions.ts';

/**
 * Known mistakes, per message and per checked field ("category", "company", "jobTitle",
 * "offer.baseSalary", …), each with the reason. They stay in the suite as expected failures
 * (`it.fails`): the suite goes red when one starts passing, so the list can only shrink honestly.
 */
export type KnownFailures = Record<string, Record<string, string>>;

export interface LabelledFixtureSuite {
  title: string;
  dir?: string;
  /** How many messages the set holds (a lost file or label fails the suite). */
  count?: number;
  knownFailures?: KnownFailures;
  /** The categories the set is written to cover (default: every one; a set of negatives covers one). */
  categories?: readonly string[];
}

/** Every check the labels ask for, by field name: category (with job-relatedness), company, title, extracted fields. */
function labelledChecks(label: FixtureLabel): Record<string, (result: Classification) => void> {
  const checks: Record<string, (result: Classification) => void> = {
    category: (result) => {
      expect(result.category).toBe(label.category);
      expect(result.isJobRelated).toBe(label.category !== 'NOT_JOB_RELATED');
    },
  };
  if (label.company) {
    const company = label.company;
    checks['company'] = (result) => expect({ company: result.company, ok: companyMatches(company, result.company ?? '') }).toEqual({ company: result.company, ok: true });
  }
  for (const [path, expected] of Object.entries(labelledFields(label))) {
    checks[path] = (result) => expect({ path, actual: readPath(result, path), ok: fieldMatches(readPath(result, path), expected) }).toMatchObject({ path, ok: true });
  }
  return checks;
}

/** One test per labelled .eml and checked field; a known failure is an `it.fails` with its reason in the name. */
export function describeLabelledFixtures({ title, dir = FIXTURES_DIR, count, knownFailures = {}, categories }: LabelledFixtureSuite): void {
  const labels = loadFixtureLabels(dir);
  const results = new Map<string, Promise<Classification>>();
  const resultOf = (file: string, label: FixtureLabel): Promise<Classification> => {
    let result = results.get(file);
    if (!result) results.set(file, (result = classifyFixture(file, label, dir)));
    return result;
  };

  describe(title, () => {
    it(categories ? `covers ${categories.join(', ')}` : 'covers every category', () => {
      if (count !== undefined) expect(Object.keys(labels)).toHaveLength(count);
      expect(new Set(Object.values(labels).map((l) => l.category))).toEqual(new Set(categories ?? EMAIL_CATEGORIES));
    });

    it('lists known failures only for labelled messages and checked fields', () => {
      for (const [file, fields] of Object.entries(knownFailures)) {
        expect(labels).toHaveProperty([file]);
        const checks = labelledChecks(labels[file]!);
        for (const field of Object.keys(fields)) expect(Object.keys(checks)).toContain(field);
      }
    });

    for (const [file, label] of Object.entries(labels)) {
      describe(`${file} → ${label.category}${label.company ? ` at ${label.company}` : ''}`, () => {
        for (const [field, check] of Object.entries(labelledChecks(label))) {
          const reason = knownFailures[file]?.[field];
          if (reason === undefined) {
            it(field, async () => check(await resultOf(file, label)));
          } else {
            it.fails(`${field} (known failure: ${reason})`, async () => check(await resultOf(file, label)));
          }
        }
      });
    }
  });
}
