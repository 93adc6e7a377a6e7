import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 33 (test/fixtures/blind-33): eighty messages: 80 messages that borrow the words of recruiting but are not about a job for the reader, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Measured first (docs/classification.md), then trained on: dev data. Every field the
 * engine gets wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
};

describeLabelledFixtures({ title: 'blind set 33: 80 messages that borrow the words of recruiting but are not about a job for the reader (test/fixtures/blind-33/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-33'), count: 80, categories: ['NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
