import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 8 (test/fixtures/blind-8): eighty messages of threads: replies and forwards, labelled by what the new text means, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Written for the model: held out and measured first (the first-run figures are in
 * docs/classification.md), then trained on, so it is dev data now. Every field the engine gets
 * wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-final-panel-with-director.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '02-recruiter-fwd-hm-wants-meet.eml': {
    company: 'blind run: got "Harcourtfinance"',
    jobTitle: 'blind run: got null',
  },
  '03-sorry-sam-filled.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '04-brightwater-claims-long.eml': {
    jobTitle: 'blind run: got null',
  },
  '07-friend-fwd-baltic-freight.eml': {
    jobTitle: 'blind run: got null',
  },
  '08-qa-role-bump.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '11-reference-checks-stage.eml': {
    jobTitle: 'blind run: got null',
  },
  '12-dental-yes-we-got-it.eml': {
    jobTitle: 'blind run: got null',
  },
  '14-case-study-72h.eml': {
    jobTitle: 'blind run: got null',
  },
  '15-ph-hospital-received-po.eml': {
    jobTitle: 'blind run: got null',
  },
  '16-postdoc-funding-fell-through.eml': {
    company: 'blind run: got "of Arctic and Marine Biology"',
    jobTitle: 'blind run: got null',
  },
  '17-agency-night-pickers-cancelled.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '18-bank-ack-relationship-officer.eml': {
    jobTitle: 'blind run: got "RELATIONSHIP OFFICER (RETAIL)"',
  },
  '19-referral-hr-confirmed.eml': {
    jobTitle: 'blind run: got null',
  },
  '24-recruiter-fwd-client-no-k8s.eml': {
    company: 'blind run: got "Apex Search"',
    jobTitle: 'blind run: got null',
  },
  '25-withdrawal-acknowledged.eml': {
    jobTitle: 'blind run: got null',
  },
  '26-care-home-no-right-to-work.eml': {
    jobTitle: 'blind run: got null',
  },
  '27-support-worker-all-received.eml': {
    jobTitle: 'blind run: got null',
  },
  '30-recruiter-fwd-smashed-it-tech-round.eml': {
    company: 'blind run: got "Bridgewaytech"',
    jobTitle: 'blind run: got null',
  },
  '31-assessment-centre-shortlisted.eml': {
    jobTitle: 'blind run: got null',
  },
  '32-staff-nurse-conditional-offer.eml': {
    company: 'blind run: got "Charlotte Beale"',
    jobTitle: 'blind run: got null',
  },
  '33-cafe-come-in-for-chat.eml': {
    jobTitle: 'blind run: got null',
  },
  '34-school-office-form-received.eml': {
    jobTitle: 'blind run: got null',
  },
  '35-startup-takehome-not-right-fit.eml': {
    jobTitle: 'blind run: got null',
  },
  '36-recruiter-fwd-final-other-candidate.eml': {
    jobTitle: 'blind run: got "Head of Brand"',
  },
  '37-thursday-10am-works.eml': {
    jobTitle: 'blind run: got null',
  },
  '38-french-sales-engineer-other-profile.eml': {
    jobTitle: 'blind run: got null',
  },
  '40-ta-post-offered-elsewhere.eml': {
    jobTitle: 'blind run: got null',
  },
  '43-send-licence-dbs.eml': {
    jobTitle: 'blind run: got null',
  },
  '44-old-colleague-chatty-went-other.eml': {
    jobTitle: 'blind run: got null',
  },
  '46-contract-tomorrow.eml': {
    jobTitle: 'blind run: got null',
  },
  '47-bakery-cv-got-it.eml': {
    company: 'blind run: got "Crumbandco"',
    jobTitle: 'blind run: got null',
  },
  '48-kessler-bewerbung-eingang.eml': {
    company: 'blind run: got "Mateusz Wrona"',
  },
  '49-lawfirm-tc-received.eml': {
    jobTitle: 'blind run: got "Training"',
  },
  '53-dad-fwd-greenhouse-analyst.eml': {
    jobTitle: 'blind run: got null',
  },
  '54-agency-site-supervisor-cv.eml': {
    jobTitle: 'blind run: got null',
  },
  '55-partner-fwd-housing-officer-no.eml': {
    jobTitle: 'blind run: got null',
  },
  '56-interview-moved-2pm.eml': {
    jobTitle: 'blind run: got null',
  },
  '57-mom-fwd-county-library.eml': {
    jobTitle: 'blind run: got null',
  },
  '59-sarvana-resume-received.eml': {
    jobTitle: 'blind run: got "Java Developer post"',
  },
  '62-profile-not-matching-db.eml': {
    jobTitle: 'blind run: got null',
  },
  '64-kitchen-porter-trial-shift.eml': {
    jobTitle: 'blind run: got null',
  },
  '65-plumber-jobs-yours.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '67-internal-candidate-aoife.eml': {
    jobTitle: 'blind run: got null',
  },
  '69-store-manager-phone-got-it.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '70-sparky-position-filled.eml': {
    jobTitle: 'blind run: got null',
  },
  '71-cdl-application-received-mvr.eml': {
    jobTitle: 'blind run: got null',
  },
  '72-agency-different-role-pitch.eml': {
    jobTitle: 'blind run: got null',
  },
  '73-apprentice-yard-monday.eml': {
    jobTitle: 'blind run: got null',
  },
  '75-onboarding-bring-passport.eml': {
    jobTitle: 'blind run: got null',
  },
  '77-graduate-trainee-not-shortlisted.eml': {
    jobTitle: 'blind run: got null',
  },
  '78-phone-screen-calendly.eml': {
    jobTitle: 'blind run: got null',
  },
  '79-bar-trial-went-other.eml': {
    jobTitle: 'blind run: got null',
  },
  '80-cleared-tech-hr-round.eml': {
    jobTitle: 'blind run: got null',
  },
};

describeLabelledFixtures({ title: 'blind set 8: threads: replies and forwards (test/fixtures/blind-8/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-8'), count: 80, knownFailures: KNOWN_FAILURES });
