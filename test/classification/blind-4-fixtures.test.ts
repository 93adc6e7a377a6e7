import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 4 (test/fixtures/blind-4): eighty messages of recruitment agencies, staffing firms and the job boards that relay applications, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Dev data written for the model: measured first (docs/classification.md), then trained
 * on; no rule was written from it. Every field the engine gets wrong is an expected failure.
 */
const KNOWN_FAILURES: KnownFailures = {
  '03-agency-gmail-labourer-cv.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '04-jobstreet-kinta-accounts.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '06-travel-nurse-icu-texas.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '07-nosubj-ng-headhunter-ops-offer.eml': {
    company: 'after training on the blind sets: got "Sagamu"',
  },
  '08-temp-assignment-offer-picker.eml': {
    company: 'after training on the blind sets: got null',
  },
  '09-totaljobs-chef-granary.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '10-timesheet-reminder-we.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '11-wellfound-brindle-takehome.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '12-agency-cv-submitted-nurse.eml': {
    jobTitle: 'after training on the blind sets: got "Band 6 Staff Nurse"',
  },
  '14-wellfound-loopwise-designer.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '15-naukri-trivikram-java.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '17-agency-offer-together-qs.eml': {
    company: 'after training on the blind sets: got "Fairleyconstructionrec"',
    jobTitle: 'after training on the blind sets: got "Senior QS"',
  },
  '18-withdrawal-ack-dental-receptionist.eml': {
    company: 'after training on the blind sets: got "Smile Recruitment"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '19-handshake-halvorsen-filled.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '20-seek-bluegum-aged-care.eml': {
    jobTitle: 'after training on the blind sets: got "Aged Care Worker"',
  },
  '22-reed-accounts-payable-harlow.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '26-otta-tessellate-backend.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '27-naukri-walkin-zenvoke.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '29-right-to-work-docs-needed.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '32-re-informal-chat-fenwick.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '34-linkedin-inmail-platform-eng.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '35-nosubj-interview-moved-weds.eml': {
    company: 'after training on the blind sets: got "Caledonian Talent"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '36-supply-agency-refs-dbs-teacher.eml': {
    company: 'after training on the blind sets: got "BrightStep Education"',
    jobTitle: 'after training on the blind sets: got "Year 4 long-term supply"',
  },
  '37-stepstone-vollmer-absage.eml': {
    jobTitle: 'after training on the blind sets: got "Logistics Coordinator - Ref"',
  },
  '39-indeed-sent-brightwater.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '40-nosubj-bistro-kp-start.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '41-exec-search-coo-dutch-logistics.eml': {
    company: 'after training on the blind sets: got "Annelies de Groot"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '42-linkedin-viewed-kestrel.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '44-founder-rust-github-ferrule.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '45-fwd-locum-social-worker.eml': {
    jobTitle: 'after training on the blind sets: got "Children"',
  },
  '46-agency-client-another-way-pm.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '47-linkedin-norvale-uxr.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '49-council-stage2-panel-clerical.eml': {
    company: 'after training on the blind sets: got "Wexfordcoco"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '50-ph-manpower-caregiver-canada.eml': {
    company: 'after training on the blind sets: got "Ma. Theresa Villanueva"',
    jobTitle: 'after training on the blind sets: got "Caregiver"',
  },
  '52-gmail-headhunter-cfo-internal.eml': {
    company: 'after training on the blind sets: got "Search"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '53-agency-receptionist-on-hold.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '54-wellfound-rivetstack-short.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '55-glassdoor-pinecrest-dental.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '59-stepstone-hallberg-servicetech.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '61-indeed-msg-trial-shift-barista.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '62-nosubj-teams-call-ba.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '63-agency-final-with-md-quarry.eml': {
    company: 'after training on the blind sets: got "Pryce Industrial Recruitment"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '64-jobstreet-luzon-csr.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got "Customer Service Representative"',
  },
  '65-nosubj-seek-forklift-dandenong.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '69-ziprecruiter-apprentice-plumber.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '72-handshake-coastal-bank-interview.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '74-ziprecruiter-not-a-fit-linecook.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '75-monster-granite-teller.eml': {
    category: 'after training on the blind sets: got NOT_JOB_RELATED',
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '76-totaljobs-assessment-centre-larkspur.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '80-re-electrician-filled-internally.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
};

describeLabelledFixtures({ title: 'blind set 4: agencies and job boards (test/fixtures/blind-4/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-4'), count: 80, knownFailures: KNOWN_FAILURES });
