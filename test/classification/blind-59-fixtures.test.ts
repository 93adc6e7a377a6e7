import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 59 (test/fixtures/blind-59), round 20: eighty messages: HR-site templates as recruiters paste them, with placeholders left in, and 20 hard negatives in the same words, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Held out for its first run and through the session that wrote it (docs/classification.md),
 * then trained on: dev data, no longer a held-out figure. Every field the engine gets wrong is an
 * expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '04-agency-verbal-offer-transport-planner.eml': {
    jobTitle: 'first run: got null',
  },
  '07-cafe-shift-lead-offer-casual.eml': {
    jobTitle: 'first run: got null',
  },
  '08-internship-offer-robotics.eml': {
    jobTitle: 'first run: got null',
  },
  '09-offer-merge-fields-not-filled.eml': {
    jobTitle: 'first run: got "[Job Title] with an anticipated start date of {{start_date}}"',
  },
  '10-teacher-offer-of-appointment.eml': {
    jobTitle: 'first run: got null',
  },
  '11-freelance-ux-contract-offer-founder.eml': {
    jobTitle: 'first run: got "UX designer"',
  },
  '15-line-cook-sit-down-no-subject.eml': {
    jobTitle: 'first run: got null',
  },
  '27-oleeo-assessment-centre-graduate.eml': {
    jobTitle: 'first run: got null',
  },
  '28-final-round-onsite-head-of-product.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '29-technical-assessment-codility-backend.eml': {
    jobTitle: 'first run: got null',
  },
  '31-bare-second-interview-freight-forwarding.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '32-agency-2nd-stage-site-manager.eml': {
    company: 'first run: got "Construction & Property"',
  },
  '33-final-interview-presentation-brief-charity.eml': {
    jobTitle: 'first run: got "Fundraising Manager - presentation brief"',
  },
  '35-chef-trial-shift-next-step.eml': {
    jobTitle: 'first run: got null',
  },
  '36-teamtailor-moved-to-next-stage.eml': {
    jobTitle: 'first run: got null',
  },
  '39-filled-internally-small-joinery.eml': {
    jobTitle: 'first run: got null',
  },
  '40-offer-accepted-by-another-candidate.eml': {
    jobTitle: 'first run: got null',
  },
  '41-hiring-freeze-final-interview-cancelled.eml': {
    jobTitle: 'first run: got null',
  },
  '42-not-a-fit-template-placeholders.eml': {
    jobTitle: 'first run: got "[Position]"',
  },
  '45-assessment-not-passed-graduate-html.eml': {
    jobTitle: 'first run: got null',
  },
  '48-agency-client-not-proceeding-credit-controller.eml': {
    jobTitle: 'first run: got null',
  },
  '54-bike-shop-owner-got-cv.eml': {
    jobTitle: 'first run: got null',
  },
  '59-agency-linkedin-approach-devops.eml': {
    jobTitle: 'first run: got null',
  },
  '60-inhouse-sourcing-template-role-name-placeholder.eml': {
    jobTitle: 'first run: got null',
  },
};

describeLabelledFixtures({ title: "blind set 59 (round 20): HR-site templates as recruiters paste them, with placeholders left in, and 20 hard negatives in the same words (test/fixtures/blind-59/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-59'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
