/**
 * The rules' decision and the statistical reading together. On mail nobody tuned them on, the rules
 * alone score far below the model (cross-validated, see docs/classification.md), yet on the mail they
 * were written for they are nearly always right; so neither simply wins. A small learned combination
 * (a multinomial logistic regression over combiner-inputs.ts, fitted on cross-validated predictions
 * by scripts/train-status-model.ts) weighs the two by the situation. Three facts stay with the rules,
 * because the words cannot undo them: a linked thread, a calendar interview, and a non-job sense the
 * rules found (a credit card, a flat, a podcast) when they read the message as ordinary mail.
 * The confidence is then calibrated: logistic over the rules' confidence, the combination's
 * probability of the final class and whether the model alone agrees.
 */

import type { EmailCategory } from '../classification.types.ts';
import { KIND_CLASSES, MODEL_CLASSES, modelClassOf, mostLikely, softmaxInPlace } from '../model/status-model.ts';
import type { CompiledStatusModel, ModelClass } from '../model/status-model.ts';
import { COMBINER_INPUTS, combinerInputs } from './combiner-inputs.ts';
import type { OpinionContext } from './combiner-inputs.ts';
import type { Decision } from './decide-category.ts';

export type { OpinionContext } from './combiner-inputs.ts';

/**
 * The combination replaces the rules' class only when it gives its own class at least this
 * probability: below it, the rules' reading stands. Chosen on the cross-validated predictions
 * (docs/classification.md): at 0.5 the unseen sets gain a point and the mail the rules were written
 * for loses one; at 0.6 the dev corpus keeps 98.4 % accuracy.
 */
export const REPLACE_RULES_AT = 0.6;
/**
 * ... and at this probability when the rules read a rejection: a missed rejection costs most. On the
 * cross-validated predictions of 2,874 messages 0.7 kept every figure but one non-job false positive.
 */
export const REPLACE_RULES_REJECTION_AT = 0.7;

/**
 * A missed rejection costs most, so a likely rejection wins over the rules' confirmation before the
 * learned combination weighs the two: at this model probability of REJECTION when the confirmation
 * rests only on a pleasantry ("thank you for applying"), and at `statement` otherwise. Kept from the
 * earlier threshold combination: on the cross-validated predictions it moves nothing, and it keeps
 * "thanks for applying … we will not be scheduling an interview" a rejection. 0.40 rather than 0.35
 * since the retraining on round 21: the cross-validated figures of 5,754 messages are the same at
 * both, and at 0.35 "Thanks for your application … no need for you to do anything further" (a
 * rejection reading of 0.39) became a rejection.
 */
export const REJECTION_OVER_CONFIRMATION = { pleasantry: 0.4, statement: 0.6 };

/**
 * ... and at this probability when the rules read ordinary mail. Swept on the cross-validated
 * predictions of 6,314 messages (`npm run train:model -- --cv-only --thresholds`): 0.65 / 0.70 / 0.75
 * lower non-job false positives 3.7 → 3.5 / 3.4 / 3.3 % but cost rejection recall 92.7 → 92.5 / 92.1 /
 * 91.4 % and status macro-F1 90.7 → 90.4 / 90.1 / 89.8 %; a missed rejection costs most, so 0.6 stays.
 */
export const REPLACE_NOT_JOB_AT = 0.6;

/** The thresholds the training script sweeps; the engine runs with the shipped ones. */
export interface ReplaceThresholds {
  notJob: number;
  pleasantry: number;
}
const SHIPPED: ReplaceThresholds = { notJob: REPLACE_NOT_JOB_AT, pleasantry: REJECTION_OVER_CONFIRMATION.pleasantry };

