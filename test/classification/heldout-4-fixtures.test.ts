import { HELDOUT_4_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Round 4 (test/fixtures/heldout-4): forty messages labelled and committed before the classifier
 * saw them; fixed after the first run, so no longer held out.
 * Known mistakes stay in the suite as expected failures, per field, with the reason.
 */
const KNOWN_FAILURES: KnownFailures = {
  'j07-indeed-finish-applying-reminder.eml': {
    company: 'company: employer only in the subject ("… at Oakhurst Retail Group") and an HTML card; none extracted',
  },
  'n04-uk-take-up-references.eml': {
    jobTitle: 'title after "for the post of" runs on past a hard wrap: "Finance Business Partner on Tuesday"',
  },
  'r05-mobile-went-internal-quoted-invite.eml': {
    jobTitle: 'title only in the reply subject ("Re: Backend Engineer - next steps") and the quoted invitation; the new text says "the backend role"',
  },
};

describeLabelledFixtures({ title: 'round 4 (test/fixtures/heldout-4/labels.json)', dir: HELDOUT_4_DIR, count: 40, knownFailures: KNOWN_FAILURES });
