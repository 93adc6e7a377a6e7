/**
 * The statistical second opinion: a regularised multinomial logistic regression over the
 * message's features (message-features.ts), trained by `npm run train:model` on the project's
 * labelled mail and checked in as data (status-model.weights.json). Pure: the weights are
 * imported as a module, looked up by feature hash in a typed-array table.
 */

import weightsFile from './status-model.weights.json' with { type: 'json' };
import { featureHash, visitFeatures } from './message-features.ts';
import type { MessageFacts } from './message-features.ts';
import type { SentenceReading } from '../read/sentence-roles.ts';

/** The model's classes: the status view of the categories (the three no-status job classes are one). */
export const MODEL_CLASSES = ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'NO_STATUS', 'NOT_JOB_RELATED'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/**
 * The no-status job mail the status model keeps as one class, told apart by a second, smaller
 * model over the same features, trained only on such mail: which kind of no-status mail it is.
 */
export const KIND_CLASSES = ['RECRUITER_OUTREACH', 'JOB_ALERT', 'OTHER_JOB_RELATED'] as const;

/** One multinomial logistic regression as the weights file stores it. */
export interface LinearModelWeights {
  classes: readonly string[];
  bias: readonly number[];
  /** Feature name → one weight per class. */
  features: Record<string, readonly number[]>;
}

/** The checked-in weights (see scripts/train-status-model.ts for how they are made). */
export interface StatusModelWeights {
  classes: readonly string[];
  bias: readonly number[];
  /** Feature name → one weight per class. */
  features: Record<string, readonly number[]>;
  /** How the confidence is calibrated: logistic over [1, rule confidence, combined probability, agreement]. */
  calibration: readonly number[];
  /** The learned combination with the rules: input name (decide/combiner-inputs.ts) → one weight per class. */
  combiner?: Record<string, readonly number[]>;
  /** Which kind of no-status job mail (KIND_CLASSES), trained on that mail alone. */
  kind?: LinearModelWeights;
  trainedOn?: unknown;
}

export interface CompiledStatusModel {
  classCount: number;
  bias: Float64Array;
  /**
   * Feature hash → row, open addressing with key and row side by side ([hash + 1, row] per slot) at
   * most half full: one probe usually touches one cache line (the table is read for every word).
   */
  slots: Int32Array;
  mask: number;
  weights: Float32Array;
  /** Per row: 1 when the status model has the feature, 2 when the kind model has it (both: 3). */
  member: Uint8Array;
  /** The kind model's bias and weights (KIND_CLASSES.length per row), or null when the file has none. */
  kindBias: Float64Array | null;
  kindWeights: Float32Array;
  /** Per row: the number of the message that last counted it (each feature counts once per message). */
  seen: Int32Array;
  stamp: number;
  calibration: readonly number[];
  combiner: Record<string, readonly number[]> | null;
}

export function compileStatusModel(file: StatusModelWeights): CompiledStatusModel {
  const classCount = file.classes.length;
  if (file.classes.join() !== MODEL_CLASSES.join()) throw new Error('status model: classes do not match MODEL_CLASSES');
  if (file.kind && file.kind.classes.join() !== KIND_CLASSES.join()) throw new Error('status model: kind classes do not match KIND_CLASSES');
  const kindFeatures = file.kind?.features ?? {};
  // One table for both models: a word is looked up once, whichever model weighs it.
  const names = [...new Set([...Object.keys(file.features), ...Object.keys(kindFeatures)])];
  const kindCount = KIND_CLASSES.length;
  const weights = new Float32Array(names.length * classCount);
  const kindWeights = new Float32Array(names.length * kindCount);
  const member = new Uint8Array(names.length);
  let size = 16;
  while (size < names.length * 2) size *= 2;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  names.forEach((name, row) => {
    const hash = featureHash(name);
    let slot = hash & mask;
    while (slots[slot * 2] !== 0 && slots[slot * 2] !== hash + 1) slot = (slot + 1) & mask;
    // Two names with one hash (rare): the first keeps the slot, the second is dropped.
    if (slots[slot * 2] === hash + 1) return;
    slots[slot * 2] = hash + 1;
    slots[slot * 2 + 1] = row;
    const w = file.features[name];
    if (w) {
      member[row]! |= 1;
      for (let k = 0; k < classCount; k++) weights[row * classCount + k] = w[k] ?? 0;
    }
    const v = kindFeatures[name];
    if (v) {
      member[row]! |= 2;
      for (let k = 0; k < kindCount; k++) kindWeights[row * kindCount + k] = v[k] ?? 0;
    }
  });
  return {
    classCount,
    bias: Float64Array.from(file.bias),
    slots,
    mask,
    weights,
    member,
    kindBias: file.kind ? Float64Array.from(file.kind.bias) : null,
    kindWeights,
    seen: new Int32Array(names.length),
    stamp: 0,
    calibration: file.calibration,
    combiner: file.combiner ?? null,
  };
}

