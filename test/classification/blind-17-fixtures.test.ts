import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 17 (test/fixtures/blind-17): eighty messages of short informal notes from people who hire, and from everyone else, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Measured first (docs/classification.md), then trained on: dev data. Every field the
 * engine gets wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-hurst-apprentice-chat.eml': {
    jobTitle: 'after training on it: got null',
  },
  '02-re-foh-position.eml': {
    jobTitle: 'after training on it: got null',
  },
  '03-paper-kite-production-designer.eml': {
    jobTitle: 'after training on it: got null',
  },
  '04-hospo-heads-lantern-room.eml': {
    company: 'after training on it: got null',
    jobTitle: 'after training on it: got null',
  },
  '05-lotus-room-front-desk.eml': {
    jobTitle: 'after training on it: got null',
  },
  '06-halfmoon-barista-update.eml': {
    jobTitle: 'after training on it: got null',
  },
  '14-sethi-sales-on-hold.eml': {
    company: 'after training on it: got null',
    jobTitle: 'after training on it: got "Sales Associate"',
  },
  '15-loopcart-got-it.eml': {
    jobTitle: 'after training on it: got null',
  },
  '17-hearth-cdp-tom-said.eml': {
    company: 'after training on it: got null',
    jobTitle: 'after training on it: got null',
  },
  '19-sprigly-growth-calendly.eml': {
    jobTitle: 'after training on it: got null',
  },
  '22-northside-admin-call.eml': {
    jobTitle: 'after training on it: got "Seek"',
  },
  '23-ledgerly-take-home.eml': {
    jobTitle: 'after training on it: got null',
  },
  '24-fold-form-junior-designer.eml': {
    jobTitle: 'after training on it: got null',
  },
  '25-waggy-tails-phone.eml': {
    jobTitle: 'after training on it: got null',
  },
  '26-ridgeline-running-late.eml': {
    company: 'after training on it: got null',
  },
  '29-tidepool-ops-lead-no.eml': {
    jobTitle: 'after training on it: got null',
  },
  '32-fenwick-pike-bookseller.eml': {
    jobTitle: 'after training on it: got null',
  },
  '33-northfork-paid-trial.eml': {
    jobTitle: 'after training on it: got "Product Designer"',
  },
  '34-morningtide-shift-lead.eml': {
    jobTitle: 'after training on it: got null',
  },
  '36-deshpande-offer.eml': {
    jobTitle: 'after training on it: got null',
  },
  '38-wildflower-come-in-wed.eml': {
    jobTitle: 'after training on it: got null',
  },
  '40-forge-pop-in-tmrw.eml': {
    jobTitle: 'after training on it: got null',
  },
  '41-stackbloom-withdrawal-ack.eml': {
    jobTitle: 'after training on it: got null',
  },
  '42-copper-pot-stage.eml': {
    jobTitle: 'after training on it: got null',
  },
  '45-larder-trial-no.eml': {
    jobTitle: 'after training on it: got null',
  },
  '47-kulkarni-well-received.eml': {
    jobTitle: 'after training on it: got null',
  },
  '49-ridgeline-phone-call.eml': {
    jobTitle: 'after training on it: got null',
  },
  '50-olympia-kitchen-hand.eml': {
    jobTitle: 'after training on it: got null',
  },
  '51-forge-jobs-yours.eml': {
    company: 'after training on it: got null',
    jobTitle: 'after training on it: got null',
  },
  '53-brightwater-second-interview.eml': {
    jobTitle: 'after training on it: got null',
  },
  '56-hurst-take-you-on.eml': {
    jobTitle: 'after training on it: got null',
  },
  '57-moss-saturday-withdrawn.eml': {
    jobTitle: 'after training on it: got null',
  },
  '58-crown-bar-shifts.eml': {
    company: 'after training on it: got null',
  },
  '60-smile-dental-receptionist.eml': {
    company: 'after training on it: got null',
    jobTitle: 'after training on it: got null',
  },
  '62-forge-trial-shift.eml': {
    company: 'after training on it: got null',
    jobTitle: 'after training on it: got null',
  },
  '63-salt-sage-update.eml': {
    company: 'after training on it: got "Saltandsage"',
    jobTitle: 'after training on it: got null',
  },
  '67-spokes-mechanic-got-it.eml': {
    jobTitle: 'after training on it: got null',
  },
  '68-pixelkraft-received.eml': {
    jobTitle: 'after training on it: got null',
  },
  '73-harbour-light-server-interview.eml': {
    jobTitle: 'after training on it: got null',
  },
  '74-wildflower-meet-owner.eml': {
    company: 'after training on it: got null',
    jobTitle: 'after training on it: got null',
  },
  '75-harbour-light-offer.eml': {
    jobTitle: 'after training on it: got null',
  },
  '76-talentforge-sde1-backend.eml': {
    jobTitle: 'after training on it: got null',
  },
  '79-ready-staff-warehouse.eml': {
    jobTitle: 'after training on it: got null',
  },
  '80-harbour-light-first-shift.eml': {
    jobTitle: 'after training on it: got null',
  },
};

describeLabelledFixtures({ title: 'blind set 17: short informal notes from people who hire, and from everyone else (test/fixtures/blind-17/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-17'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
