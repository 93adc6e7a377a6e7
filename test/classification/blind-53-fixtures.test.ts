import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 53 (test/fixtures/blind-53), round 19: eighty messages: recruiter templates from HR sites as recruiters paste them, and 25 hard negatives in the same words, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Held out for its first run and through the session that wrote it (docs/classification.md),
 * then trained on: dev data, no longer a held-out figure. Every field the engine gets wrong is an
 * expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-hearthstone-leasing.eml': {
    company: 'first run: got "Hearthstone Property Mgmt"',
  },
  '05-calder-reeve-onsite.eml': {
    jobTitle: 'first run: got null',
  },
  '07-northshore-mechanic.eml': {
    jobTitle: 'first run: got null',
  },
  '08-loomwise-priya.eml': {
    jobTitle: 'first run: got "Founding Designer"',
  },
  '13-maison-verlaine.eml': {
    jobTitle: 'first run: got null',
  },
  '16-kellmont-joliet.eml': {
    jobTitle: 'first run: got null',
  },
  '18-northgate-leeds.eml': {
    jobTitle: 'first run: got null',
  },
  '23-lindqvist-werkstudent.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '24-maplecrest-indeed.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '26-kowalski-bakehouse-early.eml': {
    category: 'since the kind model and the retraining on round 21: got "OFFER"',
    jobTitle: 'since the kind model and the retraining on round 21: got "Baker (Early Shift)"',
  },
  '33-marchetti-qa.eml': {
    jobTitle: 'first run: got "Quality Assurance Technician"',
  },
  '36-stackwell-sre.eml': {
    jobTitle: 'first run: got null',
  },
  '37-trattoria-saturday.eml': {
    jobTitle: 'first run: got null',
  },
  '41-redfern-wording.eml': {
    category: 'first run: got "REJECTION"',
    jobTitle: 'first run: got "Junior Developer"',
  },
  '43-yates-bookkeeping.eml': {
    jobTitle: 'first run: got null',
  },
  '49-staldrics-year4.eml': {
    jobTitle: 'first run: got null',
  },
  '50-tidepool-ledger.eml': {
    jobTitle: 'first run: got null',
  },
  '51-fableworks-platform.eml': {
    jobTitle: 'first run: got null',
  },
  '56-fenwick-workshop.eml': {
    company: 'first run: got "Joinery"',
    jobTitle: 'first run: got null',
  },
  '60-tallow-kitchen.eml': {
    jobTitle: 'first run: got null',
  },
  '69-alder-fpa.eml': {
    company: 'first run: got "Alder Search Partners"',
    jobTitle: 'first run: got null',
  },
  '71-ellisonhart-cfo.eml': {
    jobTitle: 'first run: got null',
  },
  '73-tessaline-workday.eml': {
    jobTitle: 'first run: got "Clinical Trial Manager within Global Clinical Operations"',
  },
  '74-tinkerloop-rust.eml': {
    jobTitle: 'first run: got null',
  },
};

describeLabelledFixtures({ title: "blind set 53 (round 19): recruiter templates from HR sites as recruiters paste them, and 25 hard negatives in the same words (test/fixtures/blind-53/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-53'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
