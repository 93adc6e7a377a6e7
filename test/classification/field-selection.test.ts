/**
 * classify(…, { fields }): a caller that reads only some fields (classifyEmail with a small
 * selection) gets exactly the full classification's values for those fields, while the
 * extractions no asked field reads are skipped.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import type { Classification, ClassifiableMessage, ClassifyOptions, ThreadContext } from '../../src/classifier/classification.types.ts';
import { parseEml } from '../../src/classifier/prepare/parse-eml.ts';
import { loadFixtureLabels } from '../../scripts/evaluation/evaluate.ts';
import { LABELLED_SETS } from '../../scripts/evaluation/labelled-sets.ts';

type Field = keyof Classification;

/** Selections a client may send: the API bench's, each extraction's own fields, and none of them. */
const SELECTIONS: readonly (readonly Field[])[] = [
  ['category', 'confidence', 'company'],
  ['category', 'isJobRelated'],
  ['jobTitle'],
  ['company', 'jobTitle'],
  ['atsProvider'],
  ['atsJobId'],
  ['interview'],
  ['offer'],
  ['evidence'],
];

interface Case {
  id: string;
  message: ClassifiableMessage;
  context: ThreadContext | undefined;
  options: ClassifyOptions;
}

const cases: Case[] = [];

beforeAll(async () => {
  for (const set of LABELLED_SETS) {
    for (const [file, label] of Object.entries(loadFixtureLabels(set.dir))) {
      cases.push({
        id: `${set.name}/${file}`,
        message: await parseEml(readFileSync(resolve(set.dir, file))),
        context: label.context,
        options: label.now ? { now: new Date(label.now) } : {},
      });
    }
  }
});

describe('classify with a selection of fields', () => {
  it('gives every selected field exactly as the full classification does, over every labelled message', () => {
    expect(cases.length).toBeGreaterThan(500);
    const differences: string[] = [];
    for (const c of cases) {
      const full = classify(c.message, c.context, c.options);
      for (const selection of SELECTIONS) {
        const partial = classify(c.message, c.context, { ...c.options, fields: new Set(selection) });
        for (const field of selection) {
          if (JSON.stringify(partial[field]) !== JSON.stringify(full[field])) differences.push(`${c.id} [${selection.join(' ')}] ${field}`);
        }
        // The decision never depends on the selection.
        for (const field of ['category', 'isJobRelated', 'confidence'] as const) {
          if (partial[field] !== full[field]) differences.push(`${c.id} [${selection.join(' ')}] ${field}`);
        }
      }
    }
    expect(differences).toEqual([]);
  }, 180_000); // ten classifications of every labelled message (some 55,000): beside the other suites on two cores it can pass the default 30 s

  it('skips the extractions no selected field reads', () => {
    let titlesSkipped = 0;
    let offersSkipped = 0;
    let interviewsSkipped = 0;
    let idsSkipped = 0;
    for (const c of cases) {
      const full = classify(c.message, c.context, c.options);
      const bench = classify(c.message, c.context, { ...c.options, fields: new Set<Field>(['category', 'confidence', 'company']) });
      expect(bench.company).toBe(full.company);
      expect([bench.jobTitle, bench.atsProvider, bench.atsJobId, bench.interview, bench.offer]).toEqual([null, null, null, null, null]);
      if (full.jobTitle !== null && c.context?.application == null) titlesSkipped++;
      if (full.offer !== null) offersSkipped++;
      if (full.interview !== null) interviewsSkipped++;
      if (full.atsJobId !== null) idsSkipped++;
      const categoryOnly = classify(c.message, c.context, { ...c.options, fields: new Set<Field>(['category']) });
      expect(categoryOnly.company).toBeNull();
    }
    // The labelled mail has titles, offers, interviews and ids that the full classification finds.
    expect(Math.min(titlesSkipped, offersSkipped, interviewsSkipped, idsSkipped)).toBeGreaterThan(0);
  });

  it('computes everything when no selection is given', () => {
    const c = cases.find((x) => x.id.endsWith('offer-usd-annual.eml'));
    expect(c).toBeDefined();
    const full = classify(c!.message, c!.context, c!.options);
    expect(full.offer).not.toBeNull();
    expect(full.jobTitle).not.toBeNull();
  });
});
