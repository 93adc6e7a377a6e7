import { describe, expect, it } from 'vitest';
import type { EmailCategory } from '../../src/classifier/classification.types.ts';
import type { MessageFields } from '../../src/classifier/prepare/message-from-fields.ts';
import { classifyFields } from './helpers.ts';

/**
 * The shapes real inboxes send (issue 10): no subject, unknown or personal senders, HTML templates
 * whose polite opener comes first and whose decisive sentence comes later, long footers, quoted
 * replies. DEV DATA, NOT HELD OUT: written by the engineer who works on the rules, to check that
 * the status decision holds across template styles; figures from it are not generalisation figures.
 */

const FOOTER = [
  '',
  'You are receiving this email because you applied for a position with us.',
  'Manage your email preferences | Unsubscribe | Privacy Policy',
  '© 2026 All rights reserved. 1200 Market Street, Suite 400, Springfield.',
  'We are an equal opportunity employer and value diversity. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.',
].join('\n');

const html = (paragraphs: readonly string[]): string =>
  `<html><body><table width="600"><tr><td><img src="https://cdn.example.net/logo.png" alt="logo"></td></tr>${paragraphs
    .map((p) => `<tr><td style="padding:12px;font-family:Arial"><p>${p}</p></td></tr>`)
    .join('')}<tr><td style="font-size:10px;color:#888">${FOOTER.replace(/\n/g, '<br>')}</td></tr></table></body></html>`;

interface Shape {
  name: string;
  fields: MessageFields;
  expected: EmailCategory;
}

