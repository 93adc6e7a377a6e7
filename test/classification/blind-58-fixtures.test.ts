import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 58 (test/fixtures/blind-58), round 20: eighty messages: a lawyer's and paralegal's inbox in the United States, the UK, Singapore and Hong Kong, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Held out for its first run and through the session that wrote it (docs/classification.md),
 * then trained on: dev data, no longer a held-out figure. Every field the engine gets wrong is an
 * expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-marlowe-ashby-application-submitted.eml': {
    jobTitle: 'first run: got "Associate, Corporate M&A (2-4 PQE) - R"',
  },
  '05-ridley-cv-received.eml': {
    jobTitle: 'first run: got null',
  },
  '09-marlowe-ashby-banking-outcome.eml': {
    jobTitle: 'first run: got "Senior Associate – Banking & Finance and"',
  },
  '12-sbl-search-finance-role.eml': {
    jobTitle: 'first run: got null',
  },
  '13-fairlight-role-on-hold.eml': {
    company: 'first run: got "Legal"',
    jobTitle: 'first run: got null',
  },
  '17-castell-vane-documents-request.eml': {
    jobTitle: 'first run: got null',
  },
  '18-castell-vane-meet-partners.eml': {
    jobTitle: 'first run: got null',
  },
  '19-hollis-crane-vacation-scheme.eml': {
    jobTitle: 'first run: got null',
  },
  '22-maritime-standards-agency-submitted.eml': {
    company: 'first run: got "Civil Service"',
    jobTitle: 'first run: got "Legal Adviser (Maritime Regulation) - Ref"',
  },
  '23-sterling-bridge-client-feedback.eml': {
    company: 'first run: got "Banking & Finance"',
    jobTitle: 'first run: got "Banking & Finance associate"',
  },
  '25-pemberton-lisle-tc-application.eml': {
    jobTitle: 'first run: got "Pemberton Lisle 2028 Training"',
  },
  '26-pemberton-lisle-assessment-centre.eml': {
    jobTitle: 'first run: got "Training"',
  },
  '29-lau-whitford-trainee-received.eml': {
    jobTitle: 'first run: got "Trainee Solicitor (Commencing 2027) - Hong Kong"',
  },
  '30-lau-whitford-first-interview.eml': {
    jobTitle: 'first run: got null',
  },
  '31-tillbury-clerkship-filled.eml': {
    jobTitle: 'first run: got null',
  },
  '34-corvane-position-filled.eml': {
    jobTitle: 'first run: got "Legal Counsel"',
  },
  '38-meridian-capital-markets.eml': {
    company: 'first run: got "Halloran Pryce"',
    jobTitle: 'first run: got null',
  },
  '47-vireo-energy-first-interview.eml': {
    company: 'first run: got "Oliver Mensah"',
  },
  '48-yeung-partners-letter.eml': {
    jobTitle: 'first run: got "ASSOCIATE (BANKING)"',
  },
  '50-ardent-pharma-application.eml': {
    jobTitle: 'first run: got "Legal & Compliance Manager, APAC located"',
  },
  '52-tanjong-legal-not-selected.eml': {
    jobTitle: 'first run: got null',
  },
  '58-ridley-come-in-for-chat.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '59-ridley-offer.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '60-brennan-lowe-pi-decision.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '62-wexley-court-staff-attorney-received.eml': {
    company: 'first run: got "Wexley County"',
    jobTitle: 'first run: got null',
  },
  '63-wexley-court-interview.eml': {
    jobTitle: 'first run: got null',
  },
  '64-pacific-counsel-offer-elsewhere.eml': {
    company: 'first run: got "GC"',
  },
  '66-quillfeather-final-round.eml': {
    jobTitle: 'first run: got null',
  },
  '71-maritime-standards-agency-sift.eml': {
    company: 'first run: got "Civil Service"',
    jobTitle: 'first run: got "Legal Adviser (Maritime Regulation), Maritime Standards Agency"',
  },
  '74-tsang-ko-legal-clerk-ack.eml': {
    jobTitle: 'first run: got "Legal Clerk (Conveyancing) advertised on JobsDB"',
  },
  '75-whitlow-dunne-role-withdrawn.eml': {
    jobTitle: 'first run: got null',
  },
  '77-lantern-talent-hk-approach.eml': {
    jobTitle: 'first run: got null',
  },
  '78-abernethy-grant-finish-application.eml': {
    jobTitle: 'first run: got "Associate, Real Estate (Hong Kong) - JR"',
  },
  '79-ashworth-internal-candidate.eml': {
    company: 'first run: got "FTSE 250"',
  },
};

describeLabelledFixtures({ title: "blind set 58 (round 20): a lawyer's and paralegal's inbox in the United States, the UK, Singapore and Hong Kong (test/fixtures/blind-58/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-58'), count: 80, knownFailures: KNOWN_FAILURES });
