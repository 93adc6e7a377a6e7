/**
 * Precision, recall, F1, confusion matrix and company accuracy for a set of
 * predictions. Pure: used by `npm run eval` and by the regression test.
 */

import { EMAIL_CATEGORIES, type EmailCategory } from '../../src/classifier/classification.types.ts';
import { companyKey } from '../../src/classifier/extract/company-name.ts';

export interface LabelledPrediction {
  id: string;
  expected: string;
  predicted: string;
  expectedCompany?: string | null;
  predictedCompany?: string | null;
}

export interface ClassFigures {
  label: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationFigures {
  total: number;
  accuracy: number;
  macroF1: number;
  perClass: ClassFigures[];
  labels: string[];
  /** confusion[expected][predicted] */
  confusion: Record<string, Record<string, number>>;
  /** Job-related vs not, on the expected/predicted labels. */
  jobRelatedAccuracy: number;
  /** Rejections read as interviews/next rounds, plus interviews/next rounds read as rejections. */
  rejectionInterviewSwaps: number;
  companyChecked: number;
  companyCorrect: number;
  companyAccuracy: number | null;
  mistakes: LabelledPrediction[];
  /** Predictions whose company label was not matched. */
  companyMistakes: LabelledPrediction[];
}

/** The dev corpus labels the three no-status job classes as one. */
export function collapseNoStatus(category: string): string {
  return category === 'RECRUITER_OUTREACH' || category === 'JOB_ALERT' ? 'OTHER_JOB_RELATED' : category;
}

const INTERVIEWISH = new Set(['INTERVIEW_INVITATION', 'NEXT_ROUND']);

export function scorePredictions(predictions: readonly LabelledPrediction[], labelOrder?: readonly string[]): EvaluationFigures {
  const seen = new Set<string>();
  for (const p of predictions) {
    seen.add(p.expected);
    seen.add(p.predicted);
  }
  const labels = labelOrder ? labelOrder.filter((l) => seen.has(l)) : [...seen].sort();
  for (const l of seen) if (!labels.includes(l)) labels.push(l);

  const confusion: Record<string, Record<string, number>> = {};
  for (const e of labels) {
    confusion[e] = {};
    for (const p of labels) confusion[e]![p] = 0;
  }
  let correct = 0;
  let jobCorrect = 0;
  let swaps = 0;
  let companyChecked = 0;
  let companyCorrect = 0;
  const mistakes: LabelledPrediction[] = [];
  const companyMistakes: LabelledPrediction[] = [];
  for (const p of predictions) {
    confusion[p.expected]![p.predicted]! += 1;
    if (p.expected === p.predicted) correct++;
    else mistakes.push(p);
    if ((p.expected === 'NOT_JOB_RELATED') === (p.predicted === 'NOT_JOB_RELATED')) jobCorrect++;
    if ((p.expected === 'REJECTION' && INTERVIEWISH.has(p.predicted)) || (INTERVIEWISH.has(p.expected) && p.predicted === 'REJECTION')) swaps++;
    if (p.expectedCompany !== undefined && p.expectedCompany !== null) {
      companyChecked++;
      if (p.predictedCompany && companyMatches(p.expectedCompany, p.predictedCompany)) companyCorrect++;
      else companyMistakes.push(p);
    }
  }

  const perClass: ClassFigures[] = labels
    .map((label) => {
      const tp = confusion[label]![label]!;
      let predictedCount = 0;
      let support = 0;
      for (const e of labels) predictedCount += confusion[e]![label]!;
      for (const p of labels) support += confusion[label]![p]!;
      const precision = predictedCount === 0 ? 0 : tp / predictedCount;
      const recall = support === 0 ? 0 : tp / support;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { label, support, precision, recall, f1 };
    })
    .filter((c) => c.support > 0);
  const macroF1 = perClass.length === 0 ? 0 : perClass.reduce((sum, c) => sum + c.f1, 0) / perClass.length;
  const total = predictions.length;
  return {
    total,
    accuracy: total === 0 ? 0 : correct / total,
    macroF1,
    perClass,
    labels,
    confusion,
    jobRelatedAccuracy: total === 0 ? 0 : jobCorrect / total,
    rejectionInterviewSwaps: swaps,
    companyChecked,
    companyCorrect,
    companyAccuracy: companyChecked === 0 ? null : companyCorrect / companyChecked,
    mistakes,
    companyMistakes,
  };
}

/** Same company when the keys are equal or one is the other plus a word ("Leidos" / "Leidos Holdings"). */
export function companyMatches(expected: string, predicted: string): boolean {
  const e = companyKey(expected);
  const p = companyKey(predicted);
  if (e === p) return true;
  const shorter = e.length < p.length ? e : p;
  const longer = e.length < p.length ? p : e;
  return shorter.length >= 4 && longer.startsWith(shorter);
}

export function formatFigures(title: string, f: EvaluationFigures): string {
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
  const lines: string[] = [];
  lines.push(`== ${title} (${f.total} messages) ==`);
  lines.push(`${'class'.padEnd(22)} ${'support'.padStart(7)} ${'prec%'.padStart(6)} ${'rec%'.padStart(6)} ${'F1%'.padStart(6)}`);
  for (const c of f.perClass) {
    lines.push(`${c.label.padEnd(22)} ${String(c.support).padStart(7)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`);
  }
  lines.push(`macro-F1 ${pct(f.macroF1)}%   accuracy ${pct(f.accuracy)}%   job-related-vs-not accuracy ${pct(f.jobRelatedAccuracy)}%`);
  lines.push(`rejection<->interview swaps: ${f.rejectionInterviewSwaps}`);
  lines.push(
    f.companyAccuracy === null ? 'company accuracy: n/a' : `company accuracy: ${f.companyCorrect}/${f.companyChecked} = ${pct(f.companyAccuracy)}%`,
  );
  const abbrev = (l: string): string => l.replace('APPLICATION_RECEIVED', 'APP_RCVD').replace('INTERVIEW_INVITATION', 'INTERVIEW').replace('OTHER_JOB_RELATED', 'OTHER_JOB').replace('NOT_JOB_RELATED', 'NOT_JOB').replace('RECRUITER_OUTREACH', 'OUTREACH');
  lines.push('confusion (rows expected, columns predicted):');
  lines.push(`${''.padEnd(12)}${f.labels.map((l) => abbrev(l).padStart(11)).join('')}`);
  for (const e of f.labels) {
    lines.push(`${abbrev(e).padEnd(12)}${f.labels.map((p) => String(f.confusion[e]![p]!).padStart(11)).join('')}`);
  }
  return lines.join('\n');
}

/** Rows and columns of the tables follow the categories' own order. */
export const CATEGORY_ORDER: readonly (EmailCategory | string)[] = EMAIL_CATEGORIES;
