import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 67 (test/fixtures/blind-67), round 21: 80 messages: an executive assistant's and office manager's inbox in the UK, the US and South Africa: long corporate ATS mail with the decision after the pleasantries, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Held out for its first run and through the session that wrote it (docs/classification.md),
 * then trained on: dev data, no longer a held-out figure. Every field the engine gets wrong is an
 * expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-khumalo-okoye-not-shortlisted.eml': {
    jobTitle: 'first run: got null',
  },
  '03-mzansi-rail-shortlisted.eml': {
    jobTitle: 'first run: got "Office Manager"',
  },
  '04-testmetric-reminder.eml': {
    company: 'first run: got "Test Metric"',
    jobTitle: 'first run: got null',
  },
  '06-corvid-labs-received.eml': {
    jobTitle: 'first run: got "Chief of Staff"',
  },
  '08-carrow-finch-legal-pa.eml': {
    company: 'first run: got "Business Services"',
  },
  '09-plumline-office-manager.eml': {
    jobTitle: 'first run: got null',
  },
  '11-hollister-grange-update.eml': {
    jobTitle: 'first run: got "Chief Financial Officer"',
  },
  '14-ridgeline-health-admin-ii.eml': {
    jobTitle: 'first run: got "President"',
  },
  '15-nordvik-office-coord.eml': {
    jobTitle: 'first run: got null',
  },
  '18-lakeshore-provost-ea.eml': {
    category: 'first run: got "NOT_JOB_RELATED"',
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '20-thistledown-pa-md.eml': {
    jobTitle: 'first run: got "Managing Director"',
  },
  '21-ridgeline-phone-screen.eml': {
    jobTitle: 'first run: got "Administrative Assistant II"',
  },
  '22-rosebank-medical-references.eml': {
    jobTitle: 'first run: got "Medical Director"',
  },
  '23-brightwater-dental-on-hold.eml': {
    jobTitle: 'first run: got null',
  },
  '26-hvha-interview.eml': {
    jobTitle: 'first run: got null',
  },
  '29-pemberton-temp-to-perm.eml': {
    jobTitle: 'first run: got null',
  },
  '30-calendar-finance-panel.eml': {
    category: 'first run: got "NEXT_ROUND"',
  },
  '32-jozi-talent-ndlovu-shipping.eml': {
    jobTitle: 'first run: got "CFO)"',
  },
  '33-carrow-finch-first-interview.eml': {
    jobTitle: 'first run: got "Legal PA (Real Estate)"',
  },
  '34-ashbury-video-interview.eml': {
    company: 'first run: got "Ashbury Head Office"',
  },
  '37-lakeshore-finalist-selected.eml': {
    jobTitle: 'first run: got null',
  },
  '38-cavendish-lane-fintech-ea.eml': {
    company: 'first run: got "Business Support"',
    jobTitle: 'first run: got null',
  },
  '43-thistledown-not-progressing.eml': {
    jobTitle: 'first run: got null',
  },
  '45-plumline-onsite-takehome.eml': {
    jobTitle: 'first run: got null',
  },
  '48-khumalo-okoye-ea.eml': {
    jobTitle: 'first run: got null',
  },
  '49-pinecrest-zoom-interview.eml': {
    jobTitle: 'first run: got null',
  },
  '50-osgood-whitlock-second-interview.eml': {
    jobTitle: 'first run: got "Chief Executive"',
  },
  '54-hollister-grange-received.eml': {
    jobTitle: 'first run: got "Chief Financial Officer"',
  },
  '55-corvid-labs-not-moving-forward.eml': {
    jobTitle: 'first run: got "Chief of Staff"',
  },
  '57-bramble-search-client-feedback.eml': {
    jobTitle: 'first run: got "Mayfair Office Manager"',
  },
  '58-ashbury-office-facilities.eml': {
    company: 'first run: got "Ashbury Head Office"',
  },
  '60-meridian-pointe-status.eml': {
    jobTitle: 'first run: got null',
  },
  '61-workpath-sent-kestrel.eml': {
    jobTitle: 'first run: got null',
  },
  '63-hvha-team-admin.eml': {
    jobTitle: 'first run: got "Team Administrator - Executive Office"',
  },
  '64-ashworth-joinery-internal.eml': {
    company: 'first run: got "Joinery"',
    jobTitle: 'first run: got null',
  },
  '65-tideglass-founder-approach.eml': {
    jobTitle: 'first run: got null',
  },
  '66-siyakhula-regret.eml': {
    jobTitle: 'first run: got null',
  },
  '67-pellow-studio-got-it.eml': {
    jobTitle: 'first run: got "Office Manager"',
  },
  '69-fenwick-orchard-after-interview.eml': {
    jobTitle: 'first run: got null',
  },
  '70-umhlanga-hotels-pa-gm.eml': {
    jobTitle: 'first run: got "GENERAL MANAGER - Oyster Bay Resort"',
  },
  '71-umhlanga-vacancy-withdrawn.eml': {
    jobTitle: 'first run: got "General Manager – Oyster Bay Resort"',
  },
  '72-wexcombe-hall-filled.eml': {
    jobTitle: 'first run: got null',
  },
  '74-greystone-letter-of-appointment.eml': {
    jobTitle: 'first run: got "Managing Director"',
  },
  '78-osgood-whitlock-offer.eml': {
    jobTitle: 'first run: got "Chief Executive"',
  },
  '79-gpac-senior-admin-officer.eml': {
    jobTitle: 'first run: got null',
  },
};

describeLabelledFixtures({ title: "blind set 67 (round 21): an executive assistant's and office manager's inbox in the UK, the US and South Africa: long corporate ATS mail with the decision after the pleasantries (test/fixtures/blind-67/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-67'), count: 80, knownFailures: KNOWN_FAILURES });
