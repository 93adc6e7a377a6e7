/**
 * Closings and fits come in endless forms; compositional rules read their parts (a role and its
 * ending, a negation and a fit, others and a closer background), and words in another role
 * (an offer made to someone else, a process described for candidates in general, an interview
 * for the press, an application for a card or a flat) do not count as the reader's status.
 */
import { describe, expect, it } from 'vitest';
import { classifyFields } from './helpers.ts';

const anonymous = (text: string, subject = ''): { from: string; subject: string; text: string } => ({ from: '', subject, text });

describe('closings and fits in their many forms', () => {
  it.each([
    ['a role on hold after a reorg', 'Hi, a quick note: the role is on hold indefinitely after a reorganisation, so we are pausing all hiring for it. Sorry for the news.'],
    ['a requisition closed', 'Thank you for applying. We wanted to let you know that this requisition has now been closed and will not be reopened.'],
    ['a search cancelled', 'Thanks for your patience. Our search for this post was cancelled by the board last week.'],
    ['all positions filled', 'Thank you for applying. All positions for this intake have now been filled.'],
    ['applications no longer processed', 'Thank you for your application for the Analyst position. We are no longer accepting or processing applications for this role.'],
    ['nothing suitable at this time', 'We had many applications and unfortunately there is nothing suitable for you at this time.'],
    ['not a match', 'Thanks for your interest in the Data Engineer role. After reviewing your background, we do not feel it is the right match for this position.'],
    ['not aligned', 'Your experience is not aligned with what we are looking for in this role.'],
    ['others closer', 'Hey, we went with someone whose background is a little closer to what we need. Really enjoyed talking.'],
    ['an offer to another candidate', 'Hi Dana, thanks so much for your interest in the designer role. We have extended an offer to another candidate.'],
    ['another candidate accepted', 'Quick update on the designer role: another candidate has accepted our offer, so we are closing the process.'],
  ])('%s is a rejection, with no subject and no sender', (_label, text) => {
    expect(classifyFields(anonymous(text)).category).toBe('REJECTION');
  });
});

