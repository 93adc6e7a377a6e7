import { describe, expect, it } from 'vitest';
import { classifyFields } from './helpers.ts';

/**
 * The mechanisms added after round 7's blind runs. Round 6's fixes did not reach their round-7
 * siblings because they were word lists one wording short, so each mechanism here is tested on
 * four or more paraphrases of its own (formal HR, an owner texting in British, Australian or
 * Indian English, non-native English, a long template with the decisive sentence late) and two
 * hard negatives. None of these lines is a round-7 line. DEV DATA, written beside the rules.
 */

const note = (from: string, text: string, subject = '') => ({ from, subject, text });
const LONG_OPENER =
  'Thank you for your interest in joining us and for the time you invested in our process. We received a large number of ' +
  'applications and every one of them was read carefully by the hiring team. We know how much effort goes into an application. ';

describe('the writer\'s side chose, hired or went with another person: a rejection, whatever the person is called', () => {
  it.each([
    ['Aussie owner', 'Hey Sam, thanks for coming by Friday. To be straight with you we\'ve gone with a girl who\'s done five years behind a bar in Newtown, so she can start straight away. All the best, Mick'],
    ['formal HR', 'Dear Ms Okafor,\n\nFollowing the final interviews, the panel has appointed an individual whose experience in regulated laboratories more closely matches the brief. We thank you for your time.\n\nHR Services'],
    ['non-native', 'Dear Rahul, after all interview we have selected one gentleman who has the 8 years experience in SAP, so we cannot go further for your profile. Regards, Meena'],
    ['Aussie yard, a ticket', "Hi Sam, we've decided to take on a fella who already has his forklift ticket. Cheers for your time, Bazza"],
    ['kitchen job, not a kitchen bought', 'Hi Tom, thanks for the trial. We\'ve hired a chef with more years running a busy kitchen, so we won\'t need you for the kitchen manager role. Cheers, Ana'],
    ['template, late', `Dear applicant,\n\n${LONG_OPENER}\n\nAfter careful deliberation we decided to hire a woman with extensive hospital pharmacy experience for this post.\n\nKind regards,\nRecruitment`],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Owner <someone.owner@gmail.com>', text)).category).toBe('REJECTION');
  });

  // Was a known failure: the model read this free-mail note as ordinary mail and overruled the rule. The model
  // retrained with ordinary mail that uses hiring words in other senses (test/fixtures/negatives-1) no longer does.
  it('British owner (the model no longer overrules the rule)', () => {
    const text = "Hi Jo, cheers for popping in. We ended up taking on a lad who has run a deli counter for years, so we're sorted for now. Ta, Steve";
    expect(classifyFields(note('Owner <someone.owner@gmail.com>', text)).category).toBe('REJECTION');
  });

  // A known failure from the retraining on blind sets 48-50 until the one on round 22 and blind sets 81-83, whose
  // informal rejections from small employers taught the model such notes (it has come and gone with retrainings).
  it('offered to someone internal (the model no longer overrules the rules)', () => {
    const text = 'Hi Dan, just a quick one, we offered it to someone internal in the end. Thanks for coming in though. Rob';
    expect(classifyFields(note('Owner <someone.owner@gmail.com>', text)).category).toBe('REJECTION');
  });

  it('hard negative: a tradesman chosen for the house', () => {
    const c = classifyFields(note('Kate <kate.m@gmail.com>', 'Hi Tom, we went with a guy from Penrith for the bathroom tiles in the end, he was cheaper. See you Sunday x'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: a builder "with 20 years experience" hired to redo the kitchen', () => {
    const c = classifyFields(note('Mum <mum.home@gmail.com>', 'We hired a guy with 20 years experience to redo the kitchen, so it should be done by June. Love, Mum'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: a tradesman who "already did the neighbours\' fence"', () => {
    const c = classifyFields(note('Kate <kate.m@gmail.com>', "We went with a guy who already did the neighbours' fence, he was quick. See you Sunday"));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: a band picked for the wedding', () => {
    const c = classifyFields(note('Rita <rita.w@yahoo.com>', 'We picked a bloke who plays acoustic sets for the wedding, so no need to book the DJ. Love, Rita'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('the writer ends the reader\'s candidacy: a rejection', () => {
  it.each([
    ['formal', 'Dear Lee,\n\nHaving reviewed the assessment, we have made the decision to close your application for the Analyst role.\n\nPeople Team'],
    ['US ATS, late', `Hi Lee,\n\n${LONG_OPENER}\n\nWeighing it all up, we've decided to end your candidacy at this stage. We wish you the best.\n\nTalent Team`],
    ['non-native', 'Dear Mr Lee, we are informing that your candidature is closed by the committee after technical test. Regards, HR Dept'],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Talent <talent@somefirm.example>', text)).category).toBe('REJECTION');
  });

  // Known failure since the learned combination: the model reads "closing off your application" as a receipt
  // (APPLICATION_RECEIVED 0.83), and on unseen mail such overrules are right far more often than wrong
  // (docs/classification.md, "The learned combination").
  it.fails('British (the model overrules the rules)', () => {
    const text = 'Hi Lee, just to let you know we will be closing off your application for the warehouse job. Thanks for your time. Jan';
    expect(classifyFields(note('Talent <talent@somefirm.example>', text)).category).toBe('REJECTION');
  });

  it('hard negative: the reader may withdraw their own application', () => {
    const c = classifyFields(note('Careers <careers@somefirm.example>', 'Thank you for applying for the Analyst role. We have received your application. You can close or withdraw your application at any time in the portal.', 'Application received'));
    expect(c.category).toBe('APPLICATION_RECEIVED');
  });
  it('hard negative: closing a bank account', () => {
    const c = classifyFields(note('Support <help@mybank.example>', 'We have made the decision to close your account at the end of the month as it has been inactive for two years.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('the job offered or given to someone else: a rejection', () => {
  it.each([
    ['formal', 'Dear Mr Grant,\n\nWe regret to inform you that the post has been offered to a candidate whose experience more closely matches the requirements.\n\nHuman Resources'],
    ['agency', 'Hi Priya, I heard back from the client and they have decided to offer the role to another applicant who can start sooner. Are you free for a call Friday about two other roles?'],
    ['Indian HR', 'Dear Karthik, management has given the position to one internal employee, hence we cannot proceed. Thanks and regards, HR'],
    ['owner text', 'hey mate, gave the job to my cousin\'s mate in the end, sorry. good luck with it. Dazza'],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Sender <sender@gmail.com>', text)).category).toBe('REJECTION');
  });

  // The rules read these themselves (the model, trained on such notes, would mostly carry them alone).
  it.each([
    ['the job by its title', 'Hi Kez, sorry, we have given the yard operative job to someone with a forklift licence. Thanks for coming out. Maureen', 'given the yard operative job to someone'],
    ['the job gone', "Alright Kez, the scaffold labourer job's gone I'm afraid, sorry. Cheers for ringing. Dean", "job's gone"],
  ])('%s, read by the rules', (_kind, text, phrase) => {
    const c = classifyFields(note('Sender <sender@gmail.com>', text));
    expect(c.category).toBe('REJECTION');
    expect(c.evidence).toContain(`body says "${phrase}"`);
  });

  it('hard negative: a job given to the reader, by its title', () => {
    const c = classifyFields(note('Maureen <maureen.kerr@gmail.com>', "Hi Kez, we'd like to give the yard operative job to you, can you start Monday at 7?"));
    expect(c.category).not.toBe('REJECTION');
  });
  it("hard negative: a household job that's gone", () => {
    const c = classifyFields(note('Mum <mum.home@gmail.com>', "The damp patch is sorted, the plastering job's gone really well. Come for tea Sunday x"));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });

  it('hard negative: an offer made to the reader', () => {
    const c = classifyFields(note('HR <hr@acme.example>', 'Dear Ana, we are delighted to offer you the position of Store Manager. Your offer letter is attached.'));
    expect(c.category).toBe('OFFER');
  });
  // A known failure for one retraining (round 17), and again from the one on round 22 until a lone phrase of another
  // sense stopped making the rules stand and the model was retrained with that (it sits at the model's boundary).
  it('hard negative: "we gave it to another family" (a pronoun, not the job) stays ordinary mail', () => {
    const c = classifyFields(note('Jen <jen.p@gmail.com>', 'The old cot? Sorry, we gave it to another family from playgroup last week.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  // A known failure until the status model learnt ordinary mail from the blind sets: it now reads the buyer's house offer as ordinary mail.
  it('hard negative: a house offer accepted from another buyer', () => {
    const c = classifyFields(note('Agent <agent@homes.example>', 'The vendor has decided to accept the offer from another buyer on Elm Street. We will let you know of similar homes.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('a plain "no" from the writer\'s side: a rejection', () => {
  it.each([
    ['Aussie template', `G'day Ash,\n\n${LONG_OPENER}\n\nUnfortunately it's a no from us for now. We wanted someone with a bit more trade experience.\n\nCheers, the team`],
    ['British owner', 'Hi Ash, thanks for the trial shift. I\'m afraid the answer is no this time, but do pop back in the summer. Bev'],
    ['texting', 'hi ash, sorry but its a no from me on the barista job. good luck! Jules'],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Jules <jules.cafe@gmail.com>', text)).category).toBe('REJECTION');
  });

  // A known failure from the retraining with blind set 33 until the one on blind sets 48-50 (the learned combination
  // read this free-mail note as ordinary mail at 0.77), and again since the one on round 19 and blind sets 61-63, whose
  // hard negatives end choirs, ballots and studies in the same words (ordinary mail at 0.79); it comes and goes with
  // retrainings. An expected failure, so the suite goes red when it passes again.
  it('formal (a known failure from the retraining on round 19 until the one on round 22 and blind sets 81-83)', () => {
    const text = 'Dear Ms Ash,\n\nThank you for interviewing with us. On this occasion the decision is no, and we wish you every success.\n\nHR';
    expect(classifyFields(note('Jules <jules.cafe@gmail.com>', text)).category).toBe('REJECTION');
  });

  it('hard negative: a no to a dinner plan', () => {
    const c = classifyFields(note('Ben <ben.k@gmail.com>', "Sorry, it's a no from me for Saturday dinner, got the kids. Next time!"));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: an answer that is no to a question about parking', () => {
    const c = classifyFields(note('Strata <office@strata.example>', 'Re parking: the answer is no, visitors may not use the resident bays.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('"you do not need to take any further action" is not a negated progression', () => {
  it.each([
    ['portal, late', 'Dear candidate,\n\nThank you for applying to Northgate Council. Your details have been saved in our candidate system and you can follow progress in your account.\n\nWe have received your application for Payroll Officer. You don\'t need to take any further steps at this time.\n\nTalent Acquisition'],
    ['formal', 'We confirm receipt of your application for the post of Clerk. No further action is required from you at this stage.'],
    ['non-native', 'Your application for Trainee Engineer is received. You need not do any further thing now, we will contact.'],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Careers <careers@employer.example>', text, 'Your application')).category).toBe('APPLICATION_RECEIVED');
  });



  // A known failure until the retraining on blind sets 48-50: the model read "not … further … at this time" as a
  // rejection and overruled the rules' confirmation. It sits at the model's boundary.
  it('iCIMS-like, short', () => {
    const text = 'Thank you for applying for the Dock Supervisor position. Your application is complete and you do not need to take any further action at this time.';
    expect(classifyFields(note('Careers <careers@employer.example>', text, 'Your application')).category).toBe('APPLICATION_RECEIVED');
  });

  // After an opener about "a large number of applications" the model used to read a rejection over the
  // rules' confirmation (it passed for one retraining, with blind sets 26–28, and again since round 18 and
  // blind sets 55–56 were trained on).
  it('long template opener, late (the model once overruled the rules)', () => {
    const text = `Dear candidate,\n\n${LONG_OPENER}\n\nWe have received your application for Payroll Officer. You don't need to take any further steps at this time.\n\nTalent Acquisition`;
    expect(classifyFields(note('Careers <careers@employer.example>', text, 'Your application')).category).toBe('APPLICATION_RECEIVED');
  });

  it('hard negative: a real negated progression is still a rejection', () => {
    const c = classifyFields(note('Careers <careers@employer.example>', 'Thank you for applying. We will not be taking your application any further.', 'Your application'));
    expect(c.category).toBe('REJECTION');
  });
  // A known failure since the retraining on round 22 and blind sets 81-83: the model gives this a rejection reading of
  // 0.42, over the 0.40 at which a confirmation resting on a pleasantry gives way. 0.45 would keep it, and on the
  // cross-validated predictions would miss one more rejection (docs/classification.md). Red when it passes again.
  it.fails('British (known failure since the retraining on round 22: a rejection reading of 0.42)', () => {
    const text = 'Thanks for your application for the Care Assistant vacancy. There is no need for you to do anything further for now.';
    expect(classifyFields(note('Careers <careers@employer.example>', text, 'Your application')).category).toBe('APPLICATION_RECEIVED');
  });
  it('hard negative: a parcel needing no further action', () => {
    const c = classifyFields(note('Parcels <no-reply@parcels.example>', 'Your parcel has been delivered. You do not need to take any further action.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('a request to come in to talk about the role is an interview invitation, with or without a day', () => {
  it.each([
    ['British owner', 'Hi Sam, got your CV, thanks. Could you pop in for a chat with me about the assistant manager job sometime this week?'],
    ['Aussie', 'G\'day Sam, would you be able to drop by the yard for a yarn about the driver position? Any arvo works.'],
    ['formal', 'Dear Ms Diaz, we would be pleased if you could come in to meet the practice manager regarding the receptionist vacancy.'],
    ['Indian', 'Dear Sam, kindly come to our office for discussion regarding the Site Engineer post. Please bring your original certificates.'],
    ['Indian plant, day far from purpose', 'Dear Rohit, please come to our Chakan plant on Monday 10 AM for face to face interview for the Quality Engineer post.'],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Owner <owner.shop@gmail.com>', text)).category).toBe('INTERVIEW_INVITATION');
  });

  // Since the retraining on round 19 and blind sets 61-63 the statistical reading takes "loved your application" for a
  // receipt (0.63, together 0.62) over the rules' request to meet; an expected failure until it reads as one again.
  it.fails('gerund, British (known failure since the retraining on round 19: read as a confirmation)', () => {
    const text = 'Hi Mo, loved your application. Fancy popping into the office next week to meet the team about the designer role?';
    expect(classifyFields(note('Owner <owner.shop@gmail.com>', text)).category).toBe('INTERVIEW_INVITATION');
  });

  // It has come and gone with the retrainings (the model reads the short note as ordinary mail or not); it passes since round 17 was trained on.
  it('non-native', () => {
    const text = 'Hello Sam, is possible you come by the restaurant to talk about the cook job? Answer me please. Marco';
    expect(classifyFields(note('Owner <owner.shop@gmail.com>', text)).category).toBe('INTERVIEW_INVITATION');
  });


  it('hard negative: popping in for a chat about the kitchen renovation', () => {
    const c = classifyFields(note('Builder <dave.builds@gmail.com>', 'Could you pop in for a chat about the kitchen renovation on Thursday? I have the tile samples.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: popping in to talk about "your role on the committee"', () => {
    const c = classifyFields(note('Pat <pat.pta@gmail.com>', 'Could you pop in for a chat about your role on the committee this Thursday? Bring the raffle tickets.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: "how about coming by on Saturday for a coffee" names no job', () => {
    const c = classifyFields(note('Mia <mia.r@gmail.com>', 'How about coming by on Saturday for a coffee? We can talk about the holiday.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: a friend asking to drop by for a chat', () => {
    const c = classifyFields(note('Mia <mia.r@gmail.com>', 'can you drop by for a chat later? I need to tell you about the trip'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('an application whose object, read as a whole noun phrase, is not a job is ordinary mail', () => {
  it.each([
    ['credit card, long name', 'Thanks for applying for the Harbour Rewards Platinum Cashback Mastercard® credit card. We have received your application and it is under review.'],
    ['school enrolment', 'Thank you for submitting an application to enrol Mia in Year 7 at Riverside High School. Your application has been received.'],
    ['mortgage', 'Thank you for your application for a fixed-rate two-year home mortgage. We have received your documents and will be in touch.'],
    ['membership', 'Thanks for applying for the Gold Family Leisure Centre membership. Your application has been received.'],
    ['club', 'Dear member, thank you for your application to join the Harbourside Sailing Club. The committee meets monthly and your application has been received.'],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Team <hello@provider.example>', text, 'Application received')).category).toBe('NOT_JOB_RELATED');
  });
  // A known failure since a lone phrase of another sense no longer makes the rules' ordinary mail stand: the course's
  // name in parentheses hides it from the rule that reads the object, "admissions" is the one phrase left, and the
  // model reads the receipt as a job's (0.90). Red when it passes again.
  it.fails('course (known failure: the object in parentheses, one phrase left)', () => {
    const text = 'We have received your application for the Bachelor of Nursing (Honours) course commencing in February. You will hear from the admissions office.';
    expect(classifyFields(note('Team <hello@provider.example>', text, 'Application received')).category).toBe('NOT_JOB_RELATED');
  });

  it('hard negative: a Credit Analyst position is a job (job head wins)', () => {
    const c = classifyFields(note('Careers <careers@bank.example>', 'Thank you for applying for the Senior Credit Card Risk Analyst position. We have received your application.', 'Application received'));
    expect(c.category).toBe('APPLICATION_RECEIVED');
  });
  it('hard negative: applying to join a club\'s operations team is a job', () => {
    const c = classifyFields(note('Jobs <jobs@golfclub.example>', 'Thanks for applying to join the Club Operations team at Manly Golf Club as Bar Supervisor. We have received your application.', 'Application received'));
    expect(c.category).toBe('APPLICATION_RECEIVED');
  });
  it('hard negative: a school teacher vacancy is a job', () => {
    const c = classifyFields(note('Recruitment <jobs@school.example>', 'Thank you for your application for the Year 7 Science Teacher post at Riverside High School. We have received your application.', 'Application received'));
    expect(c.category).toBe('APPLICATION_RECEIVED');
  });
});

describe('a forwarded message is the point of the mail, not a quote', () => {
  it.each([
    ['Gmail forward', 'keeping this for my records\n\n---------- Forwarded message ---------\nFrom: Recruitment <jobs@cityhospital.example>\nDate: Mon, 5 Feb 2024\nSubject: Application acknowledgement\nTo: Me <me@home.example>\n\nDear Ana,\nWe acknowledge receipt of your application for the post of Ward Clerk. Shortlisting will take place after the closing date.\nRecruitment'],
    ['Outlook forward', 'FYI\n\n-----Forwarded Message-----\nFrom: HR <hr@firm.example>\nSent: Tuesday, 6 February 2024 10:00\nTo: Ana\nSubject: Your application\n\nWe confirm that we have received your application for the Legal Secretary vacancy.'],
    ['Apple Mail forward', 'for the file\n\nBegin forwarded message:\n\nFrom: Careers <careers@shop.example>\nDate: 7 February 2024\nSubject: Thanks for applying\nTo: Ana\n\nThank you for applying for the Store Assistant position. Your application has been received.'],
    ['forward with rejection', 'ugh\n\n---------- Forwarded message ---------\nFrom: Talent <talent@co.example>\nDate: Thu, 8 Feb 2024\nSubject: Your application\nTo: Ana\n\nThank you for applying for the Analyst role. Unfortunately we will not be moving forward with your application.'],
  ])('%s', (kind, text) => {
    const c = classifyFields(note('Ana <ana.own@eircom.example>', text, 'Fwd: your application'));
    expect(c.category).toBe(kind === 'forward with rejection' ? 'REJECTION' : 'APPLICATION_RECEIVED');
  });

  it('hard negative: a reply over a quoted confirmation is still decided by the reply', () => {
    const c = classifyFields(note('HR <hr@firm.example>', 'Hi Ana, unfortunately we will not be moving forward with your application.\n\nFrom: Ana <ana@home.example>\nSent: Monday\nTo: HR\nSubject: Application\n\nWe confirm receipt of your application.', 'RE: Application'));
    expect(c.category).toBe('REJECTION');
  });
  it('hard negative: a forwarded recipe stays ordinary mail', () => {
    const c = classifyFields(note('Ana <ana.own@eircom.example>', 'try this!\n\n---------- Forwarded message ---------\nFrom: Mum <mum@home.example>\nDate: Sun\nSubject: soup\nTo: Ana\n\nTwo onions, a leek, stock, simmer an hour.', 'Fwd: soup'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('onboarding after an accepted offer is job mail with no new status', () => {
  it.each([
    ['Indian HR on free mail', 'Dear Anil,\n\nThank you for accepting our offer. Please complete the pre-joining formalities: submit PAN, Aadhaar and relieving letter before the date of joining.\n\nRegards,\nHR Team'],
    ['non-native', 'Dear Mr Lee, as you have accepted our offer, kindly fill joining kit and background verification form send before joining date. Thanks, HR'],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Onboarding <onboarding.team@gmail.com>', text)).category).toBe('OTHER_JOB_RELATED');
  });

  // Known failure since the retraining on round 17: the model reads the short welcome note as ordinary mail, and the
  // learned combination follows it (the rules read no status job mail). It has been at the model's boundary before.
  it.fails('British HR (the model overrules the rules)', () => {
    const text = 'Hi Beth,\n\nWelcome aboard! Before your first day we need to run the right to work check and collect your new starter form. Could you bring your passport on Monday?\n\nPeople Team';
    expect(classifyFields(note('Onboarding <onboarding.team@gmail.com>', text)).category).toBe('OTHER_JOB_RELATED');
  });

  // Known failure again since the combination is fitted without overshooting (train-combiner.ts): after the opener
  // about "a large number of applications" the model reads a receipt and the combination follows it. It has come
  // and gone with retrainings (docs/classification.md, "The learned combination").
  it.fails('US, long (the model overrules the rules)', () => {
    const text = `Hi Carlos,\n\nWe're so glad you're joining. ${LONG_OPENER}\n\nOur vendor will email you a link for the pre-employment screening and background verification this week; please complete it within three days.\n\nOnboarding`;
    expect(classifyFields(note('Onboarding <onboarding.team@gmail.com>', text)).category).toBe('OTHER_JOB_RELATED');
  });

  it('hard negative: a tenancy reference check', () => {
    const c = classifyFields(note('Lettings <lettings@agent.example>', 'Thanks for your holding deposit. Our referencing partner will run a credit check on you and your guarantor this week.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: a school trip consent form', () => {
    const c = classifyFields(note('Office <office@primary.example>', 'Please return the consent form for the Year 4 trip by Friday along with the £12 payment.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});
