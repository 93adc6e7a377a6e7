import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 6 (test/fixtures/blind-6): eighty messages of hourly and frontline work, in the English of many countries, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Dev data written for the model: measured first (docs/classification.md), then trained
 * on; no rule was written from it. Every field the engine gets wrong is an expected failure.
 */
const KNOWN_FAILURES: KnownFailures = {
  '04-hourly-line-cook.eml': {
    company: 'after training on the blind sets: got "Hourly"',
    jobTitle: 'after training on the blind sets: got "Line Cook - Breakfast Shift"',
  },
  '06-u-got-the-job.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '07-olivia-position-filled.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '09-olivia-room-attendant.eml': {
    jobTitle: 'after training on the blind sets: got "Room"',
  },
  '10-teleconnect-csr.eml': {
    jobTitle: 'after training on the blind sets: got "Customer Service Representative"',
  },
  '12-snagajob-employer-update.eml': {
    jobTitle: 'after training on the blind sets: got "Delivery Driver and decided not to move forward"',
  },
  '14-redline-client-cancelled.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '15-uk-care-refs-dbs.eml': {
    jobTitle: 'after training on the blind sets: got "DBS"',
  },
  '16-in-dubai-security-urgent.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '17-meadowbank-care-assistant.eml': {
    jobTitle: 'after training on the blind sets: got "Care Assistant (Nights) - Willow Lodge"',
  },
  '19-irish-hgv-driver.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '21-went-with-someone-else.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '22-us-onboarding-uniform.eml': {
    category: 'since the retraining on round 17: got "NOT_JOB_RELATED"',
    company: 'since the retraining on round 17: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '24-goldstar-site-labourer.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '25-care-home-buried-rejection.eml': {
    jobTitle: 'after training on the blind sets: got "Healthcare Assistant (Days) post"',
  },
  '27-bhiwandi-picker.eml': {
    jobTitle: 'after training on the blind sets: got "HR dept"',
  },
  '29-beanstreet-barista.eml': {
    company: 'after training on the blind sets: got "Bean St Coffee"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '32-ph-housekeeping-offer.eml': {
    jobTitle: 'after training on the blind sets: got "Housekeeping Attendant under probationary status"',
  },
  '35-in-retail-second-round.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '36-winterbrook-seasonal.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '39-careright-support-worker.eml': {
    jobTitle: 'after training on the blind sets: got "Support Worker (Casual)"',
  },
  '40-sa-driver-code10-offer.eml': {
    jobTitle: 'after training on the blind sets: got "Driver"',
  },
  '42-in-walkin-delivery.eml': {
    company: 'after training on the blind sets: got "Ramesh"',
    jobTitle: 'after training on the blind sets: got "Delivery Boy (Two wheeler)"',
  },
  '43-quickkart-vacancy-filled.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '45-uk-senior-carer-conditional.eml': {
    jobTitle: 'after training on the blind sets: got "Senior Carer (Days)"',
  },
  '46-fountain-warehouse-assessment.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '48-fountain-courier-vehicle.eml': {
    jobTitle: 'after training on the blind sets: got "Dashly courier"',
  },
  '51-freshway-merchandiser.eml': {
    jobTitle: 'after training on the blind sets: got "Merchandiser (Durban Central region)"',
  },
  '52-own-followup-supermarket.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '54-fountain-grocery-driver.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '55-ng-guarantor-docs.eml': {
    company: 'after training on the blind sets: got null',
  },
  '56-indeedflex-warehouse.eml': {
    company: 'after training on the blind sets: got null',
  },
  '60-builder-not-starting.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '61-uk-agency-forklift.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '63-uk-cafe-trial-shift.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '64-ke-interview-postponed.eml': {
    jobTitle: 'after training on the blind sets: got "STOREKEEPER"',
  },
  '65-mwangaza-not-shortlisted.eml': {
    jobTitle: 'after training on the blind sets: got "CASHIER - THIKA BRANCH"',
  },
  '66-ph-bpo-phone-screen.eml': {
    jobTitle: 'after training on the blind sets: got "Technical Support Representative (Telco Account)"',
  },
  '67-us-staffing-housekeepers.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '68-ng-offer-letter.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '69-sentinel-guard.eml': {
    jobTitle: 'after training on the blind sets: got "SECURITY GUARD"',
  },
  '75-ke-hospital-exercise-concluded.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '77-pk-callcentre-csr.eml': {
    jobTitle: 'after training on the blind sets: got "CSR (Night Shift - UK Campaign) on 10th March"',
  },
};

describeLabelledFixtures({ title: 'blind set 6: hourly and frontline work (test/fixtures/blind-6/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-6'), count: 80, knownFailures: KNOWN_FAILURES });
