import { describe, expect, it } from 'vitest';
import { collapseNoStatus, companyMatches, scorePredictions } from '../../scripts/evaluation/score-predictions.ts';

describe('scorePredictions', () => {
  it('computes per-class precision/recall/F1, the confusion matrix and swaps', () => {
    const f = scorePredictions([
      { id: '1', expected: 'REJECTION', predicted: 'REJECTION' },
      { id: '2', expected: 'REJECTION', predicted: 'INTERVIEW_INVITATION' },
      { id: '3', expected: 'INTERVIEW_INVITATION', predicted: 'INTERVIEW_INVITATION' },
      { id: '4', expected: 'NOT_JOB_RELATED', predicted: 'REJECTION', expectedCompany: null },
      { id: '5', expected: 'REJECTION', predicted: 'REJECTION', expectedCompany: 'Acme', predictedCompany: 'Acme Inc' },
    ]);
    const rejection = f.perClass.find((c) => c.label === 'REJECTION');
    expect(rejection).toMatchObject({ support: 3, precision: 2 / 3, recall: 2 / 3 });
    expect(f.confusion['REJECTION']?.['INTERVIEW_INVITATION']).toBe(1);
    expect(f.rejectionInterviewSwaps).toBe(1);
    expect(f.jobRelatedAccuracy).toBe(4 / 5);
    expect(f.companyChecked).toBe(1);
    expect(f.companyAccuracy).toBe(1);
    expect(f.mistakes.map((m) => m.id)).toEqual(['2', '4']);
  });

  it('collapses the no-status job classes and compares companies by key', () => {
    expect(collapseNoStatus('JOB_ALERT')).toBe('OTHER_JOB_RELATED');
    expect(collapseNoStatus('REJECTION')).toBe('REJECTION');
    expect(companyMatches('Palo Alto Networks', 'palo alto networks')).toBe(true);
    expect(companyMatches('Acme', 'Apex')).toBe(false);
    // A leading article is not part of the name, as the engine's normalizeCompanyName decides.
    expect(companyMatches('The Anchor Inn', 'Anchor Inn')).toBe(true);
    expect(companyMatches('The Anchor Inn', 'The Anchor')).toBe(true);
    expect(companyMatches('The Anchor Inn', 'Theatre Royal')).toBe(false);
  });
});
