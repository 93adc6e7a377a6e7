/** The statistical second opinion: features the weights file can name, and how it combines with the rules. */
import { describe, expect, it } from 'vitest';
import { REJECTION_OVER_CONFIRMATION, REPLACE_KIND_AT, REPLACE_RULES_AT, REPLACE_RULES_REJECTION_AT, combinationOf, combineOpinions, rulesStand } from '../../src/classifier/decide/combine-opinions.ts';
import type { Combination, OpinionContext } from '../../src/classifier/decide/combine-opinions.ts';
import { COMBINER_INPUTS } from '../../src/classifier/decide/combiner-inputs.ts';
import type { Decision } from '../../src/classifier/decide/decide-category.ts';
import { featureHash, visitFeatures } from '../../src/classifier/model/message-features.ts';
import type { MessageFacts } from '../../src/classifier/model/message-features.ts';
import { KIND_CLASSES, MODEL_CLASSES, getDefaultStatusModel, predictStatus } from '../../src/classifier/model/status-model.ts';
import weights from '../../src/classifier/model/status-model.weights.json' with { type: 'json' };
import { normalizeForMatching } from '../../src/classifier/prepare/normalize-text.ts';
import { readSentences } from '../../src/classifier/read/sentence-roles.ts';

const NO_FACTS: MessageFacts = {
  ats: false, platform: false, assessmentOrScreening: false, recruitingMailbox: false, freeMail: true, noSender: false,
  employerDomain: false, reply: false, noSubject: true, calendar: false, bulk: false,
};

function probabilities(text: string): Record<string, number> {
  const body = normalizeForMatching(text);
  const p = predictStatus(getDefaultStatusModel(), readSentences(body), '', NO_FACTS);
  return Object.fromEntries(MODEL_CLASSES.map((c, i) => [c, p[i]!]));
}

describe('status model features', () => {
  it('names every feature so that the weights file and the engine agree on its hash', () => {
    const body = normalizeForMatching('Thank you for applying.\nUnfortunately, we won\'t be moving forward. If selected, we will call you.\n\nBest,\nAna');
    const seen: Array<[number, string]> = [];
    visitFeatures(readSentences(body), normalizeForMatching('Re: your application'), { ...NO_FACTS, reply: true }, (hash, name) => seen.push([hash, name!]), true);
    expect(seen.map(([, n]) => n)).toEqual(expect.arrayContaining(['p:thank', 'p:thank you', 'unfortunately', "won't be", 'c:selected', 's:application', 'x:reply']));
    expect(seen.map(([, n]) => n)).not.toContain('ana'); // after the sign-off: signature, not read
    for (const [hash, name] of seen) expect([name, featureHash(name)]).toEqual([name, hash]);
  });

  it('ships weights for the model classes with a calibration', () => {
    expect(weights.classes).toEqual([...MODEL_CLASSES]);
    expect(Object.keys(weights.features).length).toBeGreaterThan(1000);
    expect(weights.calibration).toHaveLength(4);
  });

  it('reads a closing it has no phrase for as a rejection and ordinary mail as not job-related', () => {
    const closing = probabilities('Hi Sam, thanks for your application. Sadly the team has decided the role will not be filled this year, so we are closing all candidacies for it.');
    expect(Math.max(...Object.values(closing))).toBe(closing['REJECTION']);
    const dinner = probabilities('Hey! Are we still on for dinner on Friday? I booked the table for eight, bring the board game.');
    expect(Math.max(...Object.values(dinner))).toBe(dinner['NOT_JOB_RELATED']);
  });
});