describe('words in another role', () => {
  it('a confirmation that describes the process for candidates in general is no invitation', () => {
    const result = classifyFields({
      from: 'Careers <careers@northwind-labs.com>',
      subject: 'Application received',
      text: 'Thank you for applying to Northwind. Next steps: our recruiting team will review your application. Candidates who are selected will be invited to a phone interview.',
    });
    expect(result.category).toBe('APPLICATION_RECEIVED');
  });

  it('an interview for the press is not job mail', () => {
    const result = classifyFields(anonymous("Hello, I write for the Daily Ledger. Would you be available for a short interview about your company's funding round? Please let me know a time.", 'Press request'));
    expect(result.category).toBe('NOT_JOB_RELATED');
  });

  it.each([
    ['a card', 'Thank you for your application for the Cardly Platinum card. We have received your application and will decide within five business days.'],
    ['a flat', 'Thanks for applying for the flat at 12 Rose Street. We have received your application and will be in touch.'],
    ['a grant', 'Thank you for your application for the community grant. Unfortunately your application was not successful this year.'],
  ])('an application for %s is not job mail', (_label, text) => {
    expect(classifyFields(anonymous(text, 'Your application')).category).toBe('NOT_JOB_RELATED');
  });

  it.each([
    ['a job board tells the reader of a new applicant', 'Hi Marco, good news: Priya Nair applied to your job "Line Cook (Evenings)". View her CV and message her from your dashboard. You now have 6 applicants for this job.'],
    ['a friend asks about the reader\'s own job ad', 'hey, saw your job ad for a weekend dog walker on the village page - my nephew Tom might be keen, shall I give him your number?'],
    ['the candidate the reader chose accepts', 'Hi Priya, thank you for ringing this morning to offer me the job as your bookkeeper. I am very happy to accept your offer and can start on the 1st. Best, Tomas'],
  ])('the reader on the hiring side is not job mail for the reader: %s', (_label, text) => {
    expect(classifyFields(anonymous(text, '')).category).toBe('NOT_JOB_RELATED');
  });

  it.each([
    ['an ATS tells the hiring manager of an applicant', 'Notifications <no-reply@us.greenhouse-mail.io>', 'New application: Sam Ortiz for Payroll Officer', 'Sam Ortiz has applied for Payroll Officer (Job ID 5512) at Harlow Foods. Review application in Greenhouse. You are receiving this because you are listed as the hiring manager for this job.'],
    ["an interviewer's scorecard is due", 'Talentry <no-reply@talentry.app>', 'Reminder: Lena Park - Data Analyst', 'Hi Marek, you interviewed Lena Park for Data Analyst yesterday. Your scorecard is still outstanding; please submit your scorecard by Wednesday so the hiring team can decide on next steps.'],
    ['HR asks the manager to approve an offer', 'Laura Quinn <laura.quinn@ferncliffe.co.uk>', 'Offer approval needed: J. Osei - Analytics Engineer', 'Hi Marta, Joseph said yes verbally. Before I send the written offer I need your approval on the final package: salary £58,500, start date 28 April. Can you reply "approved" by Monday?'],
  ])('the reader on the hiring side of another\'s application: %s', (_label, from, subject, text) => {
    expect(classifyFields({ from, subject, text }).category).toBe('NOT_JOB_RELATED');
  });

  it.each([
    ['developers by the hour', 'Hello Amir, I noticed your engineering team is growing. We are Dniprosoft, 120 engineers in Ukraine. We provide dedicated developers who work as part of your team, from $45/hour. Would you be open to a call?'],
    ["an agency's candidates for the reader's vacancy", "Morning Marta, I see you're hiring a Senior Data Engineer. I've got three pre-vetted candidates who could interview this week. Our fee is 18% of first-year salary. Shall I send their CVs?"],
    ['a tool for teams like the reader\'s', "Hi Dana, I came across your profile and think you'd be a great fit for our early-access program. Roadmapper helps product teams like yours plan in minutes. Open to a quick demo next week?"],
  ])('a vendor selling to the reader is not job mail: %s', (_label, text) => {
    expect(classifyFields({ from: 'sales@vendor-mail.io', subject: '', text }).category).toBe('NOT_JOB_RELATED');
  });

  it.each([
    ['a study place', 'Dear Dana, thank you for your application to study the MA in Translation. The programme team would like to invite you to an admissions interview on Teams next Tuesday.'],
    ['a dog to adopt', "Hi Jo, thanks so much for your application to adopt Bramble! We'd like to move you to the next stage, which is a home check. Could you send a couple of evening slots?"],
    ['a quiz show', "Hi Dana, you did really well in our online quiz. We'd love to invite you to the next round of contestant auditions, a 30 minute Zoom call with one of our researchers."],
    ['a school governor\'s seat', 'Dear Mrs Kowalczyk, thank you for your application to become a co-opted governor. The Chair would like to invite you to an informal interview on Thursday.'],
  ])('selection for something that is not a job is not job mail: %s', (_label, text) => {
    expect(classifyFields({ from: 'office@selection-mail.org', subject: '', text }).category).toBe('NOT_JOB_RELATED');
  });

  it.each([
    ['a flat, by the letting agent', 'Dear Mr Ferreira,\n\nThank you for your interest in the apartment at 14 Quayside Row and for sending your documents. Unfortunately the owner has decided for another applicant.\n\nKind regards\nHarbour Lettings'],
    ['a room, by the flatmates', "Hi Sam! Thanks for coming over on Sunday. Sadly the room is already gone, we decided for someone who can start in March. Good luck with the search!"],
    ['a spare room, by a friend', "Hey, really sorry but we've given the spare room to someone else, my cousin needed it from the 1st. Hope you find something x"],
    ['a house, by the landlord', "Hi Dan, thanks for coming round. I've had loads of interest in the house and gone with a couple who can move straight away. Good luck, Steve"],
  ])('a home chosen for someone else is not job mail: %s', (_label, text) => {
    expect(classifyFields({ from: 'Sam Ortiz <sam.ortiz.home@gmail.com>', subject: '', text }).category).toBe('NOT_JOB_RELATED');
  });

  it('a job in a unit or a room keeps its job sense', () => {
    const result = classifyFields({
      from: 'Talent <careers@kingsmere-health.org>',
      subject: '',
      text: 'Dear Ola, thank you for your interest in the Ward Clerk position on the Renal Unit. Unfortunately we have decided to proceed with another applicant.',
    });
    expect(result.category).toBe('REJECTION');
  });

  it('an audition stays open to being a job: an orchestra may hire', () => {
    const result = classifyFields({
      from: 'Auditions <auditions@northbay-symphony.org>',
      subject: 'Section violin audition',
      text: 'Dear Marta, thank you for applying for the Section Second Violin position. We would like to invite you to audition in person on 12 March at 10am.',
    });
    expect(result.category).not.toBe('NOT_JOB_RELATED');
  });

  it("a meeting link for an interview the reader conducts is not the reader's interview", () => {
    const result = classifyFields({
      from: 'Cobalto Recruiting <no-reply@greenhouse.io>',
      subject: 'Interview scheduled: Ana Reis for Backend Engineer - Technical Interview',
      text: "Hi Lucas, you've been scheduled to interview Ana Reis for the Backend Engineer role.\nWhen: Thu 10:00-11:00\nWhere: https://meet.google.com/qzr-fmke-ntp\nPlease submit your scorecard within 24 hours of the interview.",
    });
    expect(result.category).toBe('NOT_JOB_RELATED');
  });

  it("a candidate's receipt that names the hiring manager stays a receipt", () => {
    const result = classifyFields({
      from: 'Careers <careers@harlowfoods.com>',
      subject: 'Application received',
      text: 'Thank you for applying for the Payroll Officer role at Harlow Foods. The hiring manager for this job will review your application and we will be in touch.',
    });
    expect(result.category).toBe('APPLICATION_RECEIVED');
  });
});

