import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 2 (test/fixtures/blind-2): eighty messages of small businesses and people who hire, writing from phones and personal addresses, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Dev data written for the model: measured first (docs/classification.md), then trained
 * on; no rule was written from it. Every field the engine gets wrong is an expected failure.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-vet-second-with-senior.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '03-paralegal-after-interview.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '04-roastery-cupping.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '05-pub-summer-dead.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '06-plumber-jobs-yours-lad.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '07-apprentice-plumber-cheers.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '08-accountants-second-interview.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '09-second-place-jo-said.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '10-trial-shift-bring-knives.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '11-bookshop-card-in-window.eml': {
    company: 'after training on the blind sets: got "Booksandbramble"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '13-clinic-manager-cold-nurse.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '14-come-by-tuesday-chat.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '15-physio-interview-times.eml': {
    jobTitle: 'after training on the blind sets: got "Physiotherapist"',
  },
  '17-founder-hiring-paused.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '20-re-line-cook-chef-off.eml': {
    company: 'after training on the blind sets: got "Nonnarosa"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '22-nanny-offer-delighted.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '23-gone-with-someone-local.eml': {
    company: 'after training on the blind sets: got "Btopenworld"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '24-send-first-aid-dbs.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '25-refit-sous-chef-internal.eml': {
    company: 'since the slug and article fixes: got "Theblackhorsekettlewell"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '26-tractor-spot-filled.eml': {
    company: 'after training on the blind sets: got "Activ"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '27-organist-audition.eml': {
    company: 'after training on the blind sets: got "Churchwarden"',
  },
  '28-carer-references-now.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '29-yoga-front-desk-member.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '31-architect-part2-buried.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '32-founder-reads-every-one.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '33-chef-sick-trial-moved.eml': {
    company: 'after training on the blind sets: got "Smokeandsalt"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '34-dental-nurse-cork.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '35-gumtree-labourer-mate.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '36-tutor-ps-not-needed.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '37-organist-pcc-appointed.eml': {
    company: 'after training on the blind sets: got "St Columba s Portobello"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '38-nanny-video-call-thursday.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '39-practice-nurse-internal.eml': {
    company: 'after training on the blind sets: got "Karen Lowe"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '40-legal-secretary-lagos.eml': {
    company: 'after training on the blind sets: got null',
  },
  '41-nanny-henderson-refs.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '42-hospitality-agency-bristol.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '45-farm-hired-cottage.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '46-nanny-saturdays-instead.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '47-my-follow-up-bakery.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '48-founder-saw-github.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '49-little-kettle-coffee-machine.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '50-architect-design-exercise.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '51-bakery-cv-weekend.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '52-jobs-yours-start-monday.eml': {
    company: 'after training on the blind sets: got null',
  },
  '54-florist-wedding-season.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '57-apprentice-nephew.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '58-site-supervisor-lagos.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '59-law-office-wed-10.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '60-dairy-farm-come-out-saturday.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '61-founder-take-home.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '62-salon-got-ur-cv.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '65-bank-details-ni-before-monday.eml': {
    company: 'after training on the blind sets: got null',
  },
  '67-boutique-visual-merch.eml': {
    company: 'after training on the blind sets: got "Wrenandwillow"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '70-organist-pcc-letter.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '71-law-office-offer-letter.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '72-re-carer-for-dad.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '74-greenfields-vet-reception.eml': {
    company: 'after training on the blind sets: got "Joanne Pryce"',
  },
  '76-carer-mum-care-home.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '77-bakery-job-taken-fb.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '78-pharmacist-filled-india.eml': {
    jobTitle: 'after training on the blind sets: got "Pharmacist post"',
  },
  '79-berry-farm-season.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '80-balaji-auto-mechanic.eml': {
    company: 'after training on the blind sets: got "Pune"',
    jobTitle: 'after training on the blind sets: got null',
  },
};

describeLabelledFixtures({ title: 'blind set 2: small employers and people who hire (test/fixtures/blind-2/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-2'), count: 80, knownFailures: KNOWN_FAILURES });
