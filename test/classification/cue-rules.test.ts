import { describe, expect, it } from 'vitest';
import { getDefaultTables } from '../../src/classifier/read/compile-tables.ts';
import { compileCueRules, findCueHits, indexCueRules, scanWords } from '../../src/classifier/read/cue-rules.ts';
import { normalizeForMatching } from '../../src/classifier/prepare/normalize-text.ts';
import type { SignalName } from '../../src/classifier/phrases/phrase-table.types.ts';
import { scoreSignals } from '../../src/classifier/read/score-signals.ts';
import { classifyFields } from './helpers.ts';

/** Uncancelled compositional hits of one signal in a body (no subject). */
function ruleHits(signal: SignalName, body: string): string[] {
  const s = scoreSignals('', normalizeForMatching(body), getDefaultTables());
  return s[signal].bodyHits.filter((h) => h.rule !== undefined && h.cancelledBy === null).map((h) => h.phrase);
}

function cancelledRuleHits(signal: SignalName, body: string): string[] {
  const s = scoreSignals('', normalizeForMatching(body), getDefaultTables());
  return s[signal].bodyHits.filter((h) => h.rule !== undefined && h.cancelledBy !== null).map((h) => h.phrase);
}

describe('compositional cue matcher', () => {
  const tiny = indexCueRules(
    compileCueRules([
      { name: 'neg', signal: 'rejection', weight: 4, sequence: [['not', 'no longer'], ['advance', 'move forward']], window: 3, scope: 'clause', about: ['you', 'your application'], exceptions: ['not only'] },
    ]),
  );
  const hits = (text: string) => findCueHits(tiny, text, scanWords(text)).map((h) => h.phrase);

  it('finds the cues in order within the window, in one clause, about the candidate', () => {
    expect(hits('we have decided not to advance your application')).toEqual(['not to advance']);
    expect(hits('your application will no longer move forward')).toEqual(['no longer move forward']);
  });

  it('needs every list, the window, the clause and the reference', () => {
    expect(hits('we will advance your application')).toEqual([]);
    expect(hits('we did not, after all, advance your application')).toEqual([]);
    expect(hits('we did not think we would be able to advance your application')).toEqual([]);
    expect(hits('we did not advance the project')).toEqual([]);
  });

  it('skips exceptions that start where the first cue starts', () => {
    expect(hits('not only did we advance your application')).toEqual([]);
  });

  it('keeps apostrophes and hyphens inside words and joins hard-wrapped lines', () => {
    const scan = scanWords("we won't take-home this\nline");
    expect(scan.count).toBe(5);
    const wrapped = 'thank you for the time you spent with us last week, we have decided not\nto advance your application';
    expect(hits(wrapped)).toEqual(['not to advance']);
  });
});

describe('compositional rules in the English table', () => {
  it('negation + progression about the candidate is a rejection', () => {
    expect(ruleHits('rejection', 'We have decided not to advance your application at this time.')).toHaveLength(1);
    expect(ruleHits('rejection', 'Your application will not receive further consideration on this occasion.')).toHaveLength(1);
    expect(ruleHits('rejection', "So we won't be progressing you to the final stage.")).toHaveLength(1);
    expect(ruleHits('rejection', 'The panel have chosen not to take your candidature further.')).toHaveLength(1);
  });

  it('someone else chosen is a rejection', () => {
    expect(ruleHits('rejection', 'We have opted for a more experienced candidate.')).toHaveLength(1);
    expect(ruleHits('rejection', 'we have decided for other profiles which match more exact')).toHaveLength(1);
  });

  it('a hedged negation is ignored ("if we do not move forward with your candidacy")', () => {
    const body = 'If we do not move forward with your candidacy, we will notify you by email.';
    expect(ruleHits('rejection', body)).toEqual([]);
    expect(cancelledRuleHits('rejection', body)).toHaveLength(1);
  });

  it('"can\'t wait", "don\'t forget" and "do not hesitate" are not negations', () => {
    expect(ruleHits('rejection', "We can't wait to move forward with your application!")).toEqual([]);
    expect(ruleHits('rejection', "Don't forget to continue your application before Friday.")).toEqual([]);
    expect(ruleHits('rejection', 'Please do not hesitate to contact us about your application.')).toEqual([]);
  });

  it('does not fire on a non-job sentence that is about no candidate', () => {
    expect(ruleHits('rejection', 'The committee was not able to move forward with many strong submissions.')).toEqual([]);
    expect(ruleHits('rejection', 'Applications that are not completed cannot be considered.')).toEqual([]);
    expect(ruleHits('nextRound', 'Stage 2: Variable Price-Feature Ratio. Expect high variability in prices.')).toEqual([]);
  });

  it('a request + a meeting noun supports an interview', () => {
    expect(ruleHits('interview', 'Kindly share your convenient time slot for a telephonic discussion.')).toHaveLength(1);
    expect(ruleHits('interview', 'Just reply with a couple of times that suit and I will send an invite.')).toHaveLength(1);
  });

  it('a stage word + a stage noun is a next round; negated, it is not', () => {
    expect(ruleHits('nextRound', 'We would like you to join the technical round next week.')).toHaveLength(1);
    expect(ruleHits('nextRound', 'You have been shortlisted for stage two of the recruitment.')).toHaveLength(1);
    expect(ruleHits('nextRound', 'Please complete the verbal reasoning tests by Sunday.')).toHaveLength(1);
    expect(ruleHits('nextRound', 'We will not need a written exercise from you.')).toEqual([]);
  });

  it('decides a whole message: an ATS rejection in words no exact phrase lists', () => {
    const r = classifyFields({
      from: 'Acme Careers <no-reply@myworkday.com>',
      subject: 'Your application for Data Analyst',
      text: 'Dear Sam,\n\nThank you for applying for the Data Analyst role at Acme. Having reviewed your experience, we have decided not to advance your application.\n\nAcme Talent Acquisition',
    });
    expect(r.category).toBe('REJECTION');
  });

  it('a rule-only rejection gives way to a clearly stronger invitation (an earlier role mentioned)', () => {
    const r = classifyFields({
      from: 'Jo Park <jo@acme-robotics.com>',
      subject: 'Phone screen for the Sales Engineer role',
      text: "Hi Sam, we didn't end up moving forward with you for the Account Executive role, but the hiring manager would love to set up a phone screen for Sales Engineer. What times work for you this week?",
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
  });
});
