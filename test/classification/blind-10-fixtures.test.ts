import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 10 (test/fixtures/blind-10): eighty messages of hospitality, care, health and trades in the UK, Ireland, Australia, New Zealand and Canada, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Written for the model: held out and measured first (the first-run figures are in
 * docs/classification.md), then trained on, so it is dev data now. Every field the engine gets
 * wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-cafe-trial-saturday.eml': {
    jobTitle: 'blind run: got null',
  },
  '03-copper-kettle-server.eml': {
    jobTitle: 'blind run: got "Server – Copper Kettle Gastown"',
  },
  '06-move-thursday-chat-to-friday.eml': {
    jobTitle: 'blind run: got null',
  },
  '10-edinburgh-trattoria-found-waitress.eml': {
    jobTitle: 'blind run: got null',
  },
  '11-hutt-builders-got-it.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '13-rata-lodge-second-interview.eml': {
    jobTitle: 'blind run: got "Registered Nurse, Rātā Lodge Hamilton"',
  },
  '15-vet-practice-formal-regret.eml': {
    jobTitle: 'blind run: got null',
  },
  '18-salt-flats-bar-crew.eml': {
    jobTitle: 'blind run: got null',
  },
  '19-westbridge-lifeguard-unsuccessful.eml': {
    jobTitle: 'blind run: got null',
  },
  '20-council-pool-swim-test.eml': {
    jobTitle: 'blind run: got null',
  },
  '23-sparkright-resume.eml': {
    jobTitle: 'blind run: got null',
  },
  '24-drovers-cv-got-it.eml': {
    jobTitle: 'blind run: got null',
  },
  '27-tasman-vets-offer-mei.eml': {
    jobTitle: 'blind run: got null',
  },
  '28-rural-nsw-ain-agency.eml': {
    jobTitle: 'blind run: got null',
  },
  '29-onboarding-tfn-super.eml': {
    jobTitle: 'blind run: got null',
  },
  '31-tasman-vets-nurse-reply.eml': {
    jobTitle: 'blind run: got null',
  },
  '32-cdp-not-hiring-after-all.eml': {
    company: 'blind run: got "Chef"',
    jobTitle: 'blind run: got null',
  },
  '36-wattle-care-rn-not-progressing.eml': {
    jobTitle: 'since logos\' alt text is read: got "Registered Nurse – Wattle Care Geelong (Permanent Part Time)"',
  },
  '37-alberta-journeyman-sparky.eml': {
    jobTitle: 'blind run: got null',
  },
  '38-garda-vetting-docs.eml': {
    jobTitle: 'blind run: got null',
  },
  '40-harbour-dental-on-hold.eml': {
    jobTitle: 'blind run: got null',
  },
  '41-re-site-labourer-gone.eml': {
    jobTitle: 'blind run: got null',
  },
  '42-meadowbank-care-assistant-interview.eml': {
    company: 'since job boards\' own wording is read: got "Meadowbank Lodge"',
  },
  '44-lakeshore-room-attendant.eml': {
    jobTitle: 'blind run: got "Room Attendant - Lakeshore Niagara"',
  },
  '47-second-year-sparky-from-footy.eml': {
    jobTitle: 'blind run: got null',
  },
  '48-yarn-thursday-arvo.eml': {
    jobTitle: 'blind run: got null',
  },
  '49-reckon-youre-our-guy.eml': {
    jobTitle: 'blind run: got null',
  },
  '51-kareela-lift-op-winter.eml': {
    jobTitle: 'blind run: got "Lift Operator – Winter"',
  },
  '54-blackpine-tasting-room-filled.eml': {
    jobTitle: 'blind run: got null',
  },
  '55-kellerman-pharmacy-assistant.eml': {
    jobTitle: 'blind run: got null',
  },
  '56-banksia-grove-pcw-received.eml': {
    jobTitle: 'blind run: got "Personal Care Worker (Casual) – Toowoomba"',
  },
  '58-kowhai-ridge-vintage.eml': {
    jobTitle: 'blind run: got null',
  },
  '59-pritchard-plumbing-apprentice.eml': {
    company: 'since a small business on free mail is named by its trade: got "Pritchard Plumbing"',
    jobTitle: 'blind run: got null',
  },
  '60-jobs-yours-pub.eml': {
    jobTitle: 'blind run: got null',
  },
  '61-sorry-love-bar.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '62-aspiring-snow-rental-filled.eml': {
    jobTitle: 'blind run: got null',
  },
  '65-come-down-the-yard.eml': {
    jobTitle: 'blind run: got null',
  },
  '67-greenhollow-crew-2025.eml': {
    jobTitle: 'blind run: got null',
  },
  '70-bellamy-plumbing-final-chat.eml': {
    jobTitle: 'blind run: got null',
  },
  '71-plumbing-apprentice-taken.eml': {
    jobTitle: 'blind run: got null',
  },
  '74-barossa-cellar-door-referees.eml': {
    jobTitle: 'blind run: got null',
  },
  '76-cotswolds-head-chef-recruiter.eml': {
    jobTitle: 'blind run: got null',
  },
  '77-re-dental-nurse-pop-in.eml': {
    jobTitle: 'blind run: got null',
  },
  '78-bogong-group-interview.eml': {
    jobTitle: 'blind run: got null',
  },
  '79-electrician-apprentice-ireland.eml': {
    jobTitle: 'blind run: got null',
  },
  '80-clontarf-dental-nurse-cv.eml': {
    jobTitle: 'blind run: got null',
  },
};

describeLabelledFixtures({ title: 'blind set 10: hospitality, care and trades in five countries (test/fixtures/blind-10/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-10'), count: 80, knownFailures: KNOWN_FAILURES });
