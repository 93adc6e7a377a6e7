import { HELDOUT_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';

/**
 * Messages written after the rules were tuned, labelled before the classifier saw them
 * (test/fixtures/heldout). A case that still fails is left out here — listed in
 * STILL_FAILING with the reason — but stays in `npm run eval`.
 */
const STILL_FAILING: Record<string, string> = {};

describeLabelledFixtures({ title: 'held-out .eml fixtures (test/fixtures/heldout/labels.json)', dir: HELDOUT_DIR, count: 40, stillFailing: STILL_FAILING });