describe('combining the rules and the model', () => {
  const context: OpinionContext = { confirmationOnlyInPleasantries: false, threadKnown: false, nonJobSense: false, clearNonJobSense: false, jobSender: false, calendarInterview: false };
  const rules = (category: Decision['category']): Decision => ({ category, isJobRelated: category !== 'NOT_JOB_RELATED', confidence: 0.8, evidence: ['rules'] });
  const probs = (cls: string, p: number): Float64Array => {
    const out = new Float64Array(MODEL_CLASSES.length).fill((1 - p) / (MODEL_CLASSES.length - 1));
    out[MODEL_CLASSES.indexOf(cls as (typeof MODEL_CLASSES)[number])] = p;
    return out;
  };
  const shipped = combinationOf(getDefaultStatusModel());
  const rulesOnly: Combination = { weights: null, calibration: [] };
  /** A combination that repeats the model: each class's weight on its own log-probability is 1. */
  const echo: Combination = { weights: new Float64Array(COMBINER_INPUTS.length * MODEL_CLASSES.length), calibration: [] };
  MODEL_CLASSES.forEach((c, k) => (echo.weights![COMBINER_INPUTS.indexOf(`log p:${c}`) * MODEL_CLASSES.length + k] = 1));

  it('ships a learned combination over every input', () => {
    expect(Object.keys(weights.combiner ?? {}).sort()).toEqual([...COMBINER_INPUTS].sort());
    expect(shipped.weights).not.toBeNull();
  });

  it('a confirmation gives way to a likely rejection, sooner when it rests on a pleasantry', () => {
    expect(combineOpinions(rules('APPLICATION_RECEIVED'), probs('REJECTION', 0.5), { ...context, confirmationOnlyInPleasantries: true }, rulesOnly).category).toBe('REJECTION');
    expect(combineOpinions(rules('APPLICATION_RECEIVED'), probs('REJECTION', 0.5), context, rulesOnly).category).toBe('APPLICATION_RECEIVED');
    expect(combineOpinions(rules('APPLICATION_RECEIVED'), probs('REJECTION', REJECTION_OVER_CONFIRMATION.statement), context, rulesOnly).category).toBe('REJECTION');
  });

  it('never lets the model turn a clear non-job sense, a linked thread or a calendar interview around', () => {
    expect(combineOpinions(rules('NOT_JOB_RELATED'), probs('REJECTION', 0.99), { ...context, nonJobSense: true, clearNonJobSense: true }, shipped).category).toBe('NOT_JOB_RELATED');
    expect(combineOpinions(rules('INTERVIEW_INVITATION'), probs('NOT_JOB_RELATED', 0.99), { ...context, threadKnown: true }, shipped).category).toBe('INTERVIEW_INVITATION');
    expect(combineOpinions(rules('INTERVIEW_INVITATION'), probs('REJECTION', 0.99), { ...context, calendarInterview: true }, shipped).category).toBe('INTERVIEW_INVITATION');
  });

  it('a lone phrase of another sense does not make the rules stand: the combination weighs it', () => {
    expect(rulesStand(rules('NOT_JOB_RELATED'), { ...context, nonJobSense: true, clearNonJobSense: false })).toBe(false);
    expect(rulesStand(rules('NOT_JOB_RELATED'), { ...context, nonJobSense: true, clearNonJobSense: true })).toBe(true);
  });

  it('reads a status the rules missed when the model is sure, and keeps the rules when it is not', () => {
    expect(combineOpinions(rules('NOT_JOB_RELATED'), probs('REJECTION', 0.95), context, shipped).category).toBe('REJECTION');
    expect(combineOpinions(rules('NOT_JOB_RELATED'), probs('REJECTION', 0.3), context, shipped).category).toBe('NOT_JOB_RELATED');
    expect(combineOpinions(rules('OFFER'), probs('OFFER', 0.9), context, shipped).category).toBe('OFFER');
  });

  it('replaces the rules only when the combination is sure enough', () => {
    expect(combineOpinions(rules('NEXT_ROUND'), probs('REJECTION', REPLACE_RULES_AT + 0.01), context, echo).category).toBe('REJECTION');
    expect(combineOpinions(rules('NEXT_ROUND'), probs('REJECTION', REPLACE_RULES_AT - 0.1), context, echo).category).toBe('NEXT_ROUND');
    // The rules' rejection gives way only at a higher probability: a missed rejection costs most.
    expect(combineOpinions(rules('REJECTION'), probs('NOT_JOB_RELATED', REPLACE_RULES_AT + 0.05), context, echo).category).toBe('REJECTION');
    expect(combineOpinions(rules('REJECTION'), probs('NOT_JOB_RELATED', REPLACE_RULES_REJECTION_AT + 0.01), context, echo).category).toBe('NOT_JOB_RELATED');
    // A no-status reading keeps the rules' own no-status category.
    expect(combineOpinions(rules('JOB_ALERT'), probs('NO_STATUS', 0.9), context, echo).category).toBe('JOB_ALERT');
    expect(combineOpinions(rules('NOT_JOB_RELATED'), probs('NO_STATUS', 0.9), context, echo).category).toBe('OTHER_JOB_RELATED');
    // ... unless the words lean to an approach or a job list the rules read too weakly to decide.
    const leaning: Decision = { ...rules('NOT_JOB_RELATED'), noStatusLean: 'RECRUITER_OUTREACH' };
    expect(combineOpinions(leaning, probs('NO_STATUS', 0.9), context, echo).category).toBe('RECRUITER_OUTREACH');
  });

  it('says why when the reading changes', () => {
    const d = combineOpinions(rules('NEXT_ROUND'), probs('REJECTION', 0.9), context, echo);
    expect(d.evidence[0]).toMatch(/^the rules read NEXT_ROUND; with the statistical reading the message reads as REJECTION/);
  });

  it('gives a calibrated confidence that rises when the two agree', () => {
    const agree = combineOpinions(rules('REJECTION'), probs('REJECTION', 0.9), context, shipped).confidence;
    const disagree = combineOpinions(rules('REJECTION'), probs('OFFER', 0.5), context, shipped).confidence;
    expect(agree).toBeGreaterThan(disagree);
    expect(agree).toBeLessThanOrEqual(1);
  });
});

