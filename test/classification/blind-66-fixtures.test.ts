import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 66 (test/fixtures/blind-66), round 21: 80 messages: short notes from small businesses in the US, Australia and Ireland, often from personal addresses without a subject, and 12 hard negatives in the same style, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Held out: measured once on the final engine of its session (docs/classification.md);
 * its mistakes are not read and nothing is trained or tuned on it. Every field the engine gets wrong is
 * an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-rays-reschedule-thursday.eml': {
    category: 'held out: got "NOT_JOB_RELATED"',
    company: 'held out: got null',
  },
  '02-paper-plane-onboarding-docs.eml': {
    company: 'held out: got "Jo | Paper Plane Coffee"',
  },
  '07-hills-district-vet-interview.eml': {
    company: 'held out: got "Castle Hill NSW"',
    jobTitle: 'held out: got "Monday 9am or Wednesday 4pm next week"',
  },
  '11-morans-bar-call-in.eml': {
    jobTitle: 'held out: got null',
  },
  '12-rays-import-come-by.eml': {
    jobTitle: 'held out: got null',
  },
  '15-tricounty-pest-filled.eml': {
    jobTitle: 'held out: got null',
  },
  '16-spoke-sprocket-pause.eml': {
    jobTitle: 'held out: got null',
  },
  '19-greenhill-second-interview.eml': {
    jobTitle: 'held out: got null',
  },
  '20-harlow-apprentice-carpenter.eml': {
    jobTitle: 'held out: got null',
  },
  '21-kiln-coffee-trial-shift.eml': {
    company: 'held out: got null',
    jobTitle: 'held out: got null',
  },
  '22-velvet-room-skills-demo.eml': {
    category: 'held out: got "NOT_JOB_RELATED"',
    company: 'held out: got null',
    jobTitle: 'held out: got null',
  },
  '25-tanner-plumbing-netball.eml': {
    category: 'held out: got "NOT_JOB_RELATED"',
    company: 'held out: got null',
  },
  '26-nonna-rosa-no-waitress.eml': {
    company: 'held out: got "Nonna Rosa"',
    jobTitle: 'held out: got null',
  },
  '29-carver-print-filled-reply.eml': {
    company: 'held out: got null',
    jobTitle: 'held out: got null',
  },
  '30-little-tern-got-resume.eml': {
    jobTitle: 'held out: got null',
  },
  '32-coastline-missed-call.eml': {
    category: 'held out: got "NOT_JOB_RELATED"',
    company: 'held out: got null',
    jobTitle: 'held out: got null',
  },
  '33-kessler-lube-tech-received.eml': {
    jobTitle: 'held out: got null',
  },
  '35-swan-valley-vet-autoreply.eml': {
    jobTitle: 'held out: got "Veterinary Nurse (Cert IV"',
  },
  '36-northside-physio-received.eml': {
    jobTitle: 'held out: got null',
  },
  '37-saltbush-quick-chat.eml': {
    company: 'held out: got null',
    jobTitle: 'held out: got null',
  },
  '38-paper-plane-offer.eml': {
    jobTitle: 'held out: got null',
  },
  '39-wattle-bloom-xmas-cancelled.eml': {
    jobTitle: 'held out: got null',
  },
  '40-ridgeline-meet-owner-onsite.eml': {
    jobTitle: 'held out: got null',
  },
  '41-marisol-line-cook.eml': {
    jobTitle: 'held out: got null',
  },
  '42-old-boss-reference-heads-up.eml': {
    category: 'held out: got "NOT_JOB_RELATED"',
    company: 'held out: got null',
  },
  '46-greenway-crew-typos.eml': {
    jobTitle: 'held out: got null',
  },
  '47-lunasa-come-join-us.eml': {
    jobTitle: 'held out: got null',
  },
  '51-fitzgerald-electrical-apprentice.eml': {
    category: 'held out: got "OTHER_JOB_RELATED"',
    jobTitle: 'held out: got null',
  },
  '52-cairdeas-frc-interview-outcome.eml': {
    jobTitle: 'held out: got "Fundraising & Communications Officer on Tuesday last"',
  },
  '55-ironside-front-desk-pass.eml': {
    category: 'held out: got "NOT_JOB_RELATED"',
    company: 'held out: got null',
    jobTitle: 'held out: got null',
  },
  '56-tallow-thyme-kitchen-hand.eml': {
    jobTitle: 'held out: got null',
  },
  '58-kessler-lube-tech-offer.eml': {
    company: 'held out: got null',
    jobTitle: 'held out: got null',
  },
  '59-morans-withdrawal-ack.eml': {
    category: 'held out: got "NOT_JOB_RELATED"',
    company: 'held out: got null',
    jobTitle: 'held out: got null',
  },
  '60-bayside-mech-spot-gone.eml': {
    jobTitle: 'held out: got null',
  },
  '61-morning-glory-diner-server.eml': {
    category: 'held out: got "NOT_JOB_RELATED"',
    company: 'held out: got null',
    jobTitle: 'held out: got null',
  },
  '64-doherty-joinery-questions.eml': {
    jobTitle: 'held out: got null',
  },
  '66-hennessy-filled-by-nephew.eml': {
    jobTitle: 'held out: got null',
  },
  '70-bean-counter-after-trial.eml': {
    jobTitle: 'held out: got null',
  },
  '71-salon-lunasa-cv-received.eml': {
    jobTitle: 'held out: got null',
  },
  '73-fahy-counter-sales.eml': {
    jobTitle: 'held out: got null',
  },
  '75-luxe-nail-tech.eml': {
    company: 'held out: got "Washington St"',
  },
  '78-brady-job-on-hold.eml': {
    jobTitle: 'held out: got null',
  },
  '79-bluebonnet-baker-placeholder.eml': {
    jobTitle: 'held out: got null',
  },
  '80-auto-electrics-resend-pdf.eml': {
    jobTitle: 'held out: got null',
  },
};

describeLabelledFixtures({ title: "blind set 66 (round 21): short notes from small businesses in the US, Australia and Ireland, often from personal addresses without a subject, and 12 hard negatives in the same style (test/fixtures/blind-66/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-66'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
