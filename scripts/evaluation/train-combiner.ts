/**
 * Fits the learned combination of the rules and the model (src/classifier/decide/combiner-inputs.ts):
 * a multinomial logistic regression with L2 over a few dense inputs, by full-batch gradient descent
 * (deterministic). It is fitted on cross-validated predictions, so it learns how far to trust each
 * opinion on mail it has not seen. Dev tooling, not engine code.
 */
import { COMBINER_INPUTS } from '../../src/classifier/decide/combiner-inputs.ts';
import { MODEL_CLASSES, softmaxInPlace } from '../../src/classifier/model/status-model.ts';

export interface CombinerRow {
  inputs: Float64Array;
  target: number;
  weight: number;
}

const ITERATIONS = 600;
const STEP = 0.5;
export const COMBINER_L2 = 1e-3;

export function trainCombiner(rows: readonly CombinerRow[], l2 = COMBINER_L2): Float64Array {
  const K = MODEL_CLASSES.length;
  const D = COMBINER_INPUTS.length;
  let W = new Float64Array(D * K);
  let previous = new Float64Array(D * K);
  const gradient = new Float64Array(D * K);
  const p = new Float64Array(K);
  const total = rows.reduce((s, r) => s + r.weight, 0);
  // The log-probability inputs reach -9: a fixed step can overshoot and diverge on some folds. A step that
  // raised the loss is taken back and halved (deterministic, and the same path as a fixed step while none does).
  let step = STEP;
  let lastLoss = Infinity;
  for (let it = 0; it < ITERATIONS; it++) {
    gradient.fill(0);
    let loss = 0;
    for (const { inputs, target, weight } of rows) {
      for (let k = 0; k < K; k++) {
        let z = 0;
        for (let d = 0; d < D; d++) z += W[d * K + k]! * inputs[d]!;
        p[k] = z;
      }
      softmaxInPlace(p);
      loss -= weight * Math.log(Math.max(p[target]!, 1e-300));
      for (let k = 0; k < K; k++) {
        const e = (p[k]! - (k === target ? 1 : 0)) * weight;
        for (let d = 0; d < D; d++) gradient[d * K + k]! += e * inputs[d]!;
      }
    }
    let penalty = 0;
    for (let i = 0; i < W.length; i++) penalty += W[i]! * W[i]!;
    loss = loss / total + (l2 / 2) * penalty;
    if (loss > lastLoss) {
      [W, previous] = [previous, W];
      step /= 2;
      continue;
    }
    lastLoss = loss;
    previous.set(W);
    for (let i = 0; i < W.length; i++) W[i]! -= step * (gradient[i]! / total + l2 * W[i]!);
  }
  return W;
}

/** The weights file's form: input name → one weight per class. */
export function combinerFile(weights: Float64Array): Record<string, number[]> {
  const K = MODEL_CLASSES.length;
  return Object.fromEntries(COMBINER_INPUTS.map((name, d) => [name, Array.from(weights.subarray(d * K, (d + 1) * K), (x) => Math.round(x * 1000) / 1000)]));
}
