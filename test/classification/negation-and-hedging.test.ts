import { describe, expect, it } from 'vitest';
import { classifyFields } from './helpers.ts';

const ats = 'Acme Recruiting <no-reply@greenhouse.io>';

describe('negation and hedging', () => {
  it('"we will not be moving forward" is a rejection', () => {
    const r = classifyFields({ from: ats, subject: 'Your application', text: 'Hi Sam,\n\nThank you for applying. Unfortunately, we will not be moving forward with your application.' });
    expect(r.category).toBe('REJECTION');
    expect(r.evidence.some((e) => e.includes('not be moving forward'))).toBe(true);
  });

  it('"decided to move forward with other candidates" is a rejection, not a next step', () => {
    const r = classifyFields({ from: ats, subject: 'Update', text: 'After careful review we have decided to move forward with other candidates for the Data Engineer role.' });
    expect(r.category).toBe('REJECTION');
  });

  it('"if you are not selected, we will let you know" inside a confirmation is APPLICATION_RECEIVED', () => {
    const r = classifyFields({
      from: ats,
      subject: 'Thank you for applying',
      text: 'We have received your application for the Data Engineer position. If you are not selected, we will let you know by email.',
    });
    expect(r.category).toBe('APPLICATION_RECEIVED');
    expect(r.evidence.some((e) => e.startsWith('ignored "not selected'))).toBe(true);
  });

  it('a hedge still holds when plain-text wrapping breaks its sentence across lines', () => {
    const r = classifyFields({
      from: 'no-reply@myworkday.com',
      subject: 'Thank you for applying',
      // Wrapped at 72 columns, as mail clients send plain text.
      text:
        'Thank you for applying to the Senior Financial Analyst position at\n' +
        'Contoso. We have received your application and our team will review it.\n' +
        'If your qualifications match our needs, a recruiter will contact you. If\n' +
        'you are not selected, we will let you know.',
    });
    expect(r.category).toBe('APPLICATION_RECEIVED');
  });

  it('"we will notify you once the position has been filled" speaks of the future; "the position has been filled" is a rejection', () => {
    const confirmation = classifyFields({
      from: ats,
      subject: 'Thank you for applying',
      text: 'We have received your application for the Analyst position. We will notify you by email once the position has been filled.',
    });
    expect(confirmation.category).toBe('APPLICATION_RECEIVED');
    const rejection = classifyFields({
      from: ats,
      subject: 'Your application',
      text: 'Thank you for applying for the Analyst position. Unfortunately the position has been filled.',
    });
    expect(rejection.category).toBe('REJECTION');
  });

  it('a short line (a greeting or list item) still ends what a condition covers', () => {
    const r = classifyFields({
      from: ats,
      subject: 'Your application',
      text: 'Questions? If so\nUnfortunately we will not be moving forward with your application.',
    });
    expect(r.category).toBe('REJECTION');
  });

  it('a condition covers its whole sentence ("if you see X, that means … you were not selected")', () => {
    const r = classifyFields({
      from: ats,
      subject: 'Thank you for your application',
      text: 'Thank you for applying to the Analyst position. If you see the job archived, that means the role closed or you were not selected for the role.',
    });
    expect(r.category).toBe('APPLICATION_RECEIVED');
  });

  it('a request after "if you are interested," is not hedged', () => {
    const r = classifyFields({
      from: 'Jo Park <jo.park@acme-robotics.com>',
      subject: 'Your application - Controls Engineer',
      text: 'Thank you for applying to our Controls Engineer position. If you are interested, please let me know when you would be available for a call.',
    });
    expect(r.category).toBe('INTERVIEW_INVITATION');
  });

  it('"the position has been filled" and "has been cancelled" are rejections', () => {
    expect(classifyFields({ from: ats, subject: 'Update', text: 'We wanted to let you know the Analyst position has been filled.' }).category).toBe('REJECTION');
    expect(classifyFields({ from: ats, subject: 'Update', text: 'The Analyst position you applied for has been cancelled.' }).category).toBe('REJECTION');
  });

  it('"unable to offer you the position" is a rejection, not an offer', () => {
    const r = classifyFields({ from: ats, subject: 'Update', text: 'Thank you for interviewing. We are unable to offer you the position at this time.' });
    expect(r.category).toBe('REJECTION');
    expect(r.offer).toBeNull();
  });

  it('a scheduled phone screen is an interview invitation; an assessment after first contact is a next round', () => {
    expect(classifyFields({ from: ats, subject: 'Phone screen scheduled', text: 'Your phone screen has been scheduled for Monday at 10am ET.' }).category).toBe('INTERVIEW_INVITATION');
    expect(classifyFields({ from: ats, subject: 'Next steps', text: 'Thanks for speaking with us. The next step is an online assessment on HackerRank.' }).category).toBe('NEXT_ROUND');
    expect(classifyFields({ from: ats, subject: 'Second interview', text: 'Thank you for the call. We would like to invite you to a second interview with the team.' }).category).toBe('NEXT_ROUND');
  });
});
