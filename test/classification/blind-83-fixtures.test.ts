import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 83 (test/fixtures/blind-83): 80 messages: recruiter approaches and job mail without a status change, and informal rejections from small employers, site managers, restaurant owners and foremen, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Measured first (docs/classification.md), then trained on: dev data. Every field
 * the engine gets wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-pryce-unnamed-contractor.eml': {
    jobTitle: 'blind run: got null',
  },
  '02-jm-electrical-pulled.eml': {
    company: 'blind run: got "Electrical Services"',
    jobTitle: 'blind run: got null',
  },
  '08-sms-greenleaf.eml': {
    jobTitle: 'blind run: got null',
  },
  '09-fishermans-rest-payroll.eml': {
    company: 'blind run: got "Thefishermansrest"',
  },
  '10-eurowork-reach-truck.eml': {
    company: 'blind run: got "Kasia"',
    jobTitle: 'blind run: got null',
  },
  '11-walsh-another-way.eml': {
    jobTitle: 'blind run: got null',
  },
  '12-southern-site-hatcher-foreman.eml': {
    jobTitle: 'blind run: got null',
  },
  '13-council-highways-operative.eml': {
    jobTitle: 'blind run: got null',
  },
  '15-rourke-on-hold.eml': {
    jobTitle: 'blind run: got null',
  },
  '16-thanet-concrete-referral.eml': {
    jobTitle: 'blind run: got null',
  },
  '17-hillside-picking-full.eml': {
    jobTitle: 'blind run: got null',
  },
  '18-voicemail-swale-forklift.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '20-hughes-not-this-time.eml': {
    jobTitle: 'blind run: got null',
  },
  '23-linkedin-marlow-supervisor.eml': {
    jobTitle: 'blind run: got null',
  },
  '24-oakline-last-line.eml': {
    jobTitle: 'blind run: got null',
  },
  '25-corvel-calendar-moved.eml': {
    category: 'blind run: got "INTERVIEW_INVITATION"',
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '26-sms-gateway-rk-joiner.eml': {
    jobTitle: 'blind run: got null',
  },
  '27-arrowline-team-leader.eml': {
    jobTitle: 'blind run: got null',
  },
  '28-doyle-jobs-gone.eml': {
    company: 'blind run: got null',
  },
  '29-cvlibrary-match-clearwater.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '30-fenwick-yard-role.eml': {
    jobTitle: 'blind run: got null',
  },
  '31-kingsgate-auto-reply.eml': {
    jobTitle: 'blind run: got null',
  },
  '32-meridian-kitchen-manager.eml': {
    jobTitle: 'blind run: got null',
  },
  '33-tony-salt-vine-sous.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '34-sms-fwd-tradeforce.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '37-southern-site-waiting.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '38-cvlibrary-kingsgate-msg.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '39-gumtree-kp-old-mill.eml': {
    company: 'blind run: got "Gumtree"',
    jobTitle: 'blind run: got null',
  },
  '40-linkedin-gulf-supervisor.eml': {
    jobTitle: 'blind run: got null',
  },
  '41-stourside-starter-forms.eml': {
    category: 'blind run: got "NOT_JOB_RELATED"',
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '42-patel-drivers-mate.eml': {
    jobTitle: 'blind run: got null',
  },
  '43-pryce-cv-word.eml': {
    company: 'blind run: got null',
  },
  '45-wife-relays-coastline.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '47-harcourt-coat-left.eml': {
    jobTitle: 'blind run: got null',
  },
  '48-tablehunt-confidential-headchef.eml': {
    company: 'blind run: got "Hospitality Search"',
    jobTitle: 'blind run: got null',
  },
  '49-swift-withdraw-ack.eml': {
    jobTitle: 'blind run: got null',
  },
  '50-voicemail-trattoria.eml': {
    company: 'blind run: got "Visual Voicemail"',
    jobTitle: 'blind run: got null',
  },
  '52-apex-crew-full.eml': {
    jobTitle: 'blind run: got null',
  },
  '54-craig-kestrel-marshal.eml': {
    jobTitle: 'blind run: got null',
  },
  '55-hollis-withdraw-ack.eml': {
    company: 'blind run: got "Guildford"',
    jobTitle: 'blind run: got null',
  },
  '56-harbour-view-porter.eml': {
    jobTitle: 'blind run: got null',
  },
  '58-indeed-invite-to-apply.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '60-bramble-inhouse-abm.eml': {
    jobTitle: 'blind run: got null',
  },
  '61-harlow-sorted.eml': {
    jobTitle: 'blind run: got null',
  },
  '62-blackfriars-finish-form.eml': {
    jobTitle: 'blind run: got null',
  },
  '63-linkedin-corvel-maintenance.eml': {
    jobTitle: 'blind run: got null',
  },
  '64-hollis-bump-guildford.eml': {
    jobTitle: 'blind run: got null',
  },
  '65-stageline-crew-chief.eml': {
    jobTitle: 'blind run: got null',
  },
  '66-smoke-ember-festival.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '67-tradeforce-no-news.eml': {
    jobTitle: 'blind run: got null',
  },
  '69-old-forge-sous.eml': {
    jobTitle: 'blind run: got null',
  },
  '70-niamh-galway-bar.eml': {
    company: 'blind run: got "Galway"',
    jobTitle: 'blind run: got null',
  },
  '71-rosies-bakery.eml': {
    jobTitle: 'blind run: got null',
  },
  '72-linkedin-keystone-asm.eml': {
    jobTitle: 'blind run: got null',
  },
  '73-sms-shiftcrew-bar.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '74-crown-anchor-filled.eml': {
    jobTitle: 'blind run: got null',
  },
  '75-copper-kettle-trial.eml': {
    jobTitle: 'blind run: got null',
  },
  '76-carrow-withdrawn.eml': {
    jobTitle: 'blind run: got null',
  },
  '77-brady-pipelayer.eml': {
    jobTitle: 'blind run: got null',
  },
  '78-spice-route-kp.eml': {
    jobTitle: 'blind run: got null',
  },
  '79-lantern-phone-instead.eml': {
    company: 'blind run: got null',
  },
};

describeLabelledFixtures({ title: "blind set 83: recruiter approaches and job mail without a status change, and informal rejections from small employers, site managers, restaurant owners and foremen (test/fixtures/blind-83/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-83'), count: 80, categories: ["REJECTION", "RECRUITER_OUTREACH", "JOB_ALERT", "OTHER_JOB_RELATED"], knownFailures: KNOWN_FAILURES });
