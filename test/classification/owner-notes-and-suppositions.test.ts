import { describe, expect, it } from 'vitest';
import { classifyFields } from './helpers.ts';

/**
 * The mechanisms added after round 6's blind runs, each on wording of its own (not round 6's
 * lines): short notes from owners and hiring managers on free mail with no subject, a condition's
 * supposition, and an application to a named scheme. DEV DATA, written beside the rules.
 */

const note = (from: string, text: string) => ({ from, subject: '', text });

describe('a path taken elsewhere, said about the role or the reader, is a rejection', () => {
  it('reads "the team took a different path with the … role" from an unknown sender', () => {
    const c = classifyFields(note('Marta Ilves <marta.ilves@outlook.com>', 'Hi Sam, heads up that the team took a different path with the bakery supervisor role. Thanks for your time.\n\nMarta'));
    expect(c.category).toBe('REJECTION');
  });

  it('leaves "we went another way home" (no role, no reader) alone', () => {
    const c = classifyFields(note('Marta Ilves <marta.ilves@outlook.com>', 'Traffic was awful on the ring road so we went another way home. See you Sunday!'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('places a job title qualifies, filled, are a rejection; filling still going on is not', () => {
  it('reads "we ended up filling both barista slots" as a rejection', () => {
    const c = classifyFields(note('Bo Lindqvist <lindqvistmoving@gmail.com>', 'Hi Jo, good to meet you at the open day. Turns out we ended up filling both barista slots for the winter, so nothing for now. Take care, Bo'));
    expect(c.category).toBe('REJECTION');
  });

  // A known failure for one retraining of 1 December (the combination overruled the rules' ordinary mail at 0.64).
  it('does not read a filled car-pool or a filled class as a job', () => {
    const c = classifyFields(note('Ana Ruiz <ana.ruiz@gmail.com>', 'Sorry, we already filled all the seats in the car for Saturday, maybe next time!'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('wanting the reader on the team is an offer', () => {
  it('reads "we\'d love to have you on the team … start Monday" from a personal address', () => {
    const c = classifyFields(
      note('Greta Holm <holmbakery@yahoo.com>', "Hi Noor,\n\nAfter Saturday's trial shift we'd love to have you on the team. $19 an hour, weekends to start. Could you start on the 4th?\n\nGreta"),
    );
    expect(c.category).toBe('OFFER');
  });
});

describe('a request to come to the workplace on a given day, to meet or talk, is an interview', () => {
  it('reads "could you stop by Wednesday … to meet the kitchen manager" as an interview invitation', () => {
    const c = classifyFields(
      note('Paolo <paolo.trattoria@gmail.com>', 'Hi Jess, got your application for the line cook job. Could you stop by Wednesday around 3 to meet our kitchen manager?'),
    );
    expect(c.category).toBe('INTERVIEW_INVITATION');
  });

  it('after "great speaking …", the same request is a next round', () => {
    const c = classifyFields(
      note('Paolo <paolo.trattoria@gmail.com>', 'Jess, great speaking yesterday. Could you come back Friday at 11 to meet the owner and do a short trial?'),
    );
    expect(c.category).toBe('NEXT_ROUND');
  });

  it('does not read a friend asking to come over on Saturday as job mail', () => {
    const c = classifyFields(note('Lee <lee.parks@gmail.com>', 'can you come over saturday? bring the speakers, we are setting up for the party'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('a supposition under a condition states nothing', () => {
  it('"if you do not hear back …, please presume your application was unsuccessful" stays a confirmation', () => {
    const c = classifyFields({
      from: 'Careers <jobs@lakeviewclinic.org>',
      subject: 'Your application',
      text:
        'Dear applicant,\n\nWe confirm that we have received your application for the Practice Nurse vacancy. ' +
        'If you do not hear back from us within four weeks, please presume that your application was unsuccessful.\n\nLakeview Clinic HR',
    });
    expect(c.category).toBe('APPLICATION_RECEIVED');
  });

  it('a request after a condition still releases it ("if …, please let me know when you are free to interview")', () => {
    const c = classifyFields({
      from: 'Rafa Costa <rafa@costadesign.studio>',
      subject: 'Junior designer',
      text: 'Hi Ola, thanks for applying. If the role still interests you, please let me know when you are available for an interview next week.',
    });
    expect(c.category).toBe('INTERVIEW_INVITATION');
  });
});

describe('an application to a named fund, award or prize is not a job application', () => {
  it('reads a receipt for "your application to the Riverside Community Award" as not job-related', () => {
    const c = classifyFields({
      from: 'Riverside Trust <awards@riversidetrust.org>',
      subject: 'Application received',
      text:
        'Dear Mo,\n\nThank you for your application to the Riverside Community Award 2027. We have received your application. ' +
        'Finalists may be invited to interview with the judges in March.\n\nRiverside Trust',
    });
    expect(c.category).toBe('NOT_JOB_RELATED');
  });

  it('keeps an application for a Fund Accountant position as job mail', () => {
    const c = classifyFields({
      from: 'Talent Team <careers@northgateam.com>',
      subject: 'Application received: Fund Accountant',
      text: 'Hi Mo, thank you for your application for the Fund Accountant position. We have received your application and will review it shortly.',
    });
    expect(c.category).toBe('APPLICATION_RECEIVED');
  });
});

describe('a reply above the reader\'s own quoted application answers that application', () => {
  const quotedApplication = [
    '',
    'On Tue, Oct 6, 2026 at 9:12 AM, Noor Haddad <noor.haddad@gmail.com> wrote:',
    '> Hello,',
    '>',
    "> I'd like to apply for the front desk assistant job advertised in the",
    '> window. My CV is attached.',
    '>',
    '> Noor',
  ].join('\n');

  it('reads "Got it, thanks, I will show it to the practice manager" as a receipt', () => {
    const c = classifyFields({ from: 'Dr Ewa Nowak <ewa@nowakdental.co.uk>', subject: '', text: `Got it, thanks Noor. I will show it to our practice manager on Monday.\n\nEwa${quotedApplication}` });
    expect(c.category).toBe('APPLICATION_RECEIVED');
  });

  it('still lets a decisive reply decide ("we have already hired someone else")', () => {
    const c = classifyFields({ from: 'Dr Ewa Nowak <ewa@nowakdental.co.uk>', subject: '', text: `Thanks Noor, but we have already gone with someone else for that one.\n\nEwa${quotedApplication}` });
    expect(c.category).toBe('REJECTION');
  });

  it('leaves "received, thanks" above a quoted message that is no application alone', () => {
    const c = classifyFields({
      from: 'Tom Berg <tom.berg@gmail.com>',
      subject: '',
      text: 'Received, thanks! See you at the match.\n\nOn Tue, Oct 6, 2026 at 9:12 AM, Noor Haddad <noor.haddad@gmail.com> wrote:\n> Here are the photos from the barbecue.\n> Noor',
    });
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('a scheduled list of new openings is a job alert, whoever sends it', () => {
  it('reads "your daily nursing openings near you … manage your alert" from an unknown board', () => {
    const c = classifyFields({
      from: 'CareBoard <hello@careboard.example>',
      subject: '',
      html: '<p>Your daily nursing openings near you</p><ul><li>Staff Nurse, Ward 4 - St Anne Hospital</li><li>Night Nurse - Elm House</li></ul><p><a href="https://careboard.example/a">Manage your alert</a></p>',
    });
    expect(c.category).toBe('JOB_ALERT');
  });

  // A regression of the retraining on round 20 and blind sets 68-69: the rules read ordinary mail, the model gives
  // "weekly digest … manage your alert" a no-status reading of 0.60, at the combination's threshold. Raising the
  // threshold to 0.62 keeps this digest ordinary but costs 0.3 points of cross-validated macro-F1 (90.3 -> 90.0 %).
  // Expected to fail until the model tells a digest of recipes from one of openings; it goes red when it passes.
  it.fails('leaves a weekly recipes digest alone', () => {
    const c = classifyFields({
      from: 'Kitchen Notes <hello@kitchennotes.example>',
      subject: '',
      html: '<p>Your weekly recipes digest</p><ul><li>Lentil soup</li><li>Apple cake</li></ul><p><a href="https://kitchennotes.example/a">Manage your alert</a></p>',
    });
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('a title in running text, with an inner comma or dash, ends at its job noun, parenthesis or verb', () => {
  const receipt = (text: string, subject = 'Thank you') => classifyFields({ from: 'Careers <careers@orchardbank.example>', subject, text });

  it('reads "applying to our Product Manager, Payments role"', () => {
    expect(receipt('Hi Lee, thanks for applying to our Product Manager, Payments role. We have received your application.').jobTitle).toBe('Product Manager, Payments');
  });

  it('reads "your application for Night Auditor - Weekends (Req 4471) has been received"', () => {
    expect(receipt('Hello Lee, your application for Night Auditor - Weekends (Req 4471) has been received.').jobTitle).toBe('Night Auditor - Weekends');
  });

  it("reads an employer's possessive: \"your application to Orchard Bank's Risk Analyst, Retail role\"", () => {
    expect(receipt("Thanks for your application to Orchard Bank's Risk Analyst, Retail role. We have received your application.").jobTitle).toBe('Risk Analyst, Retail');
  });

  it('keeps an ordinal that leads a title ("the 3rd Grade Teacher vacancy")', () => {
    expect(receipt('Thank you for your application for the 3rd Grade Teacher vacancy. We have received your application.').jobTitle).toBe('3rd Grade Teacher');
  });

  it('drops a site numbered after a dash ("Assistant Manager - Branch #12")', () => {
    expect(receipt('We have received your application and will be in touch.', 'Your application for Assistant Manager - Branch #12 (Leeds)').jobTitle).toBe('Assistant Manager');
  });
});

describe('ids and titles as the employer writes them', () => {
  it('keeps the year of a year-numbered requisition that the ATS link shortens', () => {
    const c = classifyFields({
      from: 'Careers <careers@lindenfoods.example>',
      subject: 'Your application',
      text: 'Thank you for applying to the Line Supervisor position (Req 2025-30917). We have received your application.\nhttps://careers-lindenfoods.icims.com/jobs/30917/line-supervisor/job',
    });
    expect(c.atsJobId).toBe('2025-30917');
  });

  it('keeps the link id when the written prefix is not a year', () => {
    const c = classifyFields({
      from: 'Careers <careers@lindenfoods.example>',
      subject: 'Your application',
      text: 'Thank you for applying to the Line Supervisor position (Req 31-30917). We have received your application.\nhttps://careers-lindenfoods.icims.com/jobs/30917/line-supervisor/job',
    });
    expect(c.atsJobId).toBe('30917');
  });

  it('drops an id parenthesis that ends a sentence before a line break', () => {
    const c = classifyFields({
      from: 'Careers <careers@lindenfoods.example>',
      subject: 'Status update',
      text: 'We write about your application for the position of Quality Technician - Night Shift (Job Number: 778120).\nUnfortunately this position has been filled.',
    });
    expect(c.jobTitle).toBe('Quality Technician - Night Shift');
  });
});

describe('the platform that carried an application, and a title typed in lower case', () => {
  it('names Indeed as the provider of an Indeed Apply confirmation with no ATS in it', () => {
    const c = classifyFields({
      from: 'Indeed <noreply@indeed.com>',
      subject: 'Application submitted',
      text: 'Your application has been submitted to Harbor Cafe for the Barista position. The employer will contact you if interested.',
    });
    expect(c.category).toBe('APPLICATION_RECEIVED');
    expect(c.atsProvider).toBe('Indeed');
  });

  it('reads "on the kitchen lead job" from a manager\'s one-liner (a lower-case title needs a title-head noun)', () => {
    const c = classifyFields(note('Sal Greco <sal@grecobakehouse.example>', 'Hey Tam, we went with someone else on the kitchen lead job. Thanks for coming in.'));
    expect(c.category).toBe('REJECTION');
    expect(c.jobTitle).toBe('Kitchen Lead');
  });
});
