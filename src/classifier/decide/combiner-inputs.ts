/**
 * What the learned combination of the two opinions looks at: which class the rules chose and how
 * sure they were, the model's log-probabilities, and the facts about the message that tell when
 * either opinion is weak (a confirmation resting on a pleasantry, a job sender, the reader's own
 * job matter). The names are the keys of `combiner` in status-model.weights.json; the order here is
 * the order of the input vector.
 */

import { MODEL_CLASSES, modelClassOf } from '../model/status-model.ts';
import type { Decision } from './decide-category.ts';

/** Facts about the message that the combination weighs (filled in by classify.ts). */
export interface OpinionContext {
  /** Confirmation phrases stand only in pleasantries. */
  confirmationOnlyInPleasantries: boolean;
  /** The thread is linked or earlier messages were job mail: the rules know more than the words. */
  threadKnown: boolean;
  /**
   * The reply quotes the reader's own application or question about a job: it is job mail, whatever the
   * model reads, but the rules know no more than the words about what it says (the combination may
   * choose another status, never ordinary mail).
   */
  repliesToReader?: boolean;
  /** A non-job sense of the words was found (a card, a loan, a flat, a podcast). */
  nonJobSense: boolean;
  /**
   * ... and more than one phrase says so, or a rule that reads the sentence ("applying for the Platinum
   * card", "the room is already gone"): the rules' ordinary mail then stands. A lone phrase ("application
   * deadline", "tuition") also stands in job ads, so the combination weighs it instead.
   */
  clearNonJobSense: boolean;
  /** The sender is an ATS, job platform, assessment or screening service. */
  jobSender: boolean;
  /** A calendar invite the rules read as an interview. */
  calendarInterview: boolean;
  /**
   * The text itself ties the message to a job: it speaks of the reader's own job matter ("your
   * interview", "ur cv"), or it is a receipt of an application under a subject that names the job.
   */
  jobContext?: boolean;
  /** The text is hardly English (read/text-language.ts): the rules, written in English, barely read it. */
  foreignText?: boolean;
}

/** The facts read as 0/1 inputs, by name: the name and the reading stand together, so their order cannot drift apart. */
const FLAGS: readonly (readonly [string, (rules: Decision, context: OpinionContext) => boolean | undefined])[] = [
  ['confirmationOnlyInPleasantries', (_rules, context) => context.confirmationOnlyInPleasantries],
  ['nonJobSense', (_rules, context) => context.nonJobSense],
  ['jobSender', (_rules, context) => context.jobSender],
  ['jobContext', (_rules, context) => context.jobContext],
  ['jobContextOnly', (rules) => rules.jobContextOnly],
  ['foreignText', (_rules, context) => context.foreignText],
  // The rules' "ordinary mail" of a text they cannot read is no reading at all.
  ['foreignTextRulesNotJob', (rules, context) => context.foreignText === true && rules.category === 'NOT_JOB_RELATED'],
];

export const COMBINER_INPUTS: readonly string[] = [
  'bias',
  ...MODEL_CLASSES.map((c) => `rules:${c}`),
  ...MODEL_CLASSES.map((c) => `rules confidence:${c}`),
  ...MODEL_CLASSES.map((c) => `log p:${c}`),
  ...FLAGS.map(([name]) => `flag:${name}`),
];

/** The smallest probability the inputs take the log of: a model that is never that sure keeps inputs bounded. */
const MIN_PROBABILITY = 1e-4;

export function combinerInputs(rules: Decision, probabilities: Float64Array, context: OpinionContext): Float64Array {
  const K = MODEL_CLASSES.length;
  const x = new Float64Array(COMBINER_INPUTS.length);
  x[0] = 1;
  const rulesIndex = MODEL_CLASSES.indexOf(modelClassOf(rules.category));
  x[1 + rulesIndex] = 1;
  x[1 + K + rulesIndex] = rules.confidence;
  for (let k = 0; k < K; k++) x[1 + 2 * K + k] = Math.log(Math.max(probabilities[k]!, MIN_PROBABILITY));
  const base = 1 + 3 * K;
  FLAGS.forEach(([, read], i) => (x[base + i] = read(rules, context) ? 1 : 0));
  return x;
}