/**
 * The kind model (which no-status job mail: an approach, a job list, other) replaces the rules' kind
 * at this probability. The rules tell the kinds apart by phrases of recruiters' approaches and of job
 * lists, which miss most approaches that are written in a person's own words. Chosen on the
 * cross-validated predictions of 5,754 messages (docs/classification.md): F1 of approaches 72.8 → 87.3 %,
 * job lists 81.7 → 89.8 %, other job mail 62.0 → 72.6 %; 0.5 and 0.7 within half a point of 0.6.
 */
export const REPLACE_KIND_AT = 0.6;

const KINDS: ReadonlySet<EmailCategory> = new Set(KIND_CLASSES);

/** The kind model's category when it replaces a no-status category (at `at` or more), else null. */
export function kindReading(category: EmailCategory, kind: Float64Array | null, at: number = REPLACE_KIND_AT): { category: EmailCategory; probability: number } | null {
  if (!kind || !KINDS.has(category)) return null;
  const best = mostLikely(kind);
  const chosen = KIND_CLASSES[best]!;
  return chosen !== category && kind[best]! >= at ? { category: chosen, probability: kind[best]! } : null;
}

/** The learned part of the combination, from the weights file. */
export interface Combination {
  /** COMBINER_INPUTS.length × MODEL_CLASSES.length, row-major; null: the rules decide alone. */
  weights: Float64Array | null;
  calibration: readonly number[];
}

const compiled = new WeakMap<CompiledStatusModel, Combination>();

/** The model's combination weights as a dense table in input order (inputs the file lacks weigh 0). */
export function combinationOf(model: CompiledStatusModel): Combination {
  let combination = compiled.get(model);
  if (!combination) {
    const K = MODEL_CLASSES.length;
    let weights: Float64Array | null = null;
    if (model.combiner) {
      weights = new Float64Array(COMBINER_INPUTS.length * K);
      COMBINER_INPUTS.forEach((name, d) => {
        const row = model.combiner![name];
        if (row) for (let k = 0; k < K; k++) weights![d * K + k] = row[k] ?? 0;
      });
    }
    combination = { weights, calibration: model.calibration };
    compiled.set(model, combination);
  }
  return combination;
}

const CATEGORY_OF_CLASS: Record<ModelClass, EmailCategory> = {
  APPLICATION_RECEIVED: 'APPLICATION_RECEIVED',
  INTERVIEW_INVITATION: 'INTERVIEW_INVITATION',
  NEXT_ROUND: 'NEXT_ROUND',
  OFFER: 'OFFER',
  REJECTION: 'REJECTION',
  NO_STATUS: 'OTHER_JOB_RELATED',
  NOT_JOB_RELATED: 'NOT_JOB_RELATED',
};

/** Whether the rules' reading stands whatever the words say. */
export function rulesStand(rules: Decision, context: OpinionContext): boolean {
  return context.threadKnown || context.calendarInterview || (context.clearNonJobSense && rules.category === 'NOT_JOB_RELATED');
}

/** Class probabilities of the learned combination (MODEL_CLASSES order). */
export function combinedProbabilities(weights: Float64Array, rules: Decision, probabilities: Float64Array, context: OpinionContext): Float64Array {
  const K = MODEL_CLASSES.length;
  const x = combinerInputs(rules, probabilities, context);
  const z = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    let sum = 0;
    for (let d = 0; d < x.length; d++) sum += weights[d * K + k]! * x[d]!;
    z[k] = sum;
  }
  return softmaxInPlace(z);
}

/** The combined reading before its confidence is calibrated: what the calibration reads, too. */
export interface CombinedReading {
  category: EmailCategory;
  /** Why the category is not the rules' (empty when it is). */
  why: string;
  /** The combination's probability of the final class (the model's where the rules stand). */
  finalProbability: number;
  /** 1 when the model alone chose the final class. */
  modelAgrees: number;
  /** "statistical reading: CLASS p", for the evidence. */
  reading: string;
  /** The category before the kind model named the kind of no-status mail (what the rules' kind would be). */
  withoutKind: EmailCategory;
  /** The kind probabilities the reading consulted: null where the rules stand (or there are none). */
  kindConsulted: Float64Array | null;
}

