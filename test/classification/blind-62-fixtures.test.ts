import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 62 (test/fixtures/blind-62): eighty messages: job mail whose employer is hard to find, for a logistics and procurement coordinator in the UK, Canada, the UAE and India, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Measured first (docs/classification.md), then trained on: dev data. Every field
 * the engine gets wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '02-hm-gmail-went-internal.eml': {
    company: 'blind run: got null',
  },
  '03-linkedin-inmail-freight-forwarder.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '04-naukri-interview-call-bhiwandi.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '06-indeed-update-not-progressing.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '07-outlook-cv-received-dubai.eml': {
    company: 'blind run: got null',
  },
  '08-eahsp-online-assessment.eml': {
    jobTitle: 'blind run: got null',
  },
  '10-mrta-competition-cancelled.eml': {
    jobTitle: 'blind run: got null',
  },
  '11-indeed-application-submitted.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '12-gmail-quick-call-thursday.eml': {
    jobTitle: 'blind run: got "Coordinator"',
  },
  '14-agency-retail-dc-coordinator.eml': {
    jobTitle: 'blind run: got null',
  },
  '18-workday-incomplete-application.eml': {
    jobTitle: 'blind run: got null',
  },
  '19-naukri-application-status-update.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '23-gmail-consultancy-chakan-opening.eml': {
    jobTitle: 'blind run: got null',
  },
  '25-agency-screen-call-reed-ad.eml': {
    jobTitle: 'blind run: got null',
  },
  '26-reed-youve-applied.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '27-bayt-thank-you-for-interest.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got "Procurement Coordinator - Sharjah"',
  },
  '28-gmail-docs-passport-emirates-id.eml': {
    company: 'blind run: got null',
    jobTitle: 'since the retraining on round 19: got "Coordinator"',
  },
  '29-final-interview-dubai-south.eml': {
    jobTitle: 'blind run: got null',
  },
  '30-gmail-happy-to-offer-dhow.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '32-inhouse-quick-question-saltmarsh.eml': {
    jobTitle: 'blind run: got null',
  },
  '33-successfactors-requisition-closed.eml': {
    company: 'blind run: got "SVKI Group"',
    jobTitle: 'blind run: got "Coordinator – Logistics & Procurement, Hosur"',
  },
  '34-gmail-interview-deira-sunday.eml': {
    jobTitle: 'blind run: got "Logistic Coordinator post"',
  },
  '39-town-phone-screen-fleet.eml': {
    company: 'blind run: got "Town of Harrowby"',
    jobTitle: 'blind run: got null',
  },
  '40-agency-second-stage-redwood.eml': {
    company: 'blind run: got "Staffwise"',
  },
  '42-linkedin-application-sent-aurex.eml': {
    jobTitle: 'blind run: got null',
  },
  '43-bcsc-candidate-portal-registration.eml': {
    jobTitle: 'blind run: got "BCSC Online"',
  },
  '44-workday-action-required-schedule.eml': {
    jobTitle: 'blind run: got null',
  },
  '45-naukri-recruiter-sent-job.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '47-icims-application-acknowledgement.eml': {
    company: 'blind run: got "IVPD"',
  },
  '48-reed-council-unsuccessful.eml': {
    jobTitle: 'blind run: got null',
  },
  '49-lever-case-study-task.eml': {
    jobTitle: 'blind run: got null',
  },
  '50-outlook-abudhabi-procurement-role.eml': {
    jobTitle: 'blind run: got null',
  },
  '51-outlook-video-chat-brightwater.eml': {
    company: 'blind run: got null',
    jobTitle: 'since the retraining on round 19: got "Coordinator"',
  },
  '52-oleeo-npa-application-received.eml': {
    jobTitle: 'blind run: got "2026-NPA-0319 Procurement Officer"',
  },
  '53-darwinbox-offer-letter.eml': {
    company: 'blind run: got "Darwinbox"',
  },
  '55-outlook-withdrawal-noted.eml': {
    company: 'blind run: got null',
  },
  '56-assessment-day-invitation-cwg.eml': {
    company: 'blind run: got "CWG Early & Professional"',
  },
  '57-pws-found-your-cv.eml': {
    jobTitle: 'blind run: got null',
  },
  '59-jobvite-thanks-for-applying.eml': {
    company: 'blind run: got "BC"',
  },
  '61-outlook-role-on-hold-budget.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '64-headhunter-client-named-late.eml': {
    jobTitle: 'blind run: got null',
  },
  '66-onboarding-new-hire-forms.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '67-bayt-application-sent.eml': {
    jobTitle: 'blind run: got null',
  },
  '73-naukri-recruiter-question-notice.eml': {
    company: 'blind run: got null',
  },
  '75-gmail-teams-interview-tomorrow.eml': {
    jobTitle: 'blind run: got null',
  },
  '76-outlook-excel-exercise-before-final.eml': {
    company: 'blind run: got null',
  },
  '77-reed-recruiter-wants-to-contact.eml': {
    company: 'blind run: got null',
  },
  '79-naukri-applied-successfully-consultancy.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '80-greenhouse-pantry-co-received.eml': {
    jobTitle: 'blind run: got "Procurement & Logistics Coordinator"',
  },
};

describeLabelledFixtures({ title: 'blind set 62: job mail whose employer is hard to find, for a logistics and procurement coordinator in the UK, Canada, the UAE and India (test/fixtures/blind-62/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-62'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
