/**
 * `npm run train:model`: trains the status model (a multinomial logistic regression with L2
 * over the features of src/classifier/model/message-features.ts) on the project's labelled
 * mail, measures it by cross-validation grouped by source (one sender's or writer's mail never on
 * both sides), fits the confidence calibration on the cross-validated predictions, and writes
 * src/classifier/model/status-model.weights.json. Deterministic: full-batch training and a
 * fixed seed for the fold assignment, so the same mail gives the same file.
 *
 *   npm run train:model                  train, cross-validate, write the weights
 *   npm run train:model -- --cv-only     only print the cross-validated figures
 *   npm run train:model -- --cv-only --missed REJECTION   ... and the rejections (or another category) it reads as something else
 *   npm run train:model -- --cv-only --thresholds   ... and the figures at other thresholds of overruling the rules
 *   npm run train:model -- --exclude=round-5   leave a set out (to measure it first)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyWithTables } from '../src/classifier/classify.ts';
import type { ClassificationInternals } from '../src/classifier/classify.ts';
import type { EmailCategory } from '../src/classifier/classification.types.ts';
import { getDefaultTables } from '../src/classifier/read/compile-tables.ts';
import { visitFeatures } from '../src/classifier/model/message-features.ts';
import { KIND_CLASSES, MODEL_CLASSES, compileStatusModel, modelClassOf, mostLikely } from '../src/classifier/model/status-model.ts';
import type { LinearModelWeights, StatusModelWeights } from '../src/classifier/model/status-model.ts';
import { REJECTION_OVER_CONFIRMATION, REPLACE_KIND_AT, REPLACE_NOT_JOB_AT, calibrate, combineReading, kindReading, rulesStand } from '../src/classifier/decide/combine-opinions.ts';
import type { ReplaceThresholds } from '../src/classifier/decide/combine-opinions.ts';
import { combinerInputs } from '../src/classifier/decide/combiner-inputs.ts';
import { combinerFile, trainCombiner } from './evaluation/train-combiner.ts';
import type { CombinerRow } from './evaluation/train-combiner.ts';
import { LABELLED_SETS } from './evaluation/labelled-sets.ts';
import { loadTrainingMail } from './evaluation/training-mail.ts';
import type { TrainingMessage } from './evaluation/training-mail.ts';
import { projectRoot } from './evaluation/load-dev-corpus.ts';
import { formatReliability, reliabilityTable, scorePredictions, statusClass } from './evaluation/score-predictions.ts';
import type { LabelledPrediction } from './evaluation/score-predictions.ts';

const SEED = 20261130;
const FOLDS = 5;
/** L2 strength (per message, on unit-length feature vectors). */
const L2 = 1e-5;
const ITERATIONS = 400;
const LEARNING_RATE = 0.5;
/** A feature must occur in this many messages and in this many source groups to be learnt. */
const MIN_MESSAGES = 3;
const MIN_GROUPS = 2;
/** Features whose weights all stay below this are left out of the file (measured by the CV like the rest). */
const MIN_KEPT_WEIGHT = 0.3;
const WEIGHTS_PATH = resolve(projectRoot(), 'src/classifier/model/status-model.weights.json');

const args = process.argv.slice(2);
const cvOnly = args.includes('--cv-only');
const excluded = new Set(args.filter((a) => a.startsWith('--exclude=')).flatMap((a) => a.slice('--exclude='.length).split(',')));

interface Example {
  mail: TrainingMessage;
  features: string[];
  target: number;
}

/** Mulberry32: a small seeded generator, so folds are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function featureNamesOf(mail: TrainingMessage): string[] {
  const names = new Set<string>();
  classifyWithTables(mail.message, mail.context, mail.now ? { now: mail.now } : {}, getDefaultTables(), undefined, {
    features: (reading, matchSubject, facts) => visitFeatures(reading, matchSubject, facts, (_hash, name) => names.add(name!), true),
  });
  return [...names];
}

/** Groups to folds: shuffled with the seed, then each (largest first) to the emptiest fold. */
function assignFolds(examples: readonly Example[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const e of examples) sizes.set(e.mail.group, (sizes.get(e.mail.group) ?? 0) + 1);
  const random = seeded(SEED);
  const groups = [...sizes.keys()].sort().map((g) => ({ g, r: random() }));
  groups.sort((a, b) => sizes.get(b.g)! - sizes.get(a.g)! || a.r - b.r);
  const load = new Array<number>(FOLDS).fill(0);
  const fold = new Map<string, number>();
  for (const { g } of groups) {
    const f = load.indexOf(Math.min(...load));
    fold.set(g, f);
    load[f]! += sizes.get(g)!;
  }
  return fold;
}

