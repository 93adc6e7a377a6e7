import { HELDOUT_9_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Round 9 (test/fixtures/heldout-9): eighty messages written and labelled by someone who had not
 * read the rules, tables or model, from situations only; 27 with no subject, 34 HTML, 10 hard
 * negatives. Measured blind twice (docs/classification.md), then trained on with the blind sets;
 * no rule was written from it. Every field the engine gets wrong is an expected failure: what the
 * second blind run gave, or what it gives since the retraining.
 */
const KNOWN_FAILURES: KnownFailures = {
  'e01-second-interview-pi-panel.eml': {
    company: 'blind run: got "Aileen MacPherson"',
    jobTitle: 'blind run: got "Research Coordinator, Neurology"',
  },
  'e02-tristate-offer-letter.eml': {
    jobTitle: 'blind run: got "Warehouse Shift Supervisor, 2nd Shift"',
  },
  'e03-clinic-owner-pop-in-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e04-noted-will-revert-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e08-personio-kelpie-received.eml': {
    jobTitle: 'blind run: got "UX Designer - Remote Portugal/Spain"',
  },
  'e09-crestline-assessment-not-successful-ns.eml': {
    company: 'blind run: got "Crestline MfB"',
    jobTitle: 'blind run: got null',
  },
  'e11-jazzhr-empty-subject-ns.eml': {
    atsJobId: 'blind run: got null',
  },
  'e14-teams-video-interview.eml': {
    company: 'blind run: got "Health Partners"',
    jobTitle: 'blind run: got "Research Coordinator, Neurology"',
  },
  'e16-clearpath-background-check.eml': {
    company: 'blind run: got "ClearPath Screening"',
    jobTitle: 'blind run: got null',
  },
  'e20-smartrecruiters-received.eml': {
    jobTitle: 'blind run: got null',
  },
  'e21-council-successfactors-unsuccessful.eml': {
    atsProvider: 'blind run: got null',
    atsJobId: 'blind run: got "25"',
  },
  'e25-uhp-workday-received.eml': {
    jobTitle: 'blind run: got null',
  },
  'e26-hiring-mgr-short-reply-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e27-clinic-owner-offer-ns.eml': {
    company: 'blind run: got "Eircom"',
    jobTitle: 'blind run: got null',
  },
  'e29-canopy-offer-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e30-tree-owner-gave-it-away-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e32-agency-client-closed-ns.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  'e33-owner-got-it-cheers-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e34-rippling-received.eml': {
    atsJobId: 'blind run: got null',
  },
  'e35-hirehub-submitted.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  'e36-brightway-taleo-received.eml': {
    jobTitle: 'blind run: got "Operations Supervisor - Distribution Center 6 (Memphis, TN), Requisition Number"',
  },
  'e37-testgorilla-assessment-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e39-paylocity-tristate-received.eml': {
    jobTitle: 'blind run: got "Warehouse Shift Supervisor"',
  },
  'e40-hr-not-shortlisted-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e41-gm-walkthrough-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e42-recruitee-its-a-no.eml': {
    jobTitle: 'blind run: got null',
  },
  'e46-practice-manager-filled-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e48-acknowledgement-of-application.eml': {
    atsJobId: 'blind run: got null',
    jobTitle: 'blind run: got "ACCOUNTS OFFICER"',
  },
  'e49-trial-day-saturday-ns.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  'e54-dayforce-status-not-selected.eml': {
    jobTitle: 'blind run: got null',
  },
  'e55-workday-complete-application.eml': {
    jobTitle: 'blind run: got null',
  },
  'e56-formal-interview-invitation.eml': {
    atsJobId: 'blind run: got null',
    jobTitle: 'blind run: got "ACCOUNTS OFFICER"',
  },
  'e57-vet-practice-owner-after-trial-ns.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  'e58-clinic-owner-got-cv-ns.eml': {
    company: 'blind run: got "Eircom"',
    jobTitle: 'blind run: got null',
  },
  'e59-pethaven-workday-not-proceeding.eml': {
    jobTitle: 'blind run: got "Registered Veterinary Nurse - Douglas, Cork"',
  },
  'e64-greenhouse-schedule-screen.eml': {
    jobTitle: 'blind run: got "Warehouse Shift Supervisor"',
  },
  'e66-reschedule-ines-sick-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e67-smartrecruiters-unable-interview.eml': {
    jobTitle: 'blind run: got null',
  },
  'e70-okonjo-offer-letter.eml': {
    jobTitle: 'blind run: got null',
  },
  'e71-canopy-yarn-at-yard-ns.eml': {
    jobTitle: 'blind run: got null',
  },
  'e73-london-agency-outreach.eml': {
    jobTitle: 'blind run: got null',
  },
  'e74-ashby-intro-call.eml': {
    jobTitle: 'blind run: got null',
  },
  'e75-linkedin-inmail-cro.eml': {
    jobTitle: 'blind run: got null',
  },
  'e76-pethaven-workday-applied.eml': {
    jobTitle: 'blind run: got null',
  },
  'e79-design-challenge-invite.eml': {
    jobTitle: 'blind run: got null',
  },
};

describeLabelledFixtures({ title: 'round 9 (test/fixtures/heldout-9/labels.json)', dir: HELDOUT_9_DIR, count: 80, knownFailures: KNOWN_FAILURES });