let defaultModel: CompiledStatusModel | null = null;

export function getDefaultStatusModel(): CompiledStatusModel {
  defaultModel ??= compileStatusModel(weightsFile as StatusModelWeights);
  return defaultModel;
}

/**
 * Class probabilities (in MODEL_CLASSES order) for one message. When `kind` is given and the model
 * has a kind model, the same pass over the features fills it with the kind probabilities
 * (KIND_CLASSES order); without a kind model it is left as it is.
 */
export function predictStatus(model: CompiledStatusModel, reading: SentenceReading, matchSubject: string, facts: MessageFacts, kind?: Float64Array): Float64Array {
  const k = model.classCount;
  const sums = new Float64Array(k);
  const kindBias = kind ? model.kindBias : null;
  const kindCount = KIND_CLASSES.length;
  const stamp = ++model.stamp;
  let found = 0;
  let kindFound = 0;
  if (kindBias) kind!.fill(0);
  const { slots, mask, member } = model;
  visitFeatures(reading, matchSubject, facts, (hash) => {
    const key = hash + 1;
    let slot = hash & mask;
    let stored = slots[slot * 2]!;
    while (stored !== key) {
      if (stored === 0) return;
      slot = (slot + 1) & mask;
      stored = slots[slot * 2]!;
    }
    const row = slots[slot * 2 + 1]!;
    if (model.seen[row] === stamp) return;
    model.seen[row] = stamp;
    const has = member[row]!;
    if (has & 1) {
      found++;
      const base = row * k;
      for (let c = 0; c < k; c++) sums[c]! += model.weights[base + c]!;
    }
    if (kindBias && has & 2) {
      kindFound++;
      const base = row * kindCount;
      for (let c = 0; c < kindCount; c++) kind![c]! += model.kindWeights[base + c]!;
    }
  });
  // Each message's feature vector has unit length (binary features / sqrt(count)), as in training.
  const norm = found > 0 ? 1 / Math.sqrt(found) : 0;
  for (let c = 0; c < k; c++) sums[c] = model.bias[c]! + sums[c]! * norm;
  if (kindBias) {
    const kindNorm = kindFound > 0 ? 1 / Math.sqrt(kindFound) : 0;
    for (let c = 0; c < kindCount; c++) kind![c] = kindBias[c]! + kind![c]! * kindNorm;
    softmaxInPlace(kind!);
  }
  return softmaxInPlace(sums);
}

/** Scores to probabilities, in place (the largest score is taken off first, so exp never overflows). */
export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) if (scores[c]! > max) max = scores[c]!;
  let total = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    total += scores[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= total;
  return scores;
}

/** The index of the most likely class (the first of equals). */
export function mostLikely(probabilities: Float64Array): number {
  let best = 0;
  for (let c = 1; c < probabilities.length; c++) if (probabilities[c]! > probabilities[best]!) best = c;
  return best;
}

/** The category's class in the model's view. */
export function modelClassOf(category: string): ModelClass {
  return category === 'RECRUITER_OUTREACH' || category === 'JOB_ALERT' || category === 'OTHER_JOB_RELATED' ? 'NO_STATUS' : (category as ModelClass);
}
