import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 1 (test/fixtures/blind-1): eighty messages of employers writing through applicant-tracking systems and HR platforms, and their recruiters by hand afterwards, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Dev data written for the model: measured first (docs/classification.md), then trained
 * on; no rule was written from it. Every field the engine gets wrong is an expected failure.
 */
const KNOWN_FAILURES: KnownFailures = {
  '04-re-ashdown-paralegal.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '06-medbridge-travel-icu.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '08-fernhill-followup-call.eml': {
    jobTitle: 'after training on the blind sets: got "Firmware Engineer II, Motor Control"',
  },
  '10-northgate-track-status.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '11-osterhout-second-interview.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '13-groenveld-hvac.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '14-personio-fahrwerk-werkstudent.eml': {
    jobTitle: 'after training on the blind sets: got "Working Student Customer Success"',
  },
  '15-taleo-northgate-track.eml': {
    jobTitle: 'after training on the blind sets: got "Track Maintenance Technician based"',
  },
  '16-greenhouse-paloma-csm.eml': {
    jobTitle: 'after training on the blind sets: got "CSM"',
  },
  '19-finchley-electrical-mate.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '20-icims-stbrendans-rn.eml': {
    jobTitle: 'after training on the blind sets: got "Registered Nurse - Med/Surg (Nights, 0.9 FTE) Requisition ID: 2024-11873 Location: St"',
  },
  '22-successfactors-vantaris-qa.eml': {
    jobTitle: 'after training on the blind sets: got "QA Specialist GMP Batch Release, Job ID 48821, Basel"',
  },
  '24-ashby-sundial-mle.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '26-phenom-carrowfinch-retail.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '27-re-tallowvine-marketing.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '34-hartwell-vp-risk.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '36-fwd-kingsmere-store-manager.eml': {
    jobTitle: 'after training on the blind sets: got "Store Manager - Newport"',
  },
  '37-teamtailor-nordlys-artist.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '38-avature-aldervane-graduate.eml': {
    jobTitle: 'after training on the blind sets: got "Graduate Analyst Programme 2025 – Operations & Technology"',
  },
  '39-workday-halvorsen-logistics.eml': {
    jobTitle: 'after training on the blind sets: got "Logistics Coordinator - Port Operations"',
  },
  '42-greenhouse-quillfeather-backend.eml': {
    jobTitle: 'after training on the blind sets: got "Senior Backend Engineer"',
  },
  '43-fwd-eightfold-verity-claims.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '45-pinpoint-kilmara-admin.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '49-oracle-riverbend-dispatch.eml': {
    company: 'after training on the blind sets: got "City of Riverbend"',
    jobTitle: 'after training on the blind sets: got null',
  },
  '51-ukg-harborpoint-warehouse.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '52-marisol-sous-chef.eml': {
    company: 'after training on the blind sets: got null',
  },
  '54-dayforce-caledon-unitclerk.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '55-pinecrest-vet-tech.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '57-greenhouse-brightloom-cdm.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '59-tinder-thistle-bakery.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '60-workday-crane-site-engineer.eml': {
    jobTitle: 'after training on the blind sets: got "Site Engineer - Civil"',
  },
  '61-lindqvist-oakfield-carer.eml': {
    company: 'since job boards\' own wording is read: got "Oakfield House"',
    jobTitle: 'after training on the blind sets: got "Senior Carer (Days) post"',
  },
  '62-cafe-lucia-barista.eml': {
    company: 'after training on the blind sets: got null',
    jobTitle: 'after training on the blind sets: got null',
  },
  '63-ashby-ledgerline-data.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '64-teamtailor-lumo-analyst.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '65-avature-aldervane-rm.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '69-pinpoint-harrowgate-maths.eml': {
    jobTitle: 'after training on the blind sets: got "Teacher of Mathematics - Calder Vale Academy"',
  },
  '72-smartrecruiters-bayanihan-initial.eml': {
    jobTitle: 'after training on the blind sets: got "Customer Service Associate"',
  },
  '75-oracle-fairhaven-watertreatment.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '76-workday-hollis-ra.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '77-st-aldhelms-ks1.eml': {
    jobTitle: 'after training on the blind sets: got null',
  },
  '79-taleo-cpu-lineworker.eml': {
    jobTitle: 'after training on the blind sets: got "Apprentice Lineworker (Pre-Apprentice Program) Location: Kapolei Service Center, HI Submission Date"',
  },
  '80-sf-kestrel-controlling.eml': {
    jobTitle: 'after training on the blind sets: got "Specialist Plant Controlling"',
  },
};

describeLabelledFixtures({ title: 'blind set 1: employers through applicant-tracking systems (test/fixtures/blind-1/labels.json)', dir: resolve(FIXTURES_DIR, 'blind-1'), count: 80, knownFailures: KNOWN_FAILURES });