describe('the kind of no-status job mail', () => {
  const context: OpinionContext = { confirmationOnlyInPleasantries: false, threadKnown: false, nonJobSense: false, clearNonJobSense: false, jobSender: false, calendarInterview: false };
  const rules = (category: Decision['category']): Decision => ({ category, isJobRelated: category !== 'NOT_JOB_RELATED', confidence: 0.8, evidence: ['rules'] });
  const rulesOnly: Combination = { weights: null, calibration: [] };
  const kind = (cls: (typeof KIND_CLASSES)[number], p: number): Float64Array => {
    const out = new Float64Array(KIND_CLASSES.length).fill((1 - p) / (KIND_CLASSES.length - 1));
    out[KIND_CLASSES.indexOf(cls)] = p;
    return out;
  };

  it('is read in the same pass as the status, as probabilities of the kinds', () => {
    const text = normalizeForMatching(
      "Hi Jo, I run the platform team at a small payments company and a former colleague of yours said you might be open to a move. We're hiring a senior engineer; would you be up for a quick call next week?",
    );
    const out = new Float64Array(KIND_CLASSES.length);
    const status = predictStatus(getDefaultStatusModel(), readSentences(text), '', NO_FACTS, out);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(KIND_CLASSES[out.indexOf(Math.max(...out))]).toBe('RECRUITER_OUTREACH');
    expect(status.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('tells an arranged interview moved to another day from an approach', () => {
    const text = normalizeForMatching(
      "Hi Jo, apologies, the panel has had to move your interview from Tuesday to Thursday at 2pm, same room. Let me know if that doesn't work and we'll find another slot.",
    );
    const out = new Float64Array(KIND_CLASSES.length);
    predictStatus(getDefaultStatusModel(), readSentences(text), '', NO_FACTS, out);
    expect(KIND_CLASSES[out.indexOf(Math.max(...out))]).toBe('OTHER_JOB_RELATED');
  });

  it("replaces the rules' kind only when sure enough, and only of no-status mail", () => {
    const sure = combineOpinions(rules('OTHER_JOB_RELATED'), new Float64Array(MODEL_CLASSES.length), context, rulesOnly, kind('RECRUITER_OUTREACH', REPLACE_KIND_AT));
    expect(sure.category).toBe('RECRUITER_OUTREACH');
    expect(sure.evidence[0]).toContain('the kind of job mail reads as RECRUITER_OUTREACH');
    const unsure = kind('RECRUITER_OUTREACH', REPLACE_KIND_AT - 0.01);
    expect(combineOpinions(rules('OTHER_JOB_RELATED'), new Float64Array(MODEL_CLASSES.length), context, rulesOnly, unsure).category).toBe('OTHER_JOB_RELATED');
    expect(combineOpinions(rules('REJECTION'), new Float64Array(MODEL_CLASSES.length), context, rulesOnly, kind('RECRUITER_OUTREACH', 0.99)).category).toBe('REJECTION');
    expect(combineOpinions(rules('JOB_ALERT'), new Float64Array(MODEL_CLASSES.length), context, rulesOnly, kind('OTHER_JOB_RELATED', 0.9)).category).toBe('OTHER_JOB_RELATED');
  });

  it('leaves the kind to the rules in a thread they know', () => {
    const known = { ...context, threadKnown: true };
    expect(combineOpinions(rules('OTHER_JOB_RELATED'), new Float64Array(MODEL_CLASSES.length), known, rulesOnly, kind('RECRUITER_OUTREACH', 0.99)).category).toBe('OTHER_JOB_RELATED');
  });
});