describe('an invitation to an interview with words between', () => {
  it.each([
    ['a video interview', 'Dear Kofi, following your application we are inviting you for an initial 30-minute video interview with our operations lead next week. Please reply with two times that suit you.'],
    ['an informal interview', 'Hello Ana, I am pleased to invite you to a short and informal interview for the library assistant post on Thursday afternoon.'],
    ['a Zoom interview about a post', 'Dear Sam,\n\nI would like to invite you to a short Zoom interview about the research assistant post next Tuesday.\n\nBest wishes,\nInes'],
  ])('%s is an interview invitation from any sender', (_label, text) => {
    expect(classifyFields(anonymous(text)).category).toBe('INTERVIEW_INVITATION');
  });

  it('an interview for the press stays ordinary mail', () => {
    expect(classifyFields(anonymous('Hi, I am a journalist at the Harbour Gazette and would like to invite you to a short interview about your bakery for our food column.')).category).toBe('NOT_JOB_RELATED');
  });
});

describe('someone with more experience was chosen', () => {
  it('"decided to hire somebody with deeper … experience" is a rejection from any sender', () => {
    const r = classifyFields({ from: 'Priya Nand <priya.nand@outlook.com>', subject: '', text: 'Hi Dev, thanks for the chat last week. We decided to hire somebody with deeper pastry experience for now. Wishing you luck!' });
    expect(r.category).toBe('REJECTION');
  });

  it('looking for someone with more experience (outreach) is not a rejection', () => {
    const r = classifyFields({ from: 'Omar Haddad <omar@brisklane.io>', subject: 'Backend role', text: 'Hi Lea, we are looking for someone with more backend experience to join our team. Would you be open to a quick call?' });
    expect(r.category).not.toBe('REJECTION');
  });
});

describe('what became of the application', () => {
  it('"your candidacy … was turned down" is a rejection without any recruiting sender', () => {
    const r = classifyFields({ from: 'notices@kitchenstaff-mail.net', subject: '', text: 'Hello Marco, your candidacy for the Line Cook role was turned down by the kitchen team after review. Thank you for your time.' });
    expect(r.category).toBe('REJECTION');
  });

  it('a declined card application stays ordinary mail', () => {
    const r = classifyFields({ from: 'alerts@harborbank.com', subject: '', text: 'Your application for the Harbor Cashback credit card has been declined. You can request the reasons in writing within 60 days.' });
    expect(r.category).toBe('NOT_JOB_RELATED');
  });
});

