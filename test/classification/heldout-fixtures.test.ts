import { HELDOUT_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Round 1 (test/fixtures/heldout): forty messages written after the rules were tuned and labelled
 * before the classifier saw them; the engine was then fixed looking at its mistakes, so it is no
 * longer held out (first-run figures in docs/classification.md).
 * Known mistakes stay in the suite as expected failures, per field, with the reason.
 */
const KNOWN_FAILURES: KnownFailures = {
};

describeLabelledFixtures({ title: 'round 1 (test/fixtures/heldout/labels.json)', dir: HELDOUT_DIR, count: 40, knownFailures: KNOWN_FAILURES });
