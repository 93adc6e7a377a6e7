import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 66 (test/fixtures/blind-66), round 21: 80 messages: short notes from small businesses in the US, Australia and Ireland, often from personal addresses without a subject, and 12 hard negatives in the same style, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Held out for its first run and through the session that wrote it (docs/classification.md),
 * then trained on: dev data, no longer a held-out figure. Every field the engine gets wrong is an
 * expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-rays-reschedule-thursday.eml': {
    company: 'first run: got null',
  },
  '02-paper-plane-onboarding-docs.eml': {
    company: 'first run: got "Jo | Paper Plane Coffee"',
  },
  '07-hills-district-vet-interview.eml': {
    company: 'first run: got "Castle Hill NSW"',
    jobTitle: 'first run: got "Monday 9am or Wednesday 4pm next week"',
  },
  '11-morans-bar-call-in.eml': {
    jobTitle: 'first run: got null',
  },
  '12-rays-import-come-by.eml': {
    jobTitle: 'first run: got null',
  },
  '15-tricounty-pest-filled.eml': {
    jobTitle: 'first run: got null',
  },
  '16-spoke-sprocket-pause.eml': {
    jobTitle: 'first run: got null',
  },
  '19-greenhill-second-interview.eml': {
    jobTitle: 'first run: got null',
  },
  '20-harlow-apprentice-carpenter.eml': {
    jobTitle: 'first run: got null',
  },
  '21-kiln-coffee-trial-shift.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '22-velvet-room-skills-demo.eml': {
    jobTitle: 'first run: got null',
  },
  '26-nonna-rosa-no-waitress.eml': {
    company: 'first run: got "Nonna Rosa"',
    jobTitle: 'first run: got null',
  },
  '29-carver-print-filled-reply.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '30-little-tern-got-resume.eml': {
    jobTitle: 'first run: got null',
  },
  '32-coastline-missed-call.eml': {
    jobTitle: 'first run: got null',
  },
  '33-kessler-lube-tech-received.eml': {
    jobTitle: 'first run: got null',
  },
  '35-swan-valley-vet-autoreply.eml': {
    jobTitle: 'first run: got "Veterinary Nurse (Cert IV"',
  },
  '36-northside-physio-received.eml': {
    jobTitle: 'first run: got null',
  },
  '37-saltbush-quick-chat.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '38-paper-plane-offer.eml': {
    jobTitle: 'first run: got null',
  },
  '39-wattle-bloom-xmas-cancelled.eml': {
    jobTitle: 'first run: got null',
  },
  '40-ridgeline-meet-owner-onsite.eml': {
    jobTitle: 'first run: got null',
  },
  '41-marisol-line-cook.eml': {
    jobTitle: 'first run: got null',
  },
  '46-greenway-crew-typos.eml': {
    jobTitle: 'first run: got null',
  },
  '47-lunasa-come-join-us.eml': {
    jobTitle: 'first run: got null',
  },
  '51-fitzgerald-electrical-apprentice.eml': {
    jobTitle: 'first run: got null',
  },
  '52-cairdeas-frc-interview-outcome.eml': {
    jobTitle: 'first run: got "Fundraising & Communications Officer on Tuesday last"',
  },
  '55-ironside-front-desk-pass.eml': {
    jobTitle: 'first run: got null',
  },
  '56-tallow-thyme-kitchen-hand.eml': {
    jobTitle: 'first run: got null',
  },
  '58-kessler-lube-tech-offer.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '59-morans-withdrawal-ack.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '60-bayside-mech-spot-gone.eml': {
    jobTitle: 'first run: got null',
  },
  '61-morning-glory-diner-server.eml': {
    jobTitle: 'first run: got null',
  },
  '64-doherty-joinery-questions.eml': {
    jobTitle: 'first run: got null',
  },
  '66-hennessy-filled-by-nephew.eml': {
    jobTitle: 'first run: got null',
  },
  '70-bean-counter-after-trial.eml': {
    jobTitle: 'first run: got null',
  },
  '71-salon-lunasa-cv-received.eml': {
    jobTitle: 'first run: got null',
  },
  '73-fahy-counter-sales.eml': {
    jobTitle: 'first run: got null',
  },
  '75-luxe-nail-tech.eml': {
    company: 'first run: got "Washington St"',
  },
  '78-brady-job-on-hold.eml': {
    jobTitle: 'first run: got null',
  },
  '79-bluebonnet-baker-placeholder.eml': {
    jobTitle: 'first run: got null',
  },
  '80-auto-electrics-resend-pdf.eml': {
    jobTitle: 'first run: got null',
  },
};

describeLabelledFixtures({ title: "blind set 66 (round 21): short notes from small businesses in the US, Australia and Ireland, often from personal addresses without a subject, and 12 hard negatives in the same style (test/fixtures/blind-66/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-66'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
