import { HELDOUT_8_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Round 8 (test/fixtures/heldout-8): eighty messages written and labelled by someone who had not
 * read the rules, tables or model, from situations only. Measured blind twice (docs/classification.md):
 * after round 6's fixes and after round 7's. THEN FIXED LOOKING AT ITS MISTAKES (general mechanisms,
 * each tested on four or more paraphrases of its own and two hard negatives in
 * round-8-mechanisms.test.ts), so it is no longer held out: its figures since are dev figures. The
 * mistakes left stay as expected failures, per field; the reason says what the engine gave on the
 * second blind run (the same since the fixes unless the reason says otherwise).
 */
const KNOWN_FAILURES: KnownFailures = {
  'd01-successfactors-meridian-lab-tech-received.eml': {
    atsProvider: "blind run: got \"SuccessFactors\"",
    jobTitle: "blind run: got \"Laboratory Technician (QC Microbiology) - Job\"",
  },
  'd02-taleo-candidacy-cancelled.eml': {
    atsJobId: "blind run: got null",
    jobTitle: "blind run: got null",
  },
  'd04-ns-agency-client-wants-gmp.eml': {
    company: "blind run: got null",
  },
  'd06-chinook-incomplete-driver-application.eml': {
    jobTitle: "blind run: got null",
  },
  'd07-staffing-agency-universal-banker-cold.eml': {
    jobTitle: "blind run: got null",
  },
  'd08-ns-reschedule-interview-casa-alfama.eml': {
    jobTitle: "blind run: got null",
  },
  'd09-ns-trial-shift-saturday-osteria.eml': {
    company: "blind run: got null",
    jobTitle: "blind run: got null",
  },
  'd11-ns-bakery-got-cv.eml': {
    company: "blind run: got null",
    jobTitle: "blind run: got null",
  },
  'd12-lever-sunstream-csr-received.eml': {
    jobTitle: "blind run: got \"Customer Service Representative - Telco Account (Night Shift, Ortigas)\"",
  },
  'd14-breezy-chinook-regional-received.eml': {
    atsProvider: "blind run: got \"Breezy\"",
  },
  'd17-ns-safety-manager-got-it.eml': {
    jobTitle: "blind run: got null",
  },
  'd20-rippling-orbitdesk-update.eml': {
    jobTitle: "blind run: got null",
  },
  'd21-greenhouse-synthara-short-no.eml': {
    jobTitle: "blind run: got null",
  },
  'd25-ns-odd-portal-blank-subject.eml': {
    atsProvider: 'blind run: got null',
    atsJobId: 'blind run: got null',
  },
  'd30-institute-cellular-eng-ack.eml': {
    atsJobId: "blind run: got null",
  },
  'd32-icims-cellgen-received.eml': {
    jobTitle: "blind run: got null",
  },
  'd33-ns-lab-manager-received-thanks.eml': {
    jobTitle: "blind run: got null",
  },
  'd34-jazzhr-prairie-line-az-received.eml': {
    jobTitle: "blind run: got \"Class 1 Highway Driver - Edmonton/Calgary Dedicated\"",
  },
  'd35-background-check-link-veriscreen.eml': {
    jobTitle: "blind run: got null",
  },
  'd37-workday-peachtree-fcu-teller-received.eml': {
    jobTitle: "blind run: got \"Teller II (Part-Time) - Decatur Branch\"",
  },
  'd38-teamtailor-tasca-rio-sous-chef-received.eml': {
    jobTitle: "blind run: got \"Sous Chef \u2013 Cais do Sodr\u00e9\"",
  },
  'd39-ns-after-final-account-decided.eml': {
    jobTitle: "blind run: got null",
  },
  'd40-ns-owner-mountain-experience.eml': {
    jobTitle: "blind run: got null",
  },
  'd42-tenstreet-peak-carriers-criteria.eml': {
    atsProvider: "blind run: got null",
    jobTitle: "blind run: got \"Driver\"",
  },
  'd43-taleo-kallang-health-unsuccessful.eml': {
    jobTitle: "blind run: got null",
  },
  'd46-ns-agency-fwd-client-feedback.eml': {
    jobTitle: 'blind run: got "Way – Hospitality"',
  },
  'd47-ns-recruiter-noted-withdrawal.eml': {
    jobTitle: "blind run: got \"Customer Happiness Agent\"",
  },
  'd50-ns-headchef-phone-chat.eml': {
    jobTitle: 'blind run: got null',
  },
  'd51-personio-kiezkasse-decided-other.eml': {
    jobTitle: "blind run: got \"Kiezkasse and\"",
  },
  'd52-job-offer-sunstream.eml': {
    jobTitle: "blind run: got \"Customer Service Representative\"",
  },
  'd53-ns-call-me-back-long-haul.eml': {
    jobTitle: "blind run: got null",
  },
  'd54-workable-miradouro-cdp-decision.eml': {
    jobTitle: "blind run: got \"Chef de Partie\"",
  },
  'd55-ns-hiring-manager-role-paused.eml': {
    jobTitle: 'blind run: got null',
  },
  'd57-magnolia-meet-branch-manager.eml': {
    jobTitle: 'blind run: got null',
  },
  'd62-ns-osteria-offer-informal.eml': {
    company: "blind run: got null",
    jobTitle: "blind run: got null",
  },
  'd63-greenhouse-fahrwerk-final-round-no.eml': {
    jobTitle: "blind run: got null",
  },
  'd64-personio-casa-alfama-line-cook.eml': {
    jobTitle: "blind run: got \"Line Cook \u2013 Alfama\"",
  },
  'd65-ns-bison-offer-start-monday.eml': {
    company: "blind run: got \"Sherwood Park\"",
    jobTitle: "blind run: got null",
  },
  'd67-agency-cold-inmail-fintech.eml': {
    jobTitle: "blind run: got null",
  },
  'd68-ns-owner-gmail-pastry-filled.eml': {
    company: "blind run: got null",
    jobTitle: "blind run: got null",
  },
  'd69-ns-branch-manager-internal-candidate.eml': {
    jobTitle: 'blind run: got null',
  },
  'd70-ns-bpo-hr-yahoo-not-passed.eml': {
    jobTitle: "blind run: got null",
  },
  'd71-nordlicht-case-study-task.eml': {
    jobTitle: "blind run: got null",
  },
  'd73-ns-cold-recruiter-lease-operator.eml': {
    jobTitle: 'blind run: got null',
  },
  'd74-ns-road-test-drug-screen-thursday.eml': {
    jobTitle: "blind run: got null",
  },
  'd75-lever-intro-call-nordlicht.eml': {
    atsProvider: "blind run: got null",
  },
  'd76-ns-hr-interview-availability.eml': {
    company: "blind run: got \"Admin\"",
    jobTitle: "blind run: got \"Lab Technician\"",
  },
  'd79-ns-genova-bench-practical-test.eml': {
    jobTitle: "blind run: got null",
  },
  'd80-bamboohr-northern-star-no.eml': {
    jobTitle: "blind run: got null",
  },
};

describeLabelledFixtures({ title: 'round 8 (test/fixtures/heldout-8/labels.json)', dir: HELDOUT_8_DIR, count: 80, knownFailures: KNOWN_FAILURES });