interface Trained {
  vocabulary: string[];
  weights: Float64Array; // vocabulary.length × K
  bias: Float64Array;
}

/** A multinomial logistic regression over the examples' features, `K` classes (targets 0 … K-1). */
function train(examples: readonly Example[], K: number = MODEL_CLASSES.length): Trained {
  const messages = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const f of e.features) {
      messages.set(f, (messages.get(f) ?? 0) + 1);
      let g = groups.get(f);
      if (!g) groups.set(f, (g = new Set()));
      g.add(e.mail.group);
    }
  }
  const vocabulary = [...messages.keys()].filter((f) => messages.get(f)! >= MIN_MESSAGES && groups.get(f)!.size >= MIN_GROUPS).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  // Classes weighted by the square root of their rarity: rejections and offers are few but matter most.
  const counts = new Array<number>(K).fill(0);
  for (const e of examples) counts[e.target]!++;
  const classWeight = counts.map((c) => (c === 0 ? 0 : Math.sqrt(examples.length / (K * c))));
  const weights = new Float64Array(vocabulary.length * K);
  const bias = new Float64Array(K);
  // Adam over the full batch: deterministic.
  const mW = new Float64Array(weights.length);
  const vW = new Float64Array(weights.length);
  const mB = new Float64Array(K);
  const vB = new Float64Array(K);
  const gradW = new Float64Array(weights.length);
  const gradB = new Float64Array(K);
  const p = new Float64Array(K);
  const totalWeight = examples.reduce((s, e) => s + classWeight[e.target]!, 0);
  for (let it = 1; it <= ITERATIONS; it++) {
    gradW.fill(0);
    gradB.fill(0);
    for (let n = 0; n < examples.length; n++) {
      const row = rows[n]!;
      const norm = row.length > 0 ? 1 / Math.sqrt(row.length) : 0;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let z = bias[k]!;
        for (const j of row) z += weights[j * K + k]! * norm;
        p[k] = z;
        if (z > max) max = z;
      }
      let total = 0;
      for (let k = 0; k < K; k++) total += p[k] = Math.exp(p[k]! - max);
      const cw = classWeight[examples[n]!.target]! / totalWeight;
      for (let k = 0; k < K; k++) {
        const g = (p[k]! / total - (k === examples[n]!.target ? 1 : 0)) * cw;
        gradB[k]! += g;
        for (const j of row) gradW[j * K + k]! += g * norm;
      }
    }
    const lr = LEARNING_RATE / Math.sqrt(it);
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - b1 ** it;
    const c2 = 1 - b2 ** it;
    for (let i = 0; i < weights.length; i++) {
      const g = gradW[i]! + L2 * weights[i]!;
      mW[i] = b1 * mW[i]! + (1 - b1) * g;
      vW[i] = b2 * vW[i]! + (1 - b2) * g * g;
      weights[i]! -= (lr * (mW[i]! / c1)) / (Math.sqrt(vW[i]! / c2) + 1e-8);
    }
    for (let k = 0; k < K; k++) {
      const g = gradB[k]!;
      mB[k] = b1 * mB[k]! + (1 - b1) * g;
      vB[k] = b2 * vB[k]! + (1 - b2) * g * g;
      bias[k]! -= (lr * (mB[k]! / c1)) / (Math.sqrt(vB[k]! / c2) + 1e-8);
    }
  }
  return { vocabulary, weights, bias };
}

/** A trained model as the weights file stores it, without the features whose weights are all small. */
function linearWeights(model: Trained, classes: readonly string[]): LinearModelWeights {
  const K = classes.length;
  const features: Record<string, number[]> = {};
  model.vocabulary.forEach((f, j) => {
    const w = Array.from(model.weights.subarray(j * K, (j + 1) * K), (x) => Math.round(x * 100) / 100);
    // Small weights change little and cost a table entry read for every word of every message.
    if (w.some((x) => Math.abs(x) >= MIN_KEPT_WEIGHT)) features[f] = w;
  });
  return { classes: [...classes], bias: Array.from(model.bias, (x) => Math.round(x * 1000) / 1000), features };
}

