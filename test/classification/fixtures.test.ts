import { describeLabelledFixtures } from './labelled-fixture-suite.ts';

describeLabelledFixtures({ title: 'labelled .eml fixtures (test/fixtures/labels.json)' });
