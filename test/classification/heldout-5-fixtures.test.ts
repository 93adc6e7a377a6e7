import { HELDOUT_5_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Round 5 (test/fixtures/heldout-5): sixty messages written and labelled by someone who had not
 * read the rules, tables or model, from situations only, a third with no subject and from
 * unknown domains. Measured first (docs/classification.md has the first-run figures), then the
 * engine was fixed looking at its mistakes, so it is no longer held out. Known mistakes stay in
 * the suite as expected failures, per field; "first run" reasons are the value the first run gave.
 */
const KNOWN_FAILURES: KnownFailures = {
  'a06-ns-recruitee-odd-relay.eml': {
    atsProvider: 'first run, before any fix: got null',
  },
  'a08-ns-indian-exporter-yahoo.eml': {
    jobTitle: 'first run, before any fix: got "Accountant (Tally / GST)"',
  },
  'g01-reference-request.eml': {
    jobTitle: 'first run, before any fix: got null',
  },
  'g02-assessment-expiry-reminder.eml': {
    jobTitle: 'first run, before any fix: got null',
  },
  'i06-ns-mexico-outlook-interview.eml': {
    jobTitle: 'first run, before any fix: got null',
  },
  'n02-take-home-exercise.eml': {
    jobTitle: 'first run, before any fix: got null',
  },
  'n04-ns-agency-panel-second-round.eml': {
    company: 'first run, before any fix: got "TalentForge Search"; still the agency: the client is named once, as one word ("Meridel loved you"), which could be a person, and the mail never says "client"',
    jobTitle: 'first run, before any fix: got null',
  },
  'n05-workday-assessment-after-interview.eml': {
    jobTitle: 'first run, before any fix: got null',
  },
  'o03-school-district-teaching-contract-offer.eml': {
    jobTitle: 'first run, before any fix: got "Grade Science Teacher, 1.0 FTE"',
  },
  'r06-ns-founder-gmail-not-aligned.eml': {
    jobTitle: 'first run, before any fix: got null',
  },
  'r08-smartrecruiters-offer-to-other-candidate.eml': {
    atsJobId: 'first run, before any fix: got "214"',
  },
  'r10-teamtailor-long-template-decision-middle.eml': {
    atsJobId: 'first run, before any fix: got null',
  },
  'r11-reply-to-followup-position-filled.eml': {
    jobTitle: 'first run, before any fix: got null',
  },
  'r12-ns-curt-two-lines.eml': {
    company: 'first run, before any fix: got "Dept"; now "Ostrander Mfg" from the signature line "Ostrander Mfg. HR" (the label spells out Manufacturing; abbreviations are not expanded without the text spelling them out)',
  },
  'r13-ns-government-not-referred.eml': {
    atsJobId: 'first run, before any fix: got null',
  },
  'r14-jazzhr-nonprofit-not-right-fit.eml': {
    atsJobId: 'first run, before any fix: got null',
  },
  'x03-travel-nurse-staffing-outreach.eml': {
    jobTitle: 'first run, before any fix: got null',
  },
};

describeLabelledFixtures({ title: 'round 5 (test/fixtures/heldout-5/labels.json)', dir: HELDOUT_5_DIR, count: 60, knownFailures: KNOWN_FAILURES });