const REJECTIONS: Shape[] = [
  {
    name: 'HTML, no subject, polite opener first, decision in the third paragraph',
    fields: {
      from: 'noreply@careers-mail.bluefinch.io',
      subject: '',
      html: html([
        'Dear Priya,',
        'Thank you for your interest in Bluefinch and for taking the time to apply for our Customer Success Associate opening.',
        'We received a large number of applications. After reviewing your experience carefully, we will be moving ahead with applicants whose qualifications more closely fit our current needs.',
        'We will keep your details on file and encourage you to keep an eye on our careers page.',
        'Warm regards,<br>The Bluefinch Talent Team',
      ]),
    },
    expected: 'REJECTION',
  },
  {
    name: 'a shop owner from a personal address, no subject',
    fields: {
      from: 'Rick Alvarez <rickalvarez1971@yahoo.com>',
      subject: '',
      text: "Hey Tom,\n\nappreciate you applying to help out at the shop. We ended up hiring someone with more bike repair experience, so we won't need you for now.\n\nGood luck!\nRick",
    },
    expected: 'REJECTION',
  },
  {
    name: 'a requisition cancelled for budget reasons',
    fields: {
      from: 'Talent Team <talent@orvane.com>',
      subject: 'Your application',
      text: 'Hello Chris,\n\nThank you for applying to Orvane. We wanted to let you know that the requisition for Data Analyst II has been cancelled due to budget changes, and we are not filling the role at this time.\n\nWe appreciate your interest.\n\nOrvane Talent Acquisition' + FOOTER,
    },
    expected: 'REJECTION',
  },
  {
    name: 'the decision after two paragraphs about the company',
    fields: {
      from: 'careers@meltwater-grove.org',
      subject: '',
      text: 'Dear Applicant,\n\nThank you for applying to Meltwater Grove. We are a community land trust working across three counties, and we are proud of the team we have built over the past decade.\n\nThis year we received more applications than ever for our Field Coordinator role, and every one of them was read by our hiring panel.\n\nHaving considered all applications, we have decided to pursue other applicants for this position.\n\nKind regards,\nHiring Panel, Meltwater Grove',
    },
    expected: 'REJECTION',
  },
  {
    name: 'a short reply above a quoted interview invitation',
    fields: {
      from: 'Jonas Weber <jonas.weber@kettleby.de>',
      subject: 'Re: Interview next week',
      text: "Hi Ana,\n\nfollowing up on last week - I'm sorry, but the team has decided to go in a different direction for this role.\n\nBest,\nJonas\n\nOn Mon, 2 Mar 2026 at 09:12, Jonas Weber <jonas.weber@kettleby.de> wrote:\n> Hi Ana, we would like to invite you to an interview next Tuesday at 10:00.\n> Please confirm your availability.",
    },
    expected: 'REJECTION',
  },
  {
    name: 'British "unsuccessful on this occasion"',
    fields: {
      from: 'recruitment@harrowfield.ac.uk',
      subject: 'Application outcome',
      text: 'Dear Ms Okoye,\n\nThank you for your application for the post of Library Assistant (ref LIB-0412).\n\nAfter careful review, we regret that your application was unsuccessful on this occasion.\n\nYours sincerely,\nHR Services' + FOOTER,
    },
    expected: 'REJECTION',
  },
  {
    name: 'the hiring manager selected someone else',
    fields: {
      from: 'Workforce Team <no-reply@jobs.tamsin-health.org>',
      subject: '',
      text: 'Hi Devon,\n\nThanks again for your interest in the Patient Coordinator position. Unfortunately, the hiring manager has selected a candidate whose experience better matches the needs of the clinic.\n\nTamsin Health Workforce Team',
    },
    expected: 'REJECTION',
  },
  {
    name: 'the position is no longer available',
    fields: {
      from: 'jobs@corridor-freight.com',
      subject: 'Update on your application',
      text: 'Hello,\n\nThank you for applying. The position you applied for is no longer available, and your application will not be processed further.\n\nRegards,\nCorridor Freight HR',
    },
    expected: 'REJECTION',
  },
  {
    name: 'the offer went to another candidate',
    fields: {
      from: 'Grace Lin <grace@tallowandfern.com>',
      subject: '',
      text: 'Hi Sam,\n\nThank you so much for meeting with us. We really enjoyed our conversation. We have offered the position to another candidate, who has accepted, so we are closing the search.\n\nAll the best,\nGrace',
    },
    expected: 'REJECTION',
  },
  {
    name: 'non-native "not shortlisted for further process"',
    fields: {
      from: 'hr.desk@vyomatech.in',
      subject: '',
      text: 'Dear Candidate,\n\nGreetings from Vyoma Tech!\n\nWe regret to inform that your profile is not shortlisted for further process for the Java Developer requirement.\n\nWe wish you all success.\n\nRegards,\nHR Team',
    },
    expected: 'REJECTION',
  },
  {
    name: 'a portal status update "Not selected"',
    fields: {
      from: 'notifications@applicant-portal.civica.gov',
      subject: 'Application status changed',
      html: html([
        'Hello Maria,',
        'Thank you for your interest in employment with the City of Alder Falls.',
        'The status of your application for <b>Parks Maintenance Worker</b> has changed to: <b>Not Selected</b>.',
        'You may review the status of all your applications by signing in to your account.',
      ]),
    },
    expected: 'REJECTION',
  },
  {
    name: 'a pleasantry sandwich around "we will not be progressing"',
    fields: {
      from: 'people@quorra.app',
      subject: '',
      text: 'Hi Lee,\n\nThanks so much for applying to Quorra, and for the care you put into your cover letter.\n\nWe will not be progressing your application for the Product Designer role.\n\nThanks again, and we hope our paths cross again.\n\nQuorra People Team',
    },
    expected: 'REJECTION',
  },
  {
    name: 'a reply from a hiring manager\'s phone: "we\'ve filled it"',
    fields: { from: 'Dale Hughes <dhughes@hughes-electrical.net>', subject: 'Re: electrician apprentice', text: "Hi Jake, thanks for checking in. We've filled it already unfortunately, sorry mate.\n\nSent from my iPhone" },
    expected: 'REJECTION',
  },
  {
    name: 'HTML with a header image, a role on hold',
    fields: {
      from: 'Recruitment <recruitment@pellham-group.com>',
      subject: '',
      html: html([
        'Dear Farah,',
        'Thank you for applying for the Marketing Executive role and for your patience over the last few weeks.',
        'Following an internal restructure, the role has been put on hold indefinitely and we are closing all applications for it.',
        'We are sorry to bring you this news and thank you again for your interest in Pellham Group.',
      ]),
    },
    expected: 'REJECTION',
  },
  {
    name: '"not the right fit at this time" after a phone screen',
    fields: {
      from: 'Nina Park <nina@lumencraft.studio>',
      subject: '',
      text: 'Hi Ben,\n\nIt was great chatting on Tuesday. After talking it through with the team, we feel the role is not the right fit for you at this time, mostly because we need someone who can start leading client projects straight away.\n\nThanks again,\nNina',
    },
    expected: 'REJECTION',
  },
  {
    name: 'an automated "status: closed - position filled" notice',
    fields: {
      from: 'do-not-reply@hr-portal.westbury.edu',
      subject: '',
      text: 'Applicant: Chloe Marsh\nPosition: Lab Technician (Req 20419)\nStatus: Closed - Position Filled\n\nThank you for your interest in Westbury College.',
    },
    expected: 'REJECTION',
  },
  {
    name: 'Spanish-English rejection from a personal address',
    fields: { from: 'Carmen Ruiz <carmenruiz.estudio@hotmail.com>', subject: '', text: 'Hola Daniel,\n\nGracias por tu interes. After looking at all the portfolios we have chosen a designer with more experience in packaging, so we will not continue with your application.\n\nSaludos,\nCarmen' },
    expected: 'REJECTION',
  },
  {
    name: 'HTML card: the decision in a status badge and one short line',
    fields: {
      from: 'updates@talentloop-mail.com',
      subject: '',
      html: html([
        'Hi Erin, here is an update on your application.',
        '<b>Junior Accountant</b> &middot; Cobalt &amp; Finch',
        'Unfortunately, Cobalt &amp; Finch has decided not to move forward.',
        'Keep exploring roles that match your skills.',
      ]),
    },
    expected: 'REJECTION',
  },
  {
    name: 'a thank-you-for-interviewing note that closes with the decision',
    fields: {
      from: 'Hannah Scott <hannah.scott@peakline.org>',
      subject: 'Thank you',
      text: 'Hi Joel,\n\nThank you for taking the time to interview with us last week - the panel really enjoyed meeting you and hearing about your fundraising work.\n\nWe had a very strong pool, and we have now offered the role to a candidate whose major-gifts experience is closer to what we need.\n\nWith best wishes,\nHannah',
    },
    expected: 'REJECTION',
  },
  {
    name: 'an applicant-tracking email where the only decision word is "declined"',
    fields: { from: 'no-reply@apply.pinewood-care.co.uk', subject: '', text: 'Dear Ella,\n\nYour application for Care Assistant (Night Shifts) has been reviewed and has been declined.\n\nThank you for your interest in Pinewood Care.' },
    expected: 'REJECTION',
  },
  {
    name: '"we have filled the vacancy internally"',
    fields: { from: 'office@kestrel-dental.ie', subject: '', text: 'Hi Aoife,\n\nThanks a million for applying for the receptionist job. Just to let you know we have filled the vacancy internally.\n\nBest of luck,\nKestrel Dental' },
    expected: 'REJECTION',
  },
  {
    name: '"we have decided to keep looking"',
    fields: { from: 'Owen Price <owen@brackenridge.studio>', subject: '', text: 'Hi Lina,\n\nThanks for the portfolio review on Monday. We talked it over and have decided to keep looking for someone with more motion design work.\n\nOwen' },
    expected: 'REJECTION',
  },
  {
    name: '"you were not selected to move to the interview stage"',
    fields: { from: 'careers@atlas-biolabs.com', subject: '', text: 'Dear Rahul,\n\nThank you for your application to Atlas Biolabs. We have reviewed your materials and you were not selected to move to the interview stage for the Research Associate role.\n\nAtlas Biolabs Talent' + FOOTER },
    expected: 'REJECTION',
  },
  {
    name: '"your application did not progress" in an HTML digest of updates',
    fields: {
      from: 'no-reply@candidate-hub.io',
      subject: '',
      html: html(['Hello Zoe,', 'You have 1 application update.', 'Operations Analyst at Tern Logistics: your application did not progress to the next stage.', 'View all your applications in your candidate hub.']),
    },
    expected: 'REJECTION',
  },
  {
    name: '"we have completed our selection process and regret …"',
    fields: { from: 'hr@ellery-school.org', subject: 'Teaching Assistant post', text: 'Dear Mr Adeyemi,\n\nWe have now completed our selection process for the Teaching Assistant post and regret that we are unable to offer you an interview on this occasion.\n\nYours sincerely,\nEllery School' },
    expected: 'REJECTION',
  },
  {
    name: 'received, then "however" in the same paragraph',
    fields: { from: 'talent@ferrous-robotics.com', subject: '', text: 'Hi Omar,\n\nWe received your application for Controls Technician and appreciate the time you took. However, we have decided not to proceed with your candidacy at this stage.\n\nFerrous Robotics Talent' + FOOTER },
    expected: 'REJECTION',
  },
  {
    name: '"while your background is impressive, we are looking for…"',
    fields: { from: 'Sophie Grant <sophie@meadowlarkpr.co>', subject: '', text: 'Hi Dana,\n\nThank you for applying to Meadowlark. While your background is impressive, we are looking for someone with agency-side media relations experience, so we won\'t be taking your application further.\n\nSophie' },
    expected: 'REJECTION',
  },
  {
    name: '"not able to offer you an interview" in HTML with a signature block',
    fields: {
      from: 'careers@hollowayfoods.com',
      subject: '',
      html: html(['Dear Jamal,', 'Thank you for your interest in the Quality Assurance Lead position at Holloway Foods.', 'We have reviewed your application carefully and are not able to offer you an interview on this occasion.', 'Kind regards,<br>Helen Price<br>Talent Partner<br>Holloway Foods']),
    },
    expected: 'REJECTION',
  },
  {
    name: 'a two-line SMS-style email',
    fields: { from: 'Ken <ken.brewery@icloud.com>', subject: '', text: "sorry mate, we've gone with someone else for the brewer job. cheers for applying\nKen" },
    expected: 'REJECTION',
  },
  {
    name: '"the position has been offered to and accepted by another candidate"',
    fields: { from: 'hr@lindqvist-architects.se', subject: 'Junior Architect', text: 'Dear Elin,\n\nThank you for your patience. The position has been offered to and accepted by another candidate.\n\nWe wish you every success.\n\nLindqvist Architects' },
    expected: 'REJECTION',
  },
  {
    name: 'a rejection whose only verb is "unable to move you forward"',
    fields: { from: 'no-reply@join.vantaview.com', subject: '', text: 'Hi Chris,\n\nThanks for your interest in VantaView. We are unable to move you forward in the process for Site Reliability Engineer.\n\nThe VantaView Team' },
    expected: 'REJECTION',
  },
  {
    name: 'Outlook reply with the decision above a quoted "Sent:" header block',
    fields: {
      from: 'Marek Novak <m.novak@tatra-engineering.cz>',
      subject: 'RE: Application - Design Engineer',
      text: 'Dear Jana,\n\nthank you for your patience. Our technical director has reviewed the shortlist and unfortunately your profile was not chosen for the next round.\n\nBest regards\nMarek Novak\n\nFrom: Jana Horak <jana.horak@seznam.cz>\nSent: Monday, March 2, 2026 8:14 AM\nTo: Marek Novak\nSubject: Application - Design Engineer\n\nDear Mr Novak, I would like to ask about the status of my application.',
    },
    expected: 'REJECTION',
  },
  {
    name: '"we will not be scheduling an interview"',
    fields: { from: 'recruiting@solvane.health', subject: '', text: 'Hi Grace,\n\nThanks for applying for Clinical Data Manager. After reviewing your application, we will not be scheduling an interview at this time.\n\nSolvane Recruiting' },
    expected: 'REJECTION',
  },
  {
    name: '"we have decided to hire internally"',
    fields: { from: 'Ravi Shah <ravi.shah@copperleaf.io>', subject: '', text: 'Hi Ben, just a quick note to say we have decided to hire internally for the analytics lead role. Thanks again for your time.' },
    expected: 'REJECTION',
  },
  {
    name: '"your application has not been shortlisted" with a long EEO footer',
    fields: { from: 'jobs@northlane-housing.org.uk', subject: '', text: 'Dear Applicant,\n\nThank you for applying for the Tenancy Officer vacancy. We regret to inform you that your application has not been shortlisted.\n\nNorthlane Housing' + FOOTER },
    expected: 'REJECTION',
  },
];

