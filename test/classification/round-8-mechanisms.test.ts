import { describe, expect, it } from 'vitest';
import { classifyFields } from './helpers.ts';

/**
 * The mechanisms added after round 8's blind runs. Round 8's dominant miss was informal job mail
 * (owners and managers on free mail or a phone, no subject, no recruiting sender) read as ordinary
 * mail although a person reads its status at once. Each mechanism is tested on four or more
 * paraphrases of its own (British, Australian, Indian, American, non-native English, formal HR)
 * and two hard negatives. None of these lines is a round-8 line. DEV DATA, written beside the rules.
 */

const note = (from: string, text: string, subject = '') => ({ from, subject, text });

describe("the reader's own job matter (your interview, your CV, your start date, your onboarding) is job context by itself", () => {
  it.each([
    ['British manager, interview moved', 'Alright Jo, small change, can we push our interview back to half 3 Thursday? Same place. Cheers, Dave'],
    ['Indian HR, timing shifted', 'Dear Priya, kindly note your interview timing is shifted to 11 AM tomorrow due to MD travel. Regards, Suresh'],
    ['American owner, interview moved', "Hey Marcus, something came up at the store, any chance we could do your interview Friday instead of Thursday? Same time. Thanks, Linda"],
    ['Australian, start date moved', "G'day Kev, heads up your start date's been pushed to the 14th, the paperwork from head office is running late. Cheers, Shazza"],
    ['formal, onboarding paperwork', 'Dear Mr Alvarez,\n\nAs part of your onboarding, please complete the pre-employment background check at the link below before Friday.\n\nKind regards,\nOffice Manager'],
  ])('%s', (_kind, text) => {
    const c = classifyFields(note('Someone <someone.writes@gmail.com>', text));
    expect(c.isJobRelated).toBe(true);
    expect(c.category).toBe('OTHER_JOB_RELATED');
  });

  // Someone at the employer saying the CV arrived and went to the boss acknowledges the application: a receipt (it was
  // expected as OTHER_JOB_RELATED until the blind sets, whose writers label such notes APPLICATION_RECEIVED).
  it('non-native, CV passed on to the boss: a receipt', () => {
    const c = classifyFields(note('Someone <someone.writes@gmail.com>', 'Hello Tomasz, your CV I have show to my boss, he say he will look next week and call you. Greetings, Ivana'));
    expect(c.isJobRelated).toBe(true);
    expect(c.category).toBe('APPLICATION_RECEIVED');
  });

  it('hard negative: a podcast interview moved', () => {
    const c = classifyFields(note('Jess <jess.pod@gmail.com>', 'Hi, can we move our interview for the podcast to Thursday? The studio is double booked. Jess'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it("hard negative: a friend's start date at her new job", () => {
    const c = classifyFields(note('Mum <mum.home@gmail.com>', "Sam's start date at the new job is Monday, she's so excited! Come for dinner Sunday to celebrate. Love, Mum"));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  // A known failure since the retraining on round 22 and blind sets 81-83 (informal job mail from personal addresses):
  // the model reads no-status job mail at 0.54 and the combination overrules the rules' ordinary mail at 0.63. Red when it passes.
  it.fails("hard negative: a friend's own job news asking for the reader's CV to pass on", () => {
    const text = "Mate I got the job at Halden!! Start Monday. They're still hiring in logistics I think, send me your CV and I'll pass it to my boss once I'm in. Drinks Friday? Tom";
    expect(classifyFields(note('Tom <tom.k.1990@gmail.com>', text)).category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: an app asking to finish your onboarding', () => {
    const c = classifyFields(note('Notely <team@notely.example>', 'Hi Sam, you are nearly there! Finish your onboarding to unlock shared notebooks. Your free trial ends in 5 days.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: the resume button of a paused video course', () => {
    const c = classifyFields(note('Courses <hello@learnpaint.example>', 'You paused "Watercolour basics" at lesson 4. Press resume to carry on where you left off.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('a trial of work asked of the reader (trial shift, trial day, working interview) is an interview; after an earlier talk, a next round', () => {
  it.each([
    ['Italian chef, broken English', 'Luca here. Can you do trial shift on Friday from 6? Bring your knives. Ciao'],
    ['American dental office', 'Hi Maria, we would like you to come in for a working interview on Wednesday at 9. Scrubs are fine. Thanks, Dr. Patel office'],
    ['Australian pub', "Hey mate, you right to do a couple of trial shifts this weekend behind the bar? Let me know. Gaz"],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Owner <some.owner@gmail.com>', text)).category).toBe('INTERVIEW_INVITATION');
  });
  // Known failure since the learned combination: the model reads the short free-mail note as ordinary mail and,
  // on unseen mail, such overrules are right far more often than wrong (docs/classification.md, "The learned combination").
  it.fails('British café (the model overrules the rules)', () => {
    const text = "Hiya Beth, would you be up for a trial day next Tuesday? 8 till 2, we'll pay you for it. Cheers, Jen";
    expect(classifyFields(note('Owner <some.owner@gmail.com>', text)).category).toBe('INTERVIEW_INVITATION');
  });
  it.each([
    ['after a chat', 'Hi Ana, good talking to you yesterday. Can you do a trial shift on Saturday evening? Paid of course. Rui'],
    ['formal, next step', 'Dear Mr Singh,\n\nThank you for speaking with us on Monday. The next step is a practical trade test at our workshop on Thursday at 8 AM.\n\nRegards,\nWorkshop Manager'],
    ['trucking, next step', 'Good talking yesterday. Next step is a road test with our trainer, come to the yard Friday 7am. Bring your licence. Raj'],
    ['non-native, next step', 'Hello Olga, thank you for the talk today. Next step will be working interview in our kitchen on Monday. Regards, Stefan'],
    ['British, next stage', 'Cheers for the chat this morning, Tom. Next stage will be a skills test at the depot, Tuesday at 10. Dave'],
    ['Canadian, no article', 'Good talking today. Next step is road test with Ron at the yard, Thursday 7am sharp. Bring licence and abstract. Harj'],
    ['American, drug screen', 'Thanks for coming in yesterday, Jordan. Your next step is a drug screen at the clinic on Main St by Friday. Thanks, Carla'],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Owner <some.owner@gmail.com>', text)).category).toBe('NEXT_ROUND');
  });

  it('hard negative: a free trial day at the gym', () => {
    const c = classifyFields(note('FitZone <hello@fitzone.example>', 'Would you be up for a free trial day at FitZone? Bring a friend, classes all day Saturday.'));
    expect(c.isJobRelated).toBe(false);
  });
  it('hard negative: a blood test as the next step', () => {
    const c = classifyFields(note('Surgery <reception@greenlanesurgery.example>', 'Dear Ms Lee, the next step is a blood test at the surgery on Thursday at 8:30. Please fast from midnight.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: an MOT as the next step for the van', () => {
    const c = classifyFields(note('Garage <service@kwikfix.example>', 'Hi, we fitted the new brakes. The next step is an MOT test on Friday, then you can collect the van.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: a trial run of the wedding cake', () => {
    const c = classifyFields(note('Kate <kate.m@gmail.com>', 'Can you do a trial run of the cake on Saturday? Mum wants to taste it before the wedding x'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('"w/" is "with", and "you interviewed" is the reader as a candidate, not a press interview', () => {
  it.each([
    ['American manager', 'hey darren, we ended up going w/ an internal candidate for the lead spot. you did great tho. take care, Kim'],
    ['Aussie owner, you interviewed', "Hey Sam, you interviewed really well but we've gone with someone else for the barista job. Cheers, Mick"],
    ['non-native', 'Hello Ahmed, you interviewed good but we decided to go w/ other candidate with more experience. Regards, Olga'],
    ['formal', 'Dear Ms Byrne, thank you for the time you interviewed with the panel. We have appointed another candidate to the post. HR'],
  ])('%s', (_kind, text) => {
    expect(classifyFields(note('Manager <a.manager@gmail.com>', text)).category).toBe('REJECTION');
  });
  it('hard negative: interviewed on local radio', () => {
    const c = classifyFields(note('Aunt Jo <aunt.jo@gmail.com>', 'Guess what, your uncle was interviewed on the local radio about his allotment! Listen at 6. Jo'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: coffee w/ an old friend', () => {
    const c = classifyFields(note('Kate <kate.m@gmail.com>', 'Had coffee w/ Jen today, we ended up going w/ the blue paint for the hall. See you soon'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('an application named by its object first ("your visa application") is not a job application', () => {
  it.each([
    ['visa centre', 'Visa Centre <no-reply@vfs-centre.example>', 'Your visa application has been received', 'Dear applicant, your visa application with reference 55120 has been received and forwarded to the consulate. Processing takes 15 working days.'],
    ['passport office', 'HM Passport Office <noreply@passport.example>', '', 'We have received your passport application and supporting documents. We will contact you if we need anything else.'],
    ['council planning', 'Planning <planning@brackenford-council.example>', 'Planning application 26/0412 received', 'Thank you for your planning application for a single-storey rear extension. It has been received and validated.'],
    ['school place, informal', 'Mrs Patel <office@stmarys-primary.example>', '', "Hi, just to confirm we've got your school place application for Aisha for September. We'll be in touch after the allocation date."],
  ])('%s', (_kind, from, subject, text) => {
    expect(classifyFields({ from, subject, text }).category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: an offer that mentions the work visa application stays an offer', () => {
    const text = 'Dear Ana,\n\nWe are delighted to offer you the position of Data Engineer at Brightmoor. Our immigration team will support your work visa application once you sign.\n\nKind regards,\nPeople Team';
    expect(classifyFields({ from: 'People Team <people@brightmoor.example>', subject: 'Your offer', text }).category).toBe('OFFER');
  });
  it('hard negative: a job application received stays a confirmation', () => {
    const text = 'Hi Ana, we have received your job application for the Warehouse Operative role and will review it this week. Thanks, Recruitment';
    expect(classifyFields({ from: 'Recruitment <jobs@halden-logistics.example>', subject: '', text }).category).toBe('APPLICATION_RECEIVED');
  });
});

describe('a job alert or a recruiter\'s approach that names jobs is job mail by itself, whoever sends it', () => {
  it.each([
    ['board digest', 'Jobs Near You <alerts@jobsnearyou.example>', '5 new warehouse jobs near Dandenong', "Hi Kev, here are today's matches for your job alert:\nForklift Driver - Coldstore Logistics · Dandenong · full-time\nPick Packer - Southgate DC · casual\nSee all 5 jobs. Manage alerts · Unsubscribe"],
    ['weekly matches', 'CareerBoard <digest@careerboard.example>', 'Your weekly matches: 6 new nursing roles', "Hello Amira,\nBased on your saved search \"RN, Leeds\", here are this week's picks:\nStaff Nurse - St Luke's · Leeds · full-time · View\nTheatre Nurse - Aire Valley Clinic · part-time · View\nAlert settings · Unsubscribe"],
    ['German board, English', 'Stellenmarkt <news@stellenmarkt-nord.example>', 'Neue Jobs für Sie', 'Guten Tag Jonas, 4 new jobs match your job alert "Elektriker Hamburg": Elektroniker (m/w/d) - Nordwerk GmbH · full-time. Manage your alert.'],
  ])('alert: %s', (_kind, from, subject, text) => {
    expect(classifyFields({ from, subject, text }).category).toBe('JOB_ALERT');
  });
  it.each([
    ['agency consultant', 'Oliver <o.brandt@northwind-search.example>', '', "Hi Priya, hope you're well. My client, a Series B healthtech in Leeds, is building its design team and wants a Senior Product Designer (hybrid, full-time). Would you have 15 minutes for a call this week? Oliver"],
    ['free-mail recruiter', 'Jenna <jenna.recruits@gmail.com>', '', 'Hi Raj, my client is a logistics firm in Pune hiring a Warehouse Supervisor, full-time, good salary. Is this something you would consider? Jenna'],
    ['agency, own domain', 'Max <max.keller@nordtalent.example>', '', "Hi Lena, wanted to reach out about an exclusive role I'm working on. My client, a logistics scale-up in Hamburg, wants a Head of Data to build the team (hybrid). Open to a quick chat this week? Max"],
    ['Indian consultant', 'Ritu <ritu@peoplebridge.example>', '', 'Dear Arjun, greetings! My client, a leading auto component manufacturer in Chakan, is looking for a Quality Engineer with IATF experience. Kindly share your updated CV if interested. Regards, Ritu'],
  ])('outreach: %s', (_kind, from, subject, text) => {
    expect(classifyFields({ from, subject, text }).category).toBe('RECRUITER_OUTREACH');
  });
  // Known failure since the learned combination: the words of a listings alert read as job mail without a status.
  it.fails('hard negative: a property alert for a saved search (read as job mail)', () => {
    const c = classifyFields({ from: 'HomeFinder <alerts@homefinder.example>', subject: '5 new flats match your saved search', text: 'Hi Sam, 5 new 2-bed flats in Leeds match your saved search. See all listings. Manage alerts · Unsubscribe' });
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it("hard negative: a solicitor writing about a client", () => {
    const c = classifyFields({ from: 'J. Harlow <jharlow@harlowlaw.example>', subject: 'Boundary at 14 Elm Road', text: 'Dear Mr Lee, I act for my client Mrs Patel regarding the fence between your properties. Please contact me to discuss. Regards, J. Harlow' });
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});

describe('texting shorthand ("u", "ur", "w/") is read as the words it stands for', () => {
  it.each([
    ['Singapore agency', 'hi Mei, update from client side. they decide not to proceed with ur profile for the QA role, sorry ah. got other roles coming, will whatsapp u', 'REJECTION'],
    ['American manager', "hey, sorry but we can't move u forward for the cashier job, the owner wants someone with more register experience", 'REJECTION'],
    ['Indian recruiter', 'Hi Ravi, client is not going to proceed with ur candidature for Java developer post. Will share other openings. Thanks', 'REJECTION'],
    ['British owner', 'Hiya, got ur application for the kitchen porter job, will give u a bell next week. Cheers, Sue', 'APPLICATION_RECEIVED'],
  ])('%s', (_kind, text, expected) => {
    expect(classifyFields(note('Someone <someone.texts@gmail.com>', text)).category).toBe(expected);
  });
  it('hard negative: love u, see u at dinner', () => {
    expect(classifyFields(note('Mum <mum.home@gmail.com>', 'love u, see u at dinner. dad says ur car is fixed x')).category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: ur parcel is on its way', () => {
    expect(classifyFields(note('Parcels <track@parcelgo.example>', 'ur parcel is out for delivery today, we will text u a 1 hour slot')).category).toBe('NOT_JOB_RELATED');
  });
});

describe('what shortlisted candidates in general will receive is the process, not news for the reader', () => {
  const from = 'Hiring Team <noreply@careers-mail.example>';
  it.each([
    ['assessment then video', 'Thank you for applying for the Barista role at Beanhouse! We are reviewing applications this week. Shortlisted candidates will receive a short online assessment, followed by a video interview.'],
    ['late, after a receipt', 'Hello Jo,\n\nWe have received your application for Warehouse Associate. As part of our process, selected candidates will complete a skills test and then a panel interview. We will be in touch either way.\n\nRecruitment'],
    ['non-native', 'Dear candidate, your application is received. In next weeks, qualified applicants will take an aptitude test and one interview with the manager. Regards, HR'],
    ['Indian template', 'Dear Applicant, Thank you for your application for Graduate Engineer Trainee. Successful candidates will undergo a written test followed by technical and HR interview rounds. Regards, Talent Acquisition'],
  ])('%s', (_kind, text) => {
    expect(classifyFields({ from, subject: 'We received your application', text }).category).toBe('APPLICATION_RECEIVED');
  });
  it('hard negative: the reader has been shortlisted and will receive the assessment', () => {
    const text = 'Hi Jo, good news: you have been shortlisted for the Barista role. You will receive a short online assessment tomorrow, followed by a video interview. Hiring Team';
    expect(classifyFields({ from, subject: '', text }).category).toBe('NEXT_ROUND');
  });
  it('hard negative: "as a shortlisted candidate, you will receive" is about the reader', () => {
    const text = 'Congratulations! As a shortlisted candidate, you will receive a written assessment on Monday and then a video interview with the team.';
    expect(classifyFields({ from, subject: '', text }).category).not.toBe('APPLICATION_RECEIVED');
  });
});

describe("hiring's own standards not met is a rejection, however the standard is named", () => {
  it.each([
    ['carrier portal', 'Thank you for completing a driver application with Northline Freight. After reviewing your application and driving record, we have determined that it does not meet our current hiring criteria. We will keep your application on file for 90 days.'],
    ['UK public sector', 'Dear Ms Byrne,\n\nThank you for applying for the post of Administrative Officer. Having reviewed your application, it did not satisfy the essential criteria set out in the person specification.\n\nHR Shared Services'],
    ['US university', 'Dear Applicant, we have reviewed your application and it does not meet the minimum qualifications for this position. Human Resources'],
    ['non-native', 'Hello Marek, sorry but your experience do not match our selection criteria for welder position. Good luck. Ewa'],
  ])('%s', (_kind, text) => {
    expect(classifyFields({ from: 'Notifications <noreply@portal-mail.example>', subject: '', text }).category).toBe('REJECTION');
  });
  // A known failure for one retraining of 1 December (the model overruled the rules' ordinary mail at 0.61).
  it('hard negative: a passport photo that does not meet the requirements', () => {
    const c = classifyFields(note('Passport Office <noreply@passport.example>', 'The photo you uploaded does not meet the requirements for passport photos. Please upload a new photo with a plain background.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
  it('hard negative: a grant that did not meet the eligibility criteria', () => {
    const c = classifyFields(note('Arts Fund <grants@northernarts.example>', 'Dear Sam, unfortunately your project does not meet the eligibility criteria for this round of the Community Arts Fund. You may apply again in spring.'));
    expect(c.category).toBe('NOT_JOB_RELATED');
  });
});