function toWeightsFile(model: Trained, kind: Trained, calibration: readonly number[], trainedOn: unknown, combiner?: Float64Array): StatusModelWeights {
  return {
    ...linearWeights(model, MODEL_CLASSES),
    calibration,
    ...(combiner ? { combiner: combinerFile(combiner) } : {}),
    kind: linearWeights(kind, KIND_CLASSES),
    trainedOn,
  };
}

/** The kind model's examples: no-status job mail only, its target the kind. */
function kindExamples(examples: readonly Example[]): Example[] {
  return examples.flatMap((e) => {
    const target = (KIND_CLASSES as readonly string[]).indexOf(e.mail.label);
    return target < 0 ? [] : [{ ...e, target }];
  });
}

function trainKind(examples: readonly Example[]): Trained {
  return train(kindExamples(examples), KIND_CLASSES.length);
}

interface OutOfFold {
  example: Example;
  /** The rules' decision, the model's probabilities and the facts, before they are combined. */
  internals: ClassificationInternals;
}

/** Each fold's messages classified by a model trained on the other folds (calibration not yet applied). */
function crossValidate(examples: readonly Example[]): OutOfFold[] {
  const folds = assignFolds(examples);
  const out: OutOfFold[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const trainSet = examples.filter((e) => folds.get(e.mail.group) !== f);
    const testSet = examples.filter((e) => folds.get(e.mail.group) === f);
    const compiled = compileStatusModel(toWeightsFile(train(trainSet), trainKind(trainSet), [], null));
    for (const example of testSet) {
      let internals: ClassificationInternals | null = null;
      classifyWithTables(example.mail.message, example.mail.context, example.mail.now ? { now: example.mail.now } : {}, getDefaultTables(), compiled, {
        opinions: (seen) =>
          (internals = { ...seen, probabilities: Float64Array.from(seen.probabilities), kind: seen.kind ? Float64Array.from(seen.kind) : null }),
      });
      out.push({ example, internals: internals! });
    }
  }
  return out;
}

/** One cross-validated decision of the combination, with what the calibration reads. */
interface Combined {
  example: Example;
  final: string;
  /** The decision without the kind model (the rules' kind of no-status mail). */
  withoutKind: EmailCategory;
  /** The kind model's probabilities, or null where the rules stand (the kind model is not asked there). */
  kind: Float64Array | null;
  rulesConfidence: number;
  /** The combination's probability of the final class (the model's where the rules stand). */
  pFinal: number;
  /** The model alone chose the final class. */
  agree: number;
}

/** NOT_JOB_RELATED examples weigh this much more in the combination: one stranger's mail that moves an application costs more than a missed no-status mail. */
const NOT_JOB_WEIGHT = 1.5;

function combinerRows(part: readonly OutOfFold[]): CombinerRow[] {
  return part
    .filter((o) => !rulesStand(o.internals.rules, o.internals.opinionContext))
    .map((o) => ({
      inputs: combinerInputs(o.internals.rules, o.internals.probabilities, o.internals.opinionContext),
      target: o.example.target,
      weight: MODEL_CLASSES[o.example.target] === 'NOT_JOB_RELATED' ? NOT_JOB_WEIGHT : 1,
    }));
}

function decideWith(o: OutOfFold, weights: Float64Array, at?: ReplaceThresholds): Combined {
  const { rules, probabilities, opinionContext } = o.internals;
  const reading = combineReading(rules, probabilities, opinionContext, weights, o.internals.kind, at);
  return {
    example: o.example,
    final: reading.category,
    withoutKind: reading.withoutKind,
    kind: reading.kindConsulted,
    rulesConfidence: rules.confidence,
    pFinal: reading.finalProbability,
    agree: reading.modelAgrees,
  };
}

/** The combination measured by cross-validation over the same groups: each fold decided by a combination fitted on the others' out-of-fold predictions. */
function crossValidateCombination(oof: readonly OutOfFold[], at?: ReplaceThresholds): Combined[] {
  const folds = assignFolds(oof.map((o) => o.example));
  const out: Combined[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const weights = trainCombiner(combinerRows(oof.filter((o) => folds.get(o.example.mail.group) !== f)));
    for (const o of oof) if (folds.get(o.example.mail.group) === f) out.push(decideWith(o, weights, at));
  }
  return out;
}

