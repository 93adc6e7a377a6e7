import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 29 (test/fixtures/blind-29, round 15): eighty messages of a software engineer's inbox in the United States, written and
 * labelled by someone who had not read the rules, tables or model, from situations only (a third
 * with no subject). Held out: measured only (docs/classification.md); its mistakes were never read
 * and nothing was trained or tuned on it. Every field the engine gets wrong is an expected
 * failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '13-carepath-application-received.eml': {
    jobTitle: 'blind run: got "Senior Software Engineer"',
  },
  '16-kestrel-wellfound-application-sent.eml': {
    jobTitle: 'blind run: got null',
  },
  '21-meridiantrust-noreply-receipt.eml': {
    jobTitle: 'blind run: got null',
  },
  '23-brightloom-founder-call-invite.eml': {
    company: 'blind run: got null',
  },
  '24-tallgrass-noreply-receipt.eml': {
    jobTitle: 'blind run: got "Java Developer (Hybrid - Overland Park, KS)"',
  },
  '30-gridlane-application-received.eml': {
    jobTitle: 'blind run: got "Software Engineer - Grid Optimisation"',
  },
  '31-loomwork-founder-rejection.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '33-nimbusforge-application-received.eml': {
    jobTitle: 'blind run: got null',
  },
  '35-saltmarsh-noreply-receipt.eml': {
    jobTitle: 'blind run: got "Software Engineer, Lab Automation on March 2"',
  },
  '36-kestrel-wellfound-rejection.eml': {
    jobTitle: 'blind run: got "Backend Engineer"',
  },
  '37-sundial-phone-screen-invite.eml': {
    jobTitle: 'blind run: got null',
  },
  '39-brightloom-rejection-after-call.eml': {
    jobTitle: 'blind run: got null',
  },
  '40-copperline-noreply-rejection.eml': {
    jobTitle: 'blind run: got null',
  },
  '43-stackwell-founder-rejection.eml': {
    jobTitle: 'blind run: got null',
  },
  '44-ledgerline-virtual-onsite-invite.eml': {
    jobTitle: 'blind run: got null',
  },
  '45-halvorsen-rejection.eml': {
    jobTitle: 'blind run: got null',
  },
  '47-outpost-cto-ack.eml': {
    company: 'blind run: got null',
  },
  '48-meridiantrust-noreply-rejection.eml': {
    jobTitle: 'blind run: got null',
  },
  '51-vantor-role-closed.eml': {
    jobTitle: 'blind run: got "Fleet Platform"',
  },
  '52-driftwood-ack.eml': {
    jobTitle: 'blind run: got null',
  },
  '53-carepath-rejection.eml': {
    jobTitle: 'blind run: got "Senior Software Engineer"',
  },
  '56-helix-application-received.eml': {
    jobTitle: 'blind run: got null',
  },
  '58-sundial-rejection-after-screen.eml': {
    jobTitle: 'blind run: got null',
  },
  '60-tallgrass-noreply-rejection.eml': {
    jobTitle: 'blind run: got "Java Developer (Hybrid - Overland Park, KS)"',
  },
  '63-coralbay-ack.eml': {
    jobTitle: 'blind run: got null',
  },
  '65-gridlane-rejection.eml': {
    jobTitle: 'blind run: got null',
  },
  '68-saltmarsh-noreply-rejection.eml': {
    jobTitle: 'blind run: got null',
  },
  '73-driftwood-rejection.eml': {
    jobTitle: 'blind run: got "Online Services"',
  },
  '79-ledgerline-background-check.eml': {
    jobTitle: 'blind run: got null',
  },
};

describeLabelledFixtures({ title: "blind set 29 (round 15): a software engineer's inbox in the United States (test/fixtures/blind-29/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-29'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