describe('the search goes on', () => {
  it('"we\'ve opted to continue our search" is a rejection from a small company\'s address', () => {
    const r = classifyFields({ from: 'Ada Moss <ada@tinlantern.co>', subject: '', text: 'Hi Felix, thanks for the trial shift on Saturday. After some thought we have opted to continue our search for the role. All the best, Ada' });
    expect(r.category).toBe('REJECTION');
  });

  it('"we will keep looking at applications" is not a decision', () => {
    const r = classifyFields({ from: 'Ada Moss <ada@tinlantern.co>', subject: '', text: 'Hi Felix, thanks for your application! We will keep looking at applications until Friday and reply to everyone next week.' });
    expect(r.category).not.toBe('REJECTION');
  });
});

describe('an application handed on', () => {
  it('"I\'ve forwarded your application to the head chef" confirms it arrived', () => {
    const r = classifyFields({ from: 'Rosa Lind <rosa.lind.hr@gmail.com>', subject: '', text: "Hi Tom, thanks for your interest in the kitchen porter job. I've forwarded your application to the head chef and she will be in touch." });
    expect(r.category).toBe('APPLICATION_RECEIVED');
  });

  it('"we will pass on your application" is not a confirmation', () => {
    const r = classifyFields({ from: 'Rosa Lind <rosa.lind.hr@gmail.com>', subject: '', text: 'Hi Tom, thank you for applying. After reviewing the candidates we will pass on your application this time, as we need someone with a food hygiene certificate.' });
    expect(r.category).not.toBe('APPLICATION_RECEIVED');
  });
});

describe('the candidate between verb and particle, someone else with nothing before it', () => {
  it('"we won\'t be able to take you further" is a rejection', () => {
    const r = classifyFields({ from: 'no-reply@hire.quaystone.io', subject: '', text: 'Hello Ana, thank you for your interest in Quaystone. We are sorry, but we won\'t be able to take you further in our process for the Data Engineer role.' });
    expect(r.category).toBe('REJECTION');
  });

  it('"we went with somebody else" is a rejection from a personal address', () => {
    const r = classifyFields({ from: 'Jules <jules.bakes@icloud.com>', subject: '', text: 'hey, thanks for trialling on Sunday! we went with somebody else in the end. good luck x' });
    expect(r.category).toBe('REJECTION');
  });
});

describe("the reader's business as the one that sells is turned down in the words of hiring", () => {
  it.each([
    ['a quote not chosen', "Hi Gemma,\n\nThanks for the quote for the shopfront lettering. We've had all three quotes back and unfortunately we've decided to go with another supplier this time.\n\nOllie"],
    ['an application to sell', 'Hi Dana, thanks for applying to sell on Craftly. Unfortunately your seller application was not approved at this time.'],
  ])('%s', (_label, text) => {
    const r = classifyFields({ from: 'Ollie Barnes <ollie@hedgerowfarmshop.co.uk>', subject: '', text });
    expect(r.category).toBe('NOT_JOB_RELATED');
    // The rules see the sense themselves, so no statistical reading can make it job mail.
    expect(r.evidence.some((e) => e.endsWith('(not a job sense)'))).toBe(true);
  });

  it('a pitch is a round of a sales interview, not only a sale', () => {
    const r = classifyFields({
      from: 'Dana Pike <dana.pike@tallowcrm.io>',
      subject: 'Next step: mock pitch',
      text: 'Hi Sam, great speaking yesterday! The next step is a 30-minute mock pitch with our VP of Sales on Thursday. Please prepare a short discovery call.',
    });
    expect(r.category).toBe('NEXT_ROUND');
  });

  it('a rejection that asks to quote a reference stays a rejection', () => {
    const r = classifyFields({
      from: 'Recruitment <recruitment@harlandwater.co.uk>',
      subject: 'Your application - Ref HW-2291',
      text: 'Dear Sam, thank you for applying for the Network Technician post. Unfortunately your application has not been successful on this occasion. Please quote the reference HW-2291 in any correspondence.',
    });
    expect(r.category).toBe('REJECTION');
  });
});