/** Logistic calibration of "the final decision is right" over [1, rule confidence, combined p(final), agree], by gradient descent. */
function fitCalibration(decisions: readonly Combined[]): number[] {
  const rows = decisions.map((c) => ({
    x: [1, c.rulesConfidence, c.pFinal, c.agree],
    y: modelClassOf(c.final) === modelClassOf(c.example.mail.label) ? 1 : 0,
  }));
  const w = [0, 0, 0, 0];
  for (let it = 0; it < 3000; it++) {
    const g = [0, 0, 0, 0];
    for (const { x, y } of rows) {
      const p = 1 / (1 + Math.exp(-(w[0]! * x[0]! + w[1]! * x[1]! + w[2]! * x[2]! + w[3]! * x[3]!)));
      for (let i = 0; i < 4; i++) g[i]! += ((p - y) * x[i]!) / rows.length;
    }
    for (let i = 0; i < 4; i++) w[i]! -= 2 * (g[i]! + 1e-3 * (i === 0 ? 0 : w[i]!));
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}

function predictionsOf<T extends { example: Example }>(oof: readonly T[], pick: (o: T) => { category: string; confidence: number }): LabelledPrediction[] {
  return oof.map((o) => {
    const { category, confidence } = pick(o);
    return { id: o.example.mail.id, expected: statusClass(o.example.mail.label), predicted: statusClass(category), confidence };
  });
}

function report(title: string, predictions: readonly LabelledPrediction[]): void {
  const f = scorePredictions(predictions);
  const pct = (x: number | null): string => (x === null ? 'n/a' : `${(x * 100).toFixed(1)} %`);
  console.log(
    `${title.padEnd(34)} macro-F1 ${pct(f.statusMacroF1).padStart(7)}   accuracy ${pct(f.accuracy).padStart(7)}   rejection recall ${pct(f.rejectionRecall).padStart(7)}   confirmation recall ${pct(f.confirmationRecall).padStart(7)}   non-job FP ${pct(f.nonJobFalsePositiveRate).padStart(6)}`,
  );
}

// A held-out set is never learnt from: its figures must stay first-run figures.
const sets = LABELLED_SETS.filter((s) => !s.heldOut && !excluded.has(s.name));
const mail = await loadTrainingMail(sets);
const examples: Example[] = mail.map((m) => ({ mail: m, features: featureNamesOf(m), target: MODEL_CLASSES.indexOf(modelClassOf(m.label)) }));
const groupCount = new Set(examples.map((e) => e.mail.group)).size;
console.log(`status model: ${examples.length} labelled messages in ${groupCount} source groups (${[...new Set(sets.map((s) => s.name))].join(', ')} + dev corpus), ${FOLDS}-fold CV grouped by source, seed ${SEED}`);

const oof = crossValidate(examples);
const modelOnly = (o: OutOfFold): { category: string; confidence: number } => {
  const best = mostLikely(o.internals.probabilities);
  return { category: MODEL_CLASSES[best]!, confidence: o.internals.probabilities[best]! };
};
report('rules alone', predictionsOf(oof, (o) => o.internals.rules));
report('model alone (cross-validated)', predictionsOf(oof, modelOnly));
const combined = crossValidateCombination(oof);
report('rules + model (cross-validated)', predictionsOf(combined, (c) => ({ category: c.final, confidence: 1 })));
reportKinds(combined);
// The thresholds at which the combination overrules the rules' ordinary mail, and a pleasantry's confirmation gives way to a rejection.
if (args.includes('--thresholds')) {
  for (const notJob of [0.6, 0.65, 0.7, 0.75]) {
    for (const pleasantry of [0.4, 0.45, 0.5]) {
      const shipped = notJob === REPLACE_NOT_JOB_AT && pleasantry === REJECTION_OVER_CONFIRMATION.pleasantry ? ' (shipped)' : '';
      report(`  ordinary ${notJob.toFixed(2)}, pleasantry ${pleasantry.toFixed(2)}${shipped}`, predictionsOf(crossValidateCombination(oof, { notJob, pleasantry }), (c) => ({ category: c.final, confidence: 1 })));
    }
  }
}
const inGroup = (group: string) => (e: Example): boolean => (group === 'dev' ? e.mail.group.startsWith('dev:') : e.mail.group === group);
for (const group of ['dev', ...sets.map((s) => s.name)]) {
  const part = oof.filter((o) => inGroup(group)(o.example));
  if (part.length === 0) continue;
  report(`  ${group}: rules alone`, predictionsOf(part, (o) => o.internals.rules));
  report(`  ${group}: rules + model`, predictionsOf(combined.filter((c) => inGroup(group)(c.example)), (c) => ({ category: c.final, confidence: 1 })));
}

/** How well the no-status job mail's kinds are told apart: per kind F1 over all mail, without and with the kind model, and at other thresholds. */
function reportKinds(decisions: readonly Combined[]): void {
  const f1 = (pick: (c: Combined) => string): string =>
    KIND_CLASSES.map((k) => {
      const tp = decisions.filter((c) => c.example.mail.label === k && pick(c) === k).length;
      const predicted = decisions.filter((c) => pick(c) === k).length;
      const actual = decisions.filter((c) => c.example.mail.label === k).length;
      const f = tp === 0 ? 0 : (2 * tp) / (predicted + actual);
      return `${k} ${(f * 100).toFixed(1)} % (recall ${tp}/${actual})`;
    }).join('   ');
  console.log(`kinds, rules alone:                  ${f1((c) => c.withoutKind)}`);
  for (const at of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    const mark = at === REPLACE_KIND_AT ? ' (shipped)' : '';
    const pick = (c: Combined): string => kindReading(c.withoutKind, c.kind, at)?.category ?? c.withoutKind;
    console.log(`kinds, kind model at ${at.toFixed(1)}${mark.padEnd(10)}:   ${f1(pick)}`);
  }
}

// `--false-positives`: ordinary mail the cross-validated combination reads as job mail, for reading why.
if (args.includes('--false-positives')) {
  for (const c of combined) {
    if (modelClassOf(c.example.mail.label) !== 'NOT_JOB_RELATED' || modelClassOf(c.final) === 'NOT_JOB_RELATED') continue;
    console.log(`false positive: ${c.example.mail.id.padEnd(60)} read as ${c.final}`);
  }
}
// `--missed CATEGORY`: messages of that category the cross-validated combination reads as something else
// (REJECTION: the costliest mistake; APPLICATION_RECEIVED: the commonest mail of a job search).
const missedIndex = args.indexOf('--missed');
if (missedIndex >= 0) {
  const category = args[missedIndex + 1] ?? 'REJECTION';
  for (const c of combined) {
    if (c.example.mail.label !== category || c.final === category) continue;
    console.log(`missed ${category}: ${c.example.mail.id.padEnd(60)} read as ${c.final}`);
  }
}

const calibration = fitCalibration(combined);
const calibrated = combined.map((c) => ({ ...c, confidence: calibrate(calibration, c.rulesConfidence, c.pFinal, c.agree) }));
console.log(`calibration (logistic over 1, rule confidence, combined p, agreement): [${calibration.join(', ')}]`);
console.log('reliability of the calibrated confidence on the cross-validated predictions:');
console.log(formatReliability(reliabilityTable(predictionsOf(calibrated, (c) => ({ category: c.final, confidence: c.confidence })))));
console.log("reliability of the rules' own confidence, for comparison:");
console.log(formatReliability(reliabilityTable(predictionsOf(oof, (o) => ({ category: o.internals.rules.category, confidence: o.internals.rules.confidence })))));

if (!cvOnly) {
  const model = train(examples);
  const kind = trainKind(examples);
  const combiner = trainCombiner(combinerRows(oof));
  const file = toWeightsFile(model, kind, calibration, {
    sets: sets.map((s) => s.name).concat(['dev corpus']),
    messages: examples.length,
    seed: SEED,
    l2: L2,
    iterations: ITERATIONS,
    minMessages: MIN_MESSAGES,
    minGroups: MIN_GROUPS,
    combinerNotJobWeight: NOT_JOB_WEIGHT,
  }, combiner);
  writeFileSync(WEIGHTS_PATH, `${JSON.stringify(file, null, 0).replace(/\],"/g, '],\n"')}\n`);
  console.log(`wrote ${Object.keys(file.features).length} features × ${MODEL_CLASSES.length} classes to src/classifier/model/status-model.weights.json`);
}

if (args.includes('--disagreements')) {
  for (const o of oof) {
    const m = modelOnly(o);
    const r = modelClassOf(o.internals.rules.category);
    if (m.category === r) continue;
    const truth = modelClassOf(o.example.mail.label);
    console.log(`${o.example.mail.id.padEnd(50)} truth ${truth.padEnd(20)} rules ${r.padEnd(20)} model ${m.category.padEnd(20)} ${m.confidence.toFixed(2)} ${o.internals.opinionContext.confirmationOnlyInPleasantries ? 'pleasantry' : ''}`);
  }
}
