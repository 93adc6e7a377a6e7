import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 56 (test/fixtures/blind-56): eighty messages: job mail where the employer's name is hard to find, for a sales and operations professional in four countries, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Measured first (docs/classification.md), then trained on: dev data. Every field
 * the engine gets wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-first-call-sales-ops-manager.eml': {
    jobTitle: 'blind run: got null',
  },
  '02-offer-ops-and-sales-manager.eml': {
    jobTitle: 'blind run: got null',
  },
  '03-head-of-revops-series-b-fintech.eml': {
    jobTitle: 'blind run: got null',
  },
  '04-d2c-brand-ops-sales-sydney.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '07-smartrecruiters-ops-executive-sg.eml': {
    jobTitle: 'blind run: got "Operations Executive"',
  },
  '08-chat-thursday-ops-role.eml': {
    jobTitle: 'blind run: got "Ops Manager"',
  },
  '11-jobvite-finish-application.eml': {
    jobTitle: 'blind run: got null',
  },
  '12-fwd-interview-sales-ops-manager.eml': {
    company: 'blind run: got null',
  },
  '13-icims-thank-you-regional-sales.eml': {
    company: 'blind run: got "Norrbury Foods"',
  },
  '17-icims-inside-sales-manager-filled.eml': {
    company: 'blind run: got "Brennan Holdings"',
  },
  '19-our-client-regional-ops-manager.eml': {
    jobTitle: 'blind run: got null',
  },
  '21-fw-feedback-commercial-ops.eml': {
    jobTitle: 'blind run: got null',
  },
  '23-internal-candidate-ops-manager.eml': {
    jobTitle: 'blind run: got "Operations Manager"',
  },
  '25-day-on-the-road.eml': {
    jobTitle: 'blind run: got null',
  },
  '26-seek-update-territory-sales.eml': {
    jobTitle: 'blind run: got "Territory Sales Manager"',
  },
  '28-your-application-sales-support.eml': {
    company: 'blind run: got "Tribepad"',
  },
  '30-interview-invitation-regional-ops-sg.eml': {
    company: 'blind run: got "Krpl"',
    jobTitle: 'blind run: got "Regional Operations Executive - Kallang Ridge"',
  },
  '31-client-not-progressing-fintech.eml': {
    jobTitle: 'blind run: got "Head of Sales Ops"',
  },
  '32-withdrawn-from-process.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '34-position-filled-mate.eml': {
    jobTitle: 'blind run: got null',
  },
  '36-quick-question-next-move.eml': {
    jobTitle: 'blind run: got "Sales Operations Manager"',
  },
  '38-fwd-second-interview-referral.eml': {
    jobTitle: 'blind run: got "Jordan Whitcombe"',
  },
  '39-criteria-assessment-invite.eml': {
    jobTitle: 'blind run: got "Sales Operations Analyst, Brackenridge"',
  },
  '40-first-stage-on-behalf-of.eml': {
    jobTitle: 'blind run: got null',
  },
  '43-next-step-case-study.eml': {
    jobTitle: 'blind run: got null',
  },
  '44-head-of-sales-ops-bristol.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '45-linkedin-inmail-sales-ops.eml': {
    jobTitle: 'blind run: got null',
  },
  '48-re-application-sop-analyst-perth.eml': {
    company: 'blind run: got "Recruitment Mailbox"',
    jobTitle: 'blind run: got null',
  },
  '55-confidential-vp-operations.eml': {
    jobTitle: 'blind run: got null',
  },
  '56-confirm-ops-lead-dandenong.eml': {
    company: 'blind run: got "admin"',
  },
  '61-sales-ops-lead-quick-call.eml': {
    company: 'blind run: got "Kara Lindqvist"',
  },
  '63-commercial-ops-manager-opportunity.eml': {
    company: 'blind run: got "Vantor Group"',
    jobTitle: 'blind run: got null',
  },
  '66-workday-application-received-distribution.eml': {
    company: 'blind run: got null',
  },
  '68-invitation-intro-call-bizops.eml': {
    jobTitle: 'blind run: got null',
  },
  '69-final-round-panel-fintech.eml': {
    jobTitle: 'blind run: got null',
  },
  '70-cv-received-removals.eml': {
    jobTitle: 'blind run: got null',
  },
  '71-final-round-onsite-confirmation.eml': {
    company: 'blind run: got null',
  },
  '76-come-in-tuesday-sales-coordinator.eml': {
    jobTitle: 'blind run: got "Sales Coordinator"',
  },
  '78-cofounder-intro-head-of-sales-ops.eml': {
    jobTitle: 'blind run: got null',
  },
  '79-lever-application-received.eml': {
    jobTitle: 'blind run: got "Sales Operations Analyst"',
  },
};

describeLabelledFixtures({ title: "blind set 56: job mail where the employer's name is hard to find, for a sales and operations professional in four countries (test/fixtures/blind-56/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-56'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
