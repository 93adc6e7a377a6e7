import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 23 (test/fixtures/blind-23): eighty messages of the employer named in every way real mail names it, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Measured first (docs/classification.md), then trained on: dev data. Every field the
 * engine gets wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-kittering-foods-qa-manager-outreach.eml': {
    jobTitle: 'after training on it: got null',
  },
  '03-pebble-pine-franchise-barista.eml': {
    jobTitle: 'after training on it: got null',
  },
  '04-cielito-lindo-catering-ack.eml': {
    jobTitle: 'after training on it: got null',
  },
  '06-pruitt-electrical-apprentice.eml': {
    jobTitle: 'after training on it: got null',
  },
  '07-bfls-background-packet.eml': {
    jobTitle: 'after training on it: got null',
  },
  '09-ravensworth-isd-incomplete-app.eml': {
    jobTitle: 'after training on it: got "Bilingual Teacher – Elementary on 03/06/"',
  },
  '10-coastal-plains-hhs-panel.eml': {
    jobTitle: 'after training on it: got "Clinical Nurse, Emergency Department"',
  },
  '11-glanrhyd-uhb-physio-outcome.eml': {
    jobTitle: 'after training on it: got null',
  },
  '13-hiredesk-dental-ack.eml': {
    jobTitle: 'after training on it: got null',
  },
  '17-halden-aerospace-stress-eng-no.eml': {
    jobTitle: 'after training on it: got null',
  },
  '19-linkedin-inmail-delacroix-qa.eml': {
    jobTitle: 'after training on it: got null',
  },
  '20-millbrook-library-director-offer.eml': {
    company: 'after training on it: got "Board of Trustees"',
  },
  '21-ellery-falls-new-hire-forms.eml': {
    category: 'since the retraining on round 17: got "NOT_JOB_RELATED"',
    company: 'after training on it: got "Ellery Falls MA"',
    jobTitle: 'after training on it: got "DPW Laborer/Truck Driver"',
  },
  '25-mrct-grants-officer-not-shortlisted.eml': {
    company: 'after training on it: got "MRCT"',
  },
  '26-ashford-doit-outreach.eml': {
    company: 'after training on it: got "Nkechi Adeyemi, DoIT"',
  },
  '27-iron-summit-frontdesk-interview.eml': {
    company: 'after training on it: got "Redline Wellness"',
    jobTitle: 'after training on it: got null',
  },
  '28-talentcraft-sap-fico-sunvion.eml': {
    jobTitle: 'after training on it: got null',
  },
  '29-ottavios-trial-shift.eml': {
    jobTitle: 'after training on it: got null',
  },
  '30-orbital-ledger-hackerrank-test.eml': {
    jobTitle: 'after training on it: got null',
  },
  '32-barrington-may-withdrawal-ack.eml': {
    company: 'after training on it: got "Architecture & Design Recruitment"',
    jobTitle: 'after training on it: got null',
  },
  '34-ferncliffe-ot-conditional-offer.eml': {
    jobTitle: 'after training on it: got null',
  },
  '37-lakeview-dental-on-behalf-interview.eml': {
    jobTitle: 'after training on it: got null',
  },
  '38-thornbury-lecturer-illustration-re.eml': {
    jobTitle: 'after training on it: got null',
  },
  '39-whitfield-landscaping-bookkeeper.eml': {
    company: 'after training on it: got "Landscaping"',
    jobTitle: 'after training on it: got null',
  },
  '43-stealth-fintech-lead-pm-outreach.eml': {
    jobTitle: 'after training on it: got null',
  },
  '45-civil-service-rural-enterprise-sift.eml': {
    jobTitle: 'after training on it: got "Policy Adviser - Farm Diversification Team"',
  },
  '46-paws-claws-bather-offer.eml': {
    jobTitle: 'after training on it: got null',
  },
  '47-harrowfield-hca-interview-invite.eml': {
    jobTitle: 'after training on it: got "Healthcare Assistant (Band 3) - Ward 7"',
  },
  '50-cedar-hollow-usd-filled.eml': {
    company: 'after training on it: got "Applitrack"',
    jobTitle: 'after training on it: got "Cedar Hollow USD"',
  },
  '51-redmarsh-anaesthetics-interview-logistics.eml': {
    jobTitle: 'after training on it: got null',
  },
  '52-kestrel-point-founder-offer.eml': {
    jobTitle: 'after training on it: got "Customer Success hire"',
  },
  '56-westbrook-postdoc-offer.eml': {
    jobTitle: 'after training on it: got null',
  },
  '57-carrick-lecturer-chem-stage2.eml': {
    jobTitle: 'after training on it: got null',
  },
  '58-candidatepulse-penrose-survey.eml': {
    jobTitle: 'after training on it: got null',
  },
  '60-ows-data-analyst-assessment-centre.eml': {
    jobTitle: 'after training on it: got null',
  },
  '62-eastmoor-univ-research-tech.eml': {
    jobTitle: 'after training on it: got null',
  },
  '63-harwick-mutual-claims-handler.eml': {
    jobTitle: 'after training on it: got "Claims Handler - Motor (Bristol)"',
  },
  '64-kestrel-vale-staff-nurse-ack.eml': {
    jobTitle: 'after training on it: got "Staff Nurse - Elderly Care - 281-KV"',
  },
  '65-ardmore-state-stats-tt-outreach.eml': {
    jobTitle: 'after training on it: got null',
  },
  '66-st-aldric-rn-phone-interview.eml': {
    jobTitle: 'after training on it: got "RN, Med/Surg Nights"',
  },
  '68-norhaven-port-head-procurement.eml': {
    company: 'after training on it: got null',
    jobTitle: 'after training on it: got null',
  },
  '69-brennick-soames-final-round.eml': {
    jobTitle: 'after training on it: got null',
  },
  '70-brookmere-d41-para-interview.eml': {
    company: 'after training on it: got "Lindenwood Elementary School"',
    jobTitle: 'after training on it: got "Special Ed Paraprofessional, Lindenwood Elementary"',
  },
  '71-two-rivers-barista-no.eml': {
    jobTitle: 'after training on it: got null',
  },
  '75-brightmoor-childrens-rt-outreach.eml': {
    jobTitle: 'after training on it: got null',
  },
  '76-northlight-strategy-second-round.eml': {
    jobTitle: 'after training on it: got null',
  },
  '80-fairhaven-twp-demo-lesson.eml': {
    company: 'after training on it: got "K12hirehub"',
    jobTitle: 'after training on it: got null',
  },
};

describeLabelledFixtures({ title: 'blind set 23: the employer named in every way real mail names it (test/fixtures/blind-23/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-23'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'JOB_ALERT', 'OTHER_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
