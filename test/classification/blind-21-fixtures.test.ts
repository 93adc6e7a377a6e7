import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 21 (test/fixtures/blind-21, round 14): eighty messages of mail from agency and in-house recruiters, and look-alike pitches, written and
 * labelled by someone who had not read the rules, tables or model, from situations only (a third
 * with no subject). Held out: measured only (docs/classification.md); its mistakes were never read
 * and nothing was trained or tuned on it. Every field the engine gets wrong is an expected
 * failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-linkedin-inmail-senior-data-engineer.eml': {
    jobTitle: 'blind run: got null',
  },
  '02-independent-recruiter-corvane-ae.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '04-kestrel-head-of-finance.eml': {
    jobTitle: 'blind run: got null',
  },
  '06-talentnest-java-requirement.eml': {
    company: 'since the boards\', founders\' and agencies\' words: got "TalentNest Solutions"',
    jobTitle: 'blind run: got null',
  },
  '07-norrland-analytics-engineer-followup.eml': {
    category: 'held out: got "NOT_JOB_RELATED"',
    company: 'held out: got null',
    jobTitle: 'blind run: got null',
  },
  '08-ironbark-site-supervisor-barrett.eml': {
    company: 'since given names tell people from firms: got "Hallett Homes"',
    jobTitle: 'blind run: got null',
  },
  '09-ashgrove-coo-confidential.eml': {
    category: 'blind run: got "NOT_JOB_RELATED"',
    jobTitle: 'blind run: got null',
  },
  '10-react-contract-pellow.eml': {
    jobTitle: 'blind run: got null',
  },
  '11-fieldhouse-halden-cv-submitted.eml': {
    category: 'blind run: got "NOT_JOB_RELATED"',
  },
  '13-cobaltline-profile-sent-gmail.eml': {
    company: 'blind run: got null',
  },
  '14-greenhouse-fernhill-application.eml': {
    jobTitle: 'blind run: got null',
  },
  '15-quadrant-zentrix-profile-submitted.eml': {
    category: 'blind run: got "OTHER_JOB_RELATED"',
    jobTitle: 'blind run: got "Senior QA Engineer (Automation - Selenium / Java / RestAssured), Bengaluru - Whitefield"',
  },
  '17-calder-oakridge-right-to-represent.eml': {
    jobTitle: 'blind run: got "Tax Senior (Owner Managed Business)"',
  },
  '20-stannard-cv-sent-outlook.eml': {
    category: 'since the kind model and the retraining on round 21: got "OTHER_JOB_RELATED"',
    company: 'blind run: got "Engineering & Technical Recruitment"',
    jobTitle: 'blind run: got null',
  },
  '21-corvane-first-interview-dave.eml': {
    jobTitle: 'blind run: got null',
  },
  '22-greenhouse-fernhill-phone-screen.eml': {
    company: 'blind run: got "Hollie Grant (Fernhill Bank)"',
    jobTitle: 'blind run: got null',
  },
  '23-halden-teams-call-becs.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '27-stannard-first-stage-wakefield.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '29-kelpie-founder-intro-call.eml': {
    category: 'since the retraining on round 21: got "RECRUITER_OUTREACH"',
  },
  '31-calder-oakridge-second-stage.eml': {
    jobTitle: 'blind run: got null',
  },
  '32-lumen-orbit-take-home.eml': {
    jobTitle: 'blind run: got null',
  },
  '33-rowe-ardent-final-round.eml': {
    company: 'blind run: got "Construction & Property Supply Chain"',
    jobTitle: 'blind run: got null',
  },
  '34-halberd-assessment-centre.eml': {
    jobTitle: 'blind run: got "Graduate"',
  },
  '35-salt-room-trial-shift.eml': {
    jobTitle: 'blind run: got null',
  },
  '36-brightwater-portfolio-panel.eml': {
    jobTitle: 'blind run: got null',
  },
  '37-quadrant-zentrix-managerial-round.eml': {
    company: 'blind run: got "Quadrant HR Services"',
    jobTitle: 'blind run: got null',
  },
  '39-corvane-verbal-offer-summary.eml': {
    jobTitle: 'blind run: got "Account Executive (Mid-Market, North West & Yorkshire) Base: £58,000 OTE: £95,000 (uncapped"',
  },
  '41-stannard-offer-gareth.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '43-halberd-conditional-graduate-offer.eml': {
    jobTitle: 'blind run: got null',
  },
  '44-calder-oakridge-revised-offer.eml': {
    jobTitle: 'blind run: got null',
  },
  '45-fieldhouse-halden-not-selected.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '47-cobaltline-role-on-hold.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '48-greenhouse-fernhill-after-interview.eml': {
    jobTitle: 'blind run: got null',
  },
  '49-brookfield-pellow-contract-feedback.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '50-quadrant-zentrix-not-shortlisted.eml': {
    company: 'blind run: got "Quadrant HR Services"',
  },
  '52-teamtailor-nordvik-rejection.eml': {
    jobTitle: 'blind run: got null',
  },
  '55-ashby-brightwater-after-panel.eml': {
    jobTitle: 'blind run: got null',
  },
  '56-northlight-kerrow-too-senior.eml': {
    company: 'blind run: got "Northlight Digital Recruitment"',
    jobTitle: 'blind run: got "Lead"',
  },
  '58-ashgrove-board-appointed-another.eml': {
    jobTitle: 'blind run: got null',
  },
  '59-amy-forde-new-year-checkin.eml': {
    category: 'blind run: got "NOT_JOB_RELATED"',
  },
  '60-stannard-references-needed.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '62-wexcombe-directions-parking.eml': {
    category: 'blind run: got "INTERVIEW_INVITATION"',
    jobTitle: 'blind run: got null',
  },
  '63-rowe-ardent-withdrawal-ack.eml': {
    category: 'blind run: got "REJECTION"',
    company: 'blind run: got "Fenland Growers"',
    jobTitle: 'blind run: got null',
  },
  '69-investment-partner-discreet-approach.eml': {
    category: 'blind run: got "OTHER_JOB_RELATED"',
  },
  '77-linkedin-search-appearances.eml': {
    category: 'since the combination is fitted without overshooting: got "OTHER_JOB_RELATED"',
  },
};

describeLabelledFixtures({ title: "blind set 21 (round 14): mail from agency and in-house recruiters, and look-alike pitches (test/fixtures/blind-21/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-21'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
