import { HELDOUT_3_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Round 3 (test/fixtures/heldout-3): forty messages labelled before the classifier saw them;
 * fixed after the first run, so no longer held out.
 * Known mistakes stay in the suite as expected failures, per field, with the reason.
 */
const KNOWN_FAILURES: KnownFailures = {
  'h03-founder-mobile-pass.eml': {
    jobTitle: 'title only in the reply subject ("Re: Frontend Engineer") and the quoted text',
  },
  'h10-hiring-manager-opted-for.eml': {
    jobTitle: 'title only as the bare subject ("Editorial Assistant")',
  },
  'h15-references-nonnative.eml': {
    jobTitle: 'follows from the category: read as not job-related, so nothing is extracted',
  },
  'h21-founder-bring-you-on-board.eml': {
    'offer.startDate': 'the start date is written "starting August 18" (month and day after "starting"); the offer reader finds no start-date cue before it',
  },
  'h25-nonnative-cv-reached.eml': {
    jobTitle: 'title after "for the post of" is followed by "has reached us" on the same clause; the capture is rejected as a sentence',
  },
  'h28-smallbiz-reply-got-cv.eml': {
    jobTitle: 'title only in the reply subject and the quoted original',
  },
};

describeLabelledFixtures({ title: 'round 3 (test/fixtures/heldout-3/labels.json)', dir: HELDOUT_3_DIR, count: 40, knownFailures: KNOWN_FAILURES });