export function combineReading(
  rules: Decision,
  probabilities: Float64Array,
  context: OpinionContext,
  weights: Float64Array | null,
  kind: Float64Array | null = null,
  at: ReplaceThresholds = SHIPPED,
): CombinedReading {
  const modelBest = mostLikely(probabilities);
  const reading = `statistical reading: ${MODEL_CLASSES[modelBest]} ${probabilities[modelBest]!.toFixed(2)}`;
  const rulesClass = modelClassOf(rules.category);

  let category: EmailCategory = rules.category;
  const stands = rulesStand(rules, context);
  const combined = weights && !stands ? combinedProbabilities(weights, rules, probabilities, context) : null;
  const pRejection = probabilities[MODEL_CLASSES.indexOf('REJECTION')]!;
  let why = '';
  if (
    !stands &&
    rulesClass === 'APPLICATION_RECEIVED' &&
    pRejection >= (context.confirmationOnlyInPleasantries ? at.pleasantry : REJECTION_OVER_CONFIRMATION.statement)
  ) {
    category = 'REJECTION';
    why = `the confirmation gives way to a likely rejection (${reading})`;
  } else if (combined) {
    const best = mostLikely(combined);
    const chosen = MODEL_CLASSES[best]!;
    // The combination speaks in the model's classes: a no-status reading keeps the rules' own no-status category.
    const threshold = rulesClass === 'REJECTION' ? REPLACE_RULES_REJECTION_AT : rulesClass === 'NOT_JOB_RELATED' ? at.notJob : REPLACE_RULES_AT;
    if (chosen !== rulesClass && combined[best]! >= threshold && !(chosen === 'NOT_JOB_RELATED' && context.repliesToReader)) {
      // A no-status reading of mail the rules gave a status or no job sense: the words' lean (an approach, a job list) names which.
      category = chosen === 'NO_STATUS' ? (rules.noStatusLean ?? 'OTHER_JOB_RELATED') : CATEGORY_OF_CLASS[chosen];
      why = `the rules read ${rules.category}; with the statistical reading the message reads as ${category} (${reading}, together ${combined[best]!.toFixed(2)})`;
    }
  }
  const withoutKind = category;
  const kindConsulted = stands ? null : kind;
  const kindRead = kindReading(category, kindConsulted);
  if (kindRead) {
    why = `${why || `the rules read ${rules.category}`}; the kind of job mail reads as ${kindRead.category} (${kindRead.probability.toFixed(2)})`;
    category = kindRead.category;
  }
  const finalIndex = MODEL_CLASSES.indexOf(modelClassOf(category));
  return { category, why, finalProbability: (combined ?? probabilities)[finalIndex]!, modelAgrees: finalIndex === modelBest ? 1 : 0, reading, withoutKind, kindConsulted };
}

export function combineOpinions(
  rules: Decision,
  probabilities: Float64Array,
  context: OpinionContext,
  combination: Combination,
  kind: Float64Array | null = null,
): Decision {
  const { category, why, finalProbability, modelAgrees, reading } = combineReading(rules, probabilities, context, combination.weights, kind);
  const confidence = calibrate(combination.calibration, rules.confidence, finalProbability, modelAgrees);
  const evidence = category === rules.category ? [...rules.evidence, reading] : [why, ...rules.evidence];
  return { category, isJobRelated: category !== 'NOT_JOB_RELATED', confidence, evidence };
}

/** P(the decision is right) from the calibration weights; the rules' confidence when there are none. */
export function calibrate(weights: readonly number[], rulesConfidence: number, probability: number, agree: number): number {
  if (weights.length < 4) return rulesConfidence;
  const z = weights[0]! + weights[1]! * rulesConfidence + weights[2]! * probability + weights[3]! * agree;
  return Math.round((1 / (1 + Math.exp(-z))) * 100) / 100;
}
