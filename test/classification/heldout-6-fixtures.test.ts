import { HELDOUT_6_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Round 6 (test/fixtures/heldout-6): eighty messages written and labelled by someone who had not
 * read the rules, tables or model, from situations only; 28 with no subject, 38 HTML, 11 hard
 * negatives. Measured blind twice (docs/classification.md): on the engine as it was, and after a
 * pass of general fixes that never saw this round. THEN FIXED LOOKING AT ITS MISTAKES (general
 * mechanisms, each tested on other wording in owner-notes-and-suppositions.test.ts), so it is no
 * longer held out: its figures since are dev figures. The mistakes left stay as expected failures,
 * per field; the reason says what the engine gave on the second blind run.
 */
const KNOWN_FAILURES: KnownFailures = {
  'b05-ns-all-positions-filled.eml': {
    jobTitle: 'blind run: got null',
  },
  'b11-after-interview-team-decided.eml': {
    jobTitle: 'blind run: got null',
  },
  'b13-ns-non-native-gmbh.eml': {
    jobTitle: 'blind run: got null',
  },
  'b27-ns-unknown-portal-received.eml': {
    atsProvider: 'blind run: got null',
    atsJobId: 'blind run: got null',
    jobTitle: 'blind run: got "Inbound Lead"',
  },
  'b29-ns-html-only-school-received.eml': {
    atsJobId: 'blind run: got null',
  },
  'b37-ns-shortlisted-next-steps.eml': {
    atsJobId: 'blind run: got null',
  },
  'b39-linkedin-easy-apply.eml': {
    atsJobId: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  'b40-ns-district-applitrack.eml': {
    atsProvider: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  'b42-ns-reply-thanks-received.eml': {
    jobTitle: 'blind run: got null',
  },
  'b49-take-home-coding.eml': {
    jobTitle: 'blind run: got null',
  },
  'b50-ns-come-back-meet-gm.eml': {
    jobTitle: 'blind run: got null',
  },
  'b51-reference-check-request.eml': {
    jobTitle: 'blind run: got null',
  },
  'b53-teaching-demo-lesson.eml': {
    jobTitle: 'blind run: got null',
  },
  'b55-ns-verbal-offer-followup.eml': {
    jobTitle: 'blind run: got null',
  },
  'b60-travel-nurse-agency.eml': {
    jobTitle: 'blind run: got null',
  },
  'b67-onboarding-paperwork.eml': {
    category: 'since the retraining on round 17: got "NOT_JOB_RELATED"',
    company: 'since the retraining on round 17: got null',
    atsProvider: 'since the retraining on round 17: got null',
  },
};

describeLabelledFixtures({ title: 'round 6 (test/fixtures/heldout-6/labels.json)', dir: HELDOUT_6_DIR, count: 80, knownFailures: KNOWN_FAILURES });