const CONFIRMATIONS: Shape[] = [
  {
    name: 'HTML, no subject, a conditional interview after the confirmation',
    fields: {
      from: 'hello@oakandember.coffee',
      subject: '',
      html: html([
        'Hi Jordan,',
        "Thanks for applying! This email confirms we've received your application for Barista at Oak &amp; Ember.",
        "Our team reviews every application, and if your experience matches what we're looking for, we'll reach out to schedule an interview.",
      ]),
    },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'a minimal receipt with a reference number',
    fields: { from: 'no-reply@recruit.halvard.no', subject: '', text: 'We have successfully received your application (ref. 4471). Please allow two to three weeks for review.' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'a person on a personal address',
    fields: { from: 'Lena Fischer <lena.f.design@gmail.com>', subject: '', text: 'Got your CV, thanks - will have a proper look over the weekend.\nLena' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'a submitted notice with a long footer',
    fields: {
      from: 'careers@brightwater-logistics.com',
      subject: 'Submission confirmation',
      text: 'Hi Omar,\n\nYour application for Logistics Planner has been submitted successfully. You can track its progress from your candidate dashboard.' + FOOTER,
    },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'next steps described, no invitation',
    fields: {
      from: 'Recruiting <recruiting@fennelworks.io>',
      subject: '',
      text: 'Thank you for submitting your application for Support Engineer.\n\nWhat happens next:\n1. Our recruiting team reviews your profile.\n2. Shortlisted candidates are contacted for a phone screen.\n3. Final candidates meet the team for a technical interview.\n\nWe aim to respond within ten working days.',
    },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'non-native "acknowledge receipt of your resume"',
    fields: { from: 'hr@sarvamfinserv.co.in', subject: '', text: 'Dear Sir,\n\nWe acknowledge receipt of your resume for the post of Accounts Executive. Our team will revert after scrutiny.\n\nRegards,\nHR Department' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: '"in our system and under review"',
    fields: { from: 'talent@grisedale.com', subject: 'Thanks for applying', text: 'Hello,\n\nThis is to confirm that your application is in our system and under review.\n\nBest,\nGrisedale Talent' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'a one-line reply above the candidate\'s quoted application',
    fields: {
      from: 'Mark Doyle <mark@doyleandsons-joinery.ie>',
      subject: 'Re: Apprentice joiner application',
      text: "Thanks Ciaran, received - I'll be in touch next week.\n\nMark\n\nOn Tue, 3 Mar 2026, Ciaran Walsh <ciaran.walsh@gmail.com> wrote:\n> Hi Mark, please find attached my CV for the apprentice joiner position.\n> Kind regards, Ciaran",
    },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'Spanish-English bilingual receipt from a personal-looking address',
    fields: { from: 'seleccion.panaderia.luna@gmail.com', subject: '', text: 'Hola Marta,\n\nHemos recibido tu CV. We have received your CV for the bakery assistant job and will call you if we need more information.\n\nPanaderia Luna' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'HTML "application complete" with a big footer and a job list',
    fields: {
      from: 'jobs@harborline-transit.org',
      subject: '',
      html: html([
        'Hi Kwame,',
        'Your application is complete! We have received your submission for <b>Bus Operator Trainee</b>.',
        'A member of our recruitment team will review it. Due to the volume of applications, only those selected for an interview will be contacted.',
        'Other openings you might like: Dispatcher, Fleet Mechanic, Customer Service Agent.',
      ]),
    },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'a confirmation that lists what happens if shortlisted, with the word "interview" three times',
    fields: {
      from: 'jobs@ridgeway-council.gov.uk',
      subject: '',
      text: 'Dear Applicant,\n\nThank you for your application for Planning Officer (ref PL/221). This email confirms receipt.\n\nShortlisting will take place on 14 April. If you are shortlisted, you will be invited to an interview; interviews are expected to take place on 28 April. Interview arrangements will be sent by email.\n\nRidgeway Council HR',
    },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'a Portuguese-English receipt with no subject',
    fields: { from: 'rh@casadosolportugal.pt', subject: '', text: 'Ola Ines,\n\nObrigado pela sua candidatura. We confirm we received your CV for the Front Desk Agent job and it is now with our team for analysis.\n\nCasa do Sol' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'an auto-reply that the application arrived, signed by a person',
    fields: { from: 'Tom Reyes <tom@reyesfamilyfarm.com>', subject: 'Re: farmhand job', text: "Thanks for your application! I'm out in the fields most of the day but I'll read it tonight.\n\nTom" },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: '"your application has been forwarded to the hiring manager"',
    fields: { from: 'jobs@quillandcask.com', subject: '', text: 'Hi Nora,\n\nThanks for applying for the Bar Supervisor role. Your application has been forwarded to the hiring manager, who will review it this week.\n\nQuill & Cask' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'a status line "In review" in an HTML portal notice',
    fields: {
      from: 'notifications@careers-portal.meridianhealth.org',
      subject: '',
      html: html(['Hi Tariq,', 'Thank you for applying for <b>Radiology Technologist</b>.', 'Application status: <b>In review</b>', 'We will contact you by email with any updates.']),
    },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: '"thanks for reaching out about the role, I will pass your CV on"',
    fields: { from: 'Beth Nolan <beth.nolan.hr@outlook.com>', subject: '', text: 'Hi Sean,\n\nThanks for reaching out about the warehouse role. I will pass your CV on to the site manager today and come back to you next week.\n\nBeth' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'HTML "we\'ve got it!" with a big hero image and no subject',
    fields: {
      from: 'people@snowmelt.games',
      subject: '',
      html: html(['<h1>We\'ve got it!</h1>', 'Hey Priya - your application for Level Designer landed safely with the Snowmelt team.', 'We read every application ourselves, so it can take up to three weeks to hear back.']),
    },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: '"your application is being reviewed" from a council portal',
    fields: { from: 'e-recruitment@harlow-district.gov.uk', subject: '', text: 'Dear Applicant,\n\nReference: HDC/0417 - Customer Services Advisor\n\nYour application is being reviewed by the recruiting manager. We will contact you after the closing date.\n\nHarlow District Council' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: 'an application ID created',
    fields: { from: 'no-reply@careers.tidewaterports.com', subject: '', text: 'Application ID 558812 has been created for the position Crane Operator Trainee. You will be notified by email about the status of your application.' },
    expected: 'APPLICATION_RECEIVED',
  },
  {
    name: '"we have your application on file" after a walk-in',
    fields: { from: 'Luis Ortega <luis@ortegamarket.com>', subject: '', text: 'Hi Ana, nice meeting you at the store today. We have your application on file for the cashier opening and I will call you Friday.\n\nLuis' },
    expected: 'APPLICATION_RECEIVED',
  },
];

const NON_JOB: Shape[] = [
  {
    name: 'a credit-card application received',
    fields: { from: 'cards@northbank.com', subject: '', text: 'Thank you for applying for the Platinum Rewards card. We have received your application and will let you know our decision within 7 business days.' + FOOTER },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a podcast interview invitation',
    fields: {
      from: 'Maya Brooks <maya@foundersfrequency.fm>',
      subject: '',
      text: "Hi Alex,\n\nI host Founders Frequency, a weekly podcast about early-stage companies. We'd love to interview you about how you built your startup - would you be up for a 45-minute recording next month?\n\nMaya",
    },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a flat application turned down',
    fields: {
      from: 'lettings@greenacre-homes.co.uk',
      subject: '',
      text: 'Dear Ms Patel,\n\nThank you for your application for the flat at 12 Elm Road. Unfortunately the landlord has chosen another applicant, so your application has been unsuccessful on this occasion.\n\nGreenacre Homes Lettings',
    },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a loan application declined',
    fields: { from: 'decisions@swiftlend.com', subject: '', text: 'We regret to inform you that your personal loan application was not approved at this time. You may reapply after 90 days.' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a conference talk proposal declined',
    fields: { from: 'program@devsummit-north.org', subject: '', text: 'Hi Jamie,\n\nThank you for submitting your talk proposal to DevSummit North. Unfortunately we were not able to accept it this year; we received over 600 submissions for 40 slots.\n\nThe Program Committee' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a scholarship application received',
    fields: { from: 'awards@hollisfoundation.org', subject: '', text: 'Dear Applicant,\n\nWe have received your application for the 2026 Hollis Community Scholarship. Decisions will be announced in May.\n\nHollis Foundation' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a retail "offer" email',
    fields: { from: 'deals@northpeak-outdoor.com', subject: '', text: 'Hi Sam, we are pleased to offer you 25% off your next order. This exclusive offer is valid until Sunday. Shop now!' + FOOTER },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a beta waitlist application accepted',
    fields: { from: 'team@lumoapp.io', subject: '', text: 'Good news! Your application to join the Lumo beta has been approved. Download the app and sign in with this email to get started.' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a journalist asking for an interview',
    fields: { from: 'Priya Das <priya.das@citytribune.com>', subject: '', text: 'Hi Dr Okafor,\n\nI am a reporter at the City Tribune working on a story about the new clinic. Would you be available for a short interview by phone on Thursday?\n\nPriya' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a rental viewing declined',
    fields: { from: 'Lettings Team <lettings@harbourview-estates.com>', subject: '', text: 'Dear Mr Lee,\n\nThank you for applying to rent 4B Harbour Court. Unfortunately the landlord has decided to proceed with another applicant.\n\nHarbourview Estates' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a volunteer programme application received',
    fields: { from: 'volunteers@riverbend-foodbank.org', subject: '', text: 'Hi Kim,\n\nThank you for applying to our volunteer programme! We have received your application and will invite you to an orientation session soon.\n\nRiverbend Food Bank' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a passport appointment "interview"',
    fields: { from: 'appointments@passport-office.gov.example', subject: '', text: 'Your passport interview appointment is confirmed for 12 May at 09:30. Please bring your application reference and two photographs.' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a photo contest entry not selected',
    fields: { from: 'contest@lensandlight.org', subject: '', text: 'Dear Maya,\n\nThank you for your submission to the Spring Landscapes photo contest. Unfortunately your entry was not selected for the final exhibition this year. We hope you will enter again.\n\nLens & Light' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a house offer accepted',
    fields: { from: 'Mark Bell <mark.bell@bellhomes-realty.com>', subject: '', text: 'Hi Jen and Tom,\n\nGreat news - the sellers have accepted your offer on 12 Elm Street! I will send over the next steps for the inspection tomorrow.\n\nMark' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a payment declined',
    fields: { from: 'billing@streamly.tv', subject: '', text: 'Hi Alex, unfortunately your payment was declined and we could not renew your subscription. Please update your card details to keep watching.' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a webinar invitation',
    fields: { from: 'events@cloudmetrics.io', subject: '', text: 'Hi Sam,\n\nWe would like to invite you to our live webinar on observability next Thursday at 5pm. Save your seat with the link below.' + FOOTER },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a grant proposal not funded',
    fields: { from: 'grants@northfield-arts.org', subject: '', text: 'Dear Ms Reyes,\n\nThank you for your proposal to the Community Murals Fund. After careful review, the panel has decided not to fund your project in this round.\n\nNorthfield Arts Council' },
    expected: 'NOT_JOB_RELATED',
  },
  {
    name: 'a school place offer',
    fields: { from: 'admissions@oakfield-primary.sch.uk', subject: '', text: 'Dear Parent,\n\nWe are pleased to offer your child a place in Reception at Oakfield Primary from September. Please confirm your acceptance by 30 April.\n\nOakfield Primary Admissions' },
    expected: 'NOT_JOB_RELATED',
  },
];

/** Shapes the engine still gets wrong, with the reason; each stays in the suite as an expected failure. */
const KNOWN_FAILURES: Record<string, string> = {
  // Since a lone phrase of another sense no longer makes the rules' ordinary mail stand (docs/classification.md):
  // the model reads "invite you to our live webinar" above a footer about a position as an interview (0.70) and the
  // combination follows it (0.66). Red when it passes again.
  'a webinar invitation': 'the model reads the invitation as an interview and a lone "webinar" no longer stops it',
};

describe.each([
  ['rejection', REJECTIONS],
  ['confirmation', CONFIRMATIONS],
  ['non-job hard negative', NON_JOB],
] as const)('real-inbox shapes: %s', (_kind, shapes) => {
  for (const shape of shapes) {
    const reason = KNOWN_FAILURES[shape.name];
    const test = reason ? it.fails : it;
    test(`${shape.name} → ${shape.expected}${reason ? ` (known failure: ${reason})` : ''}`, () => {
      expect(classifyFields(shape.fields).category).toBe(shape.expected);
    });
  }
});
