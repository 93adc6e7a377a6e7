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
  /** The classifier's confidence in `predicted`, 0–1. */
  confidence?: number;
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
  /** Share of the labelled rejections read as rejections (null when there are none). */
  rejectionRecall: number | null;
  /** Share of the labelled confirmations (APPLICATION_RECEIVED) read as confirmations. */
  confirmationRecall: number | null;
  /** Share of the labelled non-job messages read as job mail. */
  nonJobFalsePositiveRate: number | null;
  /** Macro-F1 over the five status classes plus "no status" (every other job class) and NOT_JOB_RELATED. */
  statusMacroF1: number;
  reliability: ReliabilityBin[];
  /** Expected calibration error: the support-weighted gap between confidence and accuracy. */
  calibrationError: number | null;
}

/** One row of a reliability table: predictions whose confidence falls in [from, to). */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

const RELIABILITY_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];

export function reliabilityTable(predictions: readonly LabelledPrediction[]): ReliabilityBin[] {
  const bins: ReliabilityBin[] = [];
  for (let b = 0; b + 1 < RELIABILITY_EDGES.length; b++) {
    const from = RELIABILITY_EDGES[b]!;
    const to = RELIABILITY_EDGES[b + 1]!;
    const inBin = predictions.filter((p) => p.confidence !== undefined && p.confidence >= from && p.confidence < to);
    const count = inBin.length;
    bins.push({
      from,
      to: Math.min(to, 1),
      count,
      meanConfidence: count === 0 ? 0 : inBin.reduce((sum, p) => sum + p.confidence!, 0) / count,
      accuracy: count === 0 ? 0 : inBin.filter((p) => p.expected === p.predicted).length / count,
    });
  }
  return bins;
}

function calibrationErrorOf(bins: readonly ReliabilityBin[]): number | null {
  const total = bins.reduce((sum, b) => sum + b.count, 0);
  return total === 0 ? null : bins.reduce((sum, b) => sum + (b.count / total) * Math.abs(b.meanConfidence - b.accuracy), 0);
}

const STATUS_CLASSES = new Set(['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'NOT_JOB_RELATED']);

/** The status view of a category: the five status classes, NOT_JOB_RELATED, and "NO_STATUS" for the rest. */
export function statusClass(category: string): string {
  return STATUS_CLASSES.has(category) ? category : 'NO_STATUS';
}

function recallOf(predictions: readonly LabelledPrediction[], label: string): number | null {
  const support = predictions.filter((p) => p.expected === label);
  return support.length === 0 ? null : support.filter((p) => p.predicted === label).length / support.length;
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
  const nonJob = predictions.filter((p) => p.expected === 'NOT_JOB_RELATED');
  const reliability = reliabilityTable(predictions);
  const statusView = predictions.map((p) => ({ ...p, expected: statusClass(p.expected), predicted: statusClass(p.predicted) }));
  return {
    rejectionRecall: recallOf(predictions, 'REJECTION'),
    confirmationRecall: recallOf(predictions, 'APPLICATION_RECEIVED'),
    nonJobFalsePositiveRate: nonJob.length === 0 ? null : nonJob.filter((p) => p.predicted !== 'NOT_JOB_RELATED').length / nonJob.length,
    statusMacroF1: macroF1Of(statusView),
    reliability,
    calibrationError: calibrationErrorOf(reliability),
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

function macroF1Of(predictions: readonly LabelledPrediction[]): number {
  const labels = [...new Set(predictions.map((p) => p.expected))];
  let sum = 0;
  for (const label of labels) {
    const tp = predictions.filter((p) => p.expected === label && p.predicted === label).length;
    const predicted = predictions.filter((p) => p.predicted === label).length;
    const support = predictions.filter((p) => p.expected === label).length;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = tp / support;
    sum += precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  return labels.length === 0 ? 0 : sum / labels.length;
}

/** Same company when the keys are equal or one is the other plus a word ("Leidos" / "Leidos Holdings"). */
export function companyMatches(expected: string, predicted: string): boolean {
  // A leading article is not part of the name for matching, as the engine's normalizeCompanyName
  // decides ("The Anchor Inn" and "Anchor Inn" are one employer), like a legal suffix.
  const e = companyKey(expected.replace(/^\s*the\s+/i, ''));
  const p = companyKey(predicted.replace(/^\s*the\s+/i, ''));
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
  const opt = (x: number | null): string => (x === null ? '   n/a' : pct(x));
  lines.push(
    `status macro-F1 ${pct(f.statusMacroF1)}%   rejection recall ${opt(f.rejectionRecall)}%   confirmation recall ${opt(f.confirmationRecall)}%   non-job false positives ${opt(f.nonJobFalsePositiveRate)}%`,
  );
  lines.push(
    f.companyAccuracy === null ? 'company accuracy: n/a' : `company accuracy: ${f.companyCorrect}/${f.companyChecked} = ${pct(f.companyAccuracy)}%`,
  );
  const abbrev = (l: string): string => l.replace('APPLICATION_RECEIVED', 'APP_RCVD').replace('INTERVIEW_INVITATION', 'INTERVIEW').replace('OTHER_JOB_RELATED', 'OTHER_JOB').replace('NOT_JOB_RELATED', 'NOT_JOB').replace('RECRUITER_OUTREACH', 'OUTREACH');
  lines.push('confusion (rows expected, columns predicted):');
  lines.push(`${''.padEnd(12)}${f.labels.map((l) => abbrev(l).padStart(11)).join('')}`);
  for (const e of f.labels) {
    lines.push(`${abbrev(e).padEnd(12)}${f.labels.map((p) => String(f.confusion[e]![p]!).padStart(11)).join('')}`);
  }
  lines.push(`reliability of the confidence (expected calibration error ${f.calibrationError === null ? 'n/a' : pct(f.calibrationError).trim() + ' points'}):`);
  lines.push(formatReliability(f.reliability));
  return lines.join('\n');
}

export function formatReliability(bins: readonly ReliabilityBin[]): string {
  const rows = [`  ${'confidence'.padEnd(12)}${'n'.padStart(6)}${'mean conf'.padStart(11)}${'accuracy'.padStart(10)}`];
  for (const b of bins) {
    if (b.count === 0) continue;
    rows.push(`  ${`${b.from.toFixed(2)}–${b.to.toFixed(2)}`.padEnd(12)}${String(b.count).padStart(6)}${(b.meanConfidence * 100).toFixed(1).padStart(10)}%${(b.accuracy * 100).toFixed(1).padStart(9)}%`);
  }
  return rows.join('\n');
}

/** Rows and columns of the tables follow the categories' own order. */
export const CATEGORY_ORDER: readonly (EmailCategory | string)[] = EMAIL_CATEGORIES;
