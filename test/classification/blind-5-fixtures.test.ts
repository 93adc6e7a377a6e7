import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 5 (test/fixtures/blind-5): eighty messages of HR template-site texts pasted by recruiters, and hard negatives that use the same words in other senses, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Dev data written for the model: measured first (docs/classification.md), then trained
 * on; no rule was written from it. Every field the engine gets wrong is an expected failure.
 */
const KNOWN_FAILURES: KnownFailures = {
  '02-brennan-warehouse-ack.eml': {
    jobTitle: 'after training on the blind sets: got "Warehouse Associate"',
  },
  '04-brightstone-sitemanager-agency.eml': {
    company: 'after training on the blind sets: got "Apex Build Recruitment"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '07-whitlock-plumber-reply.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '08-urbanstudies-ra-informal-chat.eml': {
    company: 'after training on the blind sets: got null',
  },
  '12-horizon-travelnurse-outreach.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '17-staidans-headofyear-buried.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '22-shipcompass-barmanager-ps-umbrella.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '24-anchorinn-kp-short.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '29-ridgeway-forklift-placeholder.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '30-nookcranny-barista-filled.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '32-svce-asstprof-not-shortlisted.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got "Assistant Professor (Mech)"',
  },
  '39-sparkssons-electrician-reply-offer.eml': {
    company: 'after training on the blind sets: got "Sparksandsons"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '46-oakridge-teacher-placeholder.eml': {
    jobTitle: 'after training on the blind sets: got "Primary Class Teacher"',
  },
  '49-mercyhills-rn-keep-on-file.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '50-talentbridge-payroll-outreach.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '51-royalharbour-icu-nurse-offer-sig.eml': {
    company: 'after training on the blind sets: got "South Coast Health Service"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '52-fernhill-headofeng-direct.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '53-ayodele-hrgeneralist-teams.eml': {
    jobTitle: 'after training on the blind sets: got "HR GENERALIST"',
  },
  '58-littlesaigon-linecook-trial.eml': {
    company: 'after training on the blind sets: got "Marrickville"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '59-pacificcrest-teamlead-startdate-placeholder.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '66-deltaridge-procurement-offer.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '67-hawthorn-year4-conditional-offer.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '68-willowbank-careassistant-reply.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got "Care Assistant"',
  },
  '69-copperkettle-souschef-phone.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '72-zenoak-graduate-ack.eml': {
    company: 'after training on the blind sets: got "Zenoak MFB"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '73-corran-gradengineer-assessment-centre.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '74-lindqvist-postdoc-ack.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '80-outbackhaulage-mechanic-reply.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
};

describeLabelledFixtures({ title: 'blind set 5: HR template sites and hard negatives (test/fixtures/blind-5/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-5'), count: 80, knownFailures: KNOWN_FAILURES });
