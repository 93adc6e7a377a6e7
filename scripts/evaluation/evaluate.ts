/** Runs the classifier over the dev corpus and over the labelled fixtures. Dev tooling, not engine code. */

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '../../src/classifier/classify.ts';
import type { Classification, ThreadContext } from '../../src/classifier/classification.types.ts';
import { messageFromFields } from '../../src/classifier/prepare/message-from-fields.ts';
import { parseEml } from '../../src/classifier/prepare/parse-eml.ts';
import { loadDevCorpus, projectRoot } from './load-dev-corpus.ts';
import type { CorpusRow } from './load-dev-corpus.ts';
import { CATEGORY_ORDER, collapseNoStatus, companyMatches, scorePredictions } from './score-predictions.ts';
import type { EvaluationFigures, LabelledPrediction } from './score-predictions.ts';

import { FIXTURES_DIR } from './labelled-sets.ts';

export { FIXTURES_DIR };
/** Messages written after the rules were tuned, labelled before the classifier ever saw them. */
export const HELDOUT_DIR = resolve(FIXTURES_DIR, 'heldout');
/** The second held-out round: new messages, labelled before the classifier saw them. */
export const HELDOUT_2_DIR = resolve(FIXTURES_DIR, 'heldout-2');
/** The third held-out round: new messages, labelled and committed before the classifier saw them. */
export const HELDOUT_3_DIR = resolve(FIXTURES_DIR, 'heldout-3');
/** The fourth held-out round: new messages, labelled and committed before the classifier saw them (measurement only). */
export const HELDOUT_4_DIR = resolve(FIXTURES_DIR, 'heldout-4');
/** The fifth round: written by someone who never read the rules, tables or model, from situations only. */
export const HELDOUT_5_DIR = resolve(FIXTURES_DIR, 'heldout-5');
export const HELDOUT_6_DIR = resolve(FIXTURES_DIR, 'heldout-6');
export const HELDOUT_7_DIR = resolve(FIXTURES_DIR, 'heldout-7');
export const HELDOUT_8_DIR = resolve(FIXTURES_DIR, 'heldout-8');
export const HELDOUT_9_DIR = resolve(FIXTURES_DIR, 'heldout-9');
export const HELDOUT_10_DIR = resolve(FIXTURES_DIR, 'heldout-10');
export const HELDOUT_11_DIR = resolve(FIXTURES_DIR, 'heldout-11');
export const HELDOUT_12_DIR = resolve(FIXTURES_DIR, 'heldout-12');

export function classifyCorpusRow(row: CorpusRow): Classification {
  return classify(messageFromFields({ from: row.from, subject: row.subject, text: row.text }));
}

/** Hand-labelled employer per corpus id (our labels, not the corpus's mail). */
export function loadDevCompanies(): Record<string, string | null> {
  const path = resolve(FIXTURES_DIR, 'dev-companies.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string | null>) : {};
}

export function evaluateDevCorpus(rows: readonly CorpusRow[] = loadDevCorpus()): EvaluationFigures {
  const companies = loadDevCompanies();
  const predictions: LabelledPrediction[] = rows.map((row) => {
    const result = classifyCorpusRow(row);
    const expectedCompany = row.id in companies ? companies[row.id] : undefined;
    return {
      id: row.id,
      expected: collapseNoStatus(row.label),
      predicted: collapseNoStatus(result.category),
      confidence: result.confidence,
      ...(expectedCompany !== undefined ? { expectedCompany } : {}),
      predictedCompany: result.company,
    };
  });
  return scorePredictions(predictions, CATEGORY_ORDER);
}

export interface FixtureLabel {
  category: string;
  company?: string | null;
  jobTitle?: string | null;
  /** Dot paths into the Classification ("offer.baseSalary", "interview.start") → expected value. */
  fields?: Record<string, unknown>;
  context?: ThreadContext;
  /** ISO time given to classify() as `now`. */
  now?: string;
  note?: string;
}

export function loadFixtureLabels(dir: string = FIXTURES_DIR): Record<string, FixtureLabel> {
  return JSON.parse(readFileSync(resolve(dir, 'labels.json'), 'utf8')) as Record<string, FixtureLabel>;
}

export async function classifyFixture(file: string, label?: FixtureLabel, dir: string = FIXTURES_DIR): Promise<Classification> {
  const message = await parseEml(readFileSync(resolve(dir, file)));
  return classify(message, label?.context, label?.now ? { now: new Date(label.now) } : {});
}

export function readPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current instanceof Date ? current.toISOString() : current;
}

/** Arrays match when every expected element is present; everything else by JSON equality. */
export function fieldMatches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.every((e) => actual.includes(e));
  return JSON.stringify(actual ?? null) === JSON.stringify(expected ?? null);
}

/** The extracted fields a label checks (dot paths → expected value): its `fields` and its job title. */
export function labelledFields(label: FixtureLabel): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...(label.fields ?? {}) };
  if (label.jobTitle !== undefined) fields['jobTitle'] = label.jobTitle;
  return fields;
}

/** Every checked field a result gets wrong ("category", "company", "jobTitle", "offer.baseSalary", …) → what it gave. */
export function failingFields(label: FixtureLabel, result: Classification): Record<string, unknown> {
  const wrong: Record<string, unknown> = {};
  if (result.category !== label.category || result.isJobRelated !== (label.category !== 'NOT_JOB_RELATED')) wrong['category'] = result.category;
  if (label.company && !companyMatches(label.company, result.company ?? '')) wrong['company'] = result.company;
  for (const [path, expected] of Object.entries(labelledFields(label))) {
    const actual = readPath(result, path);
    if (!fieldMatches(actual, expected)) wrong[path] = actual;
  }
  return wrong;
}

export interface FixtureEvaluation {
  figures: EvaluationFigures;
  predictions: LabelledPrediction[];
  fieldReport: string[];
  fieldsChecked: number;
  fieldsCorrect: number;
}

/** Scores the labelled .eml files of one folder (`test/fixtures` by default, or `HELDOUT_DIR`). */
export async function evaluateFixtures(dir: string = FIXTURES_DIR): Promise<FixtureEvaluation> {
  const labels = loadFixtureLabels(dir);
  const predictions: LabelledPrediction[] = [];
  const wrongFields: string[] = [];
  let fieldsChecked = 0;
  let fieldsCorrect = 0;
  for (const [file, label] of Object.entries(labels)) {
    const result = await classifyFixture(file, label, dir);
    predictions.push({
      id: file,
      expected: label.category,
      predicted: result.category,
      confidence: result.confidence,
      ...(label.company !== undefined ? { expectedCompany: label.company } : {}),
      predictedCompany: result.company,
    });
    for (const [path, expected] of Object.entries(labelledFields(label))) {
      fieldsChecked++;
      const actual = readPath(result, path);
      if (fieldMatches(actual, expected)) fieldsCorrect++;
      else wrongFields.push(`  ${file}: ${path} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }
  const figures = scorePredictions(predictions, CATEGORY_ORDER);
  const fieldReport = [`extracted fields (title, ids, interview, offer): ${fieldsCorrect}/${fieldsChecked} correct`, ...wrongFields];
  return { figures, predictions, fieldReport, fieldsChecked, fieldsCorrect };
}
