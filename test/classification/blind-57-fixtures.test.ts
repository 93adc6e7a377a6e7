import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 57 (test/fixtures/blind-57), round 20: eighty messages: a schoolteacher's and teaching assistant's inbox in the United States, the UK and New Zealand, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Held out for its first run and through the session that wrote it (docs/classification.md),
 * then trained on: dev data, no longer a held-out figure. Every field the engine gets wrong is an
 * expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-chalkline-supply-outreach.eml': {
    jobTitle: 'first run: got null',
  },
  '02-workable-brightpath-11plus-not-moving.eml': {
    jobTitle: 'first run: got "English Tutor"',
  },
  '03-hartwell-council-sen-ta-received.eml': {
    company: 'first run: got "Hartwell Borough Council"',
  },
  '04-successfactors-northgate-ks1-confirm.eml': {
    jobTitle: 'first run: got "Primary Class Teacher (KS1) - Thornbury Lane Primary"',
  },
  '07-kauri-bay-english-ack.eml': {
    jobTitle: 'first run: got "English teaching"',
  },
  '08-pageup-kingsford-junior-english-outcome.eml': {
    jobTitle: 'first run: got null',
  },
  '09-greenhouse-northstar-literacy-regret.eml': {
    jobTitle: 'first run: got "Online Literacy Tutor"',
  },
  '11-oakridge-english-stage2-lesson-obs.eml': {
    jobTitle: 'first run: got null',
  },
  '13-st-brendans-year1-post-interview.eml': {
    jobTitle: 'first run: got null',
  },
  '15-workday-lakeshore-reading-other-candidates.eml': {
    jobTitle: 'first run: got null',
  },
  '16-jobvite-alder-finch-received.eml': {
    jobTitle: 'first run: got "Year 2 Class Teacher - Kingsbridge Prep"',
  },
  '20-st-aldhelms-ta-conditional-offer.eml': {
    jobTitle: 'first run: got null',
  },
  '22-tes-oakridge-english-received.eml': {
    company: 'first run: got "Tes"',
  },
  '27-schoolspring-westbury-grade2-submitted.eml': {
    company: 'first run: got "School Spring"',
    jobTitle: 'first run: got "Grade 2 Teacher - Westbury Regional School District"',
  },
  '28-tui-valley-another-applicant.eml': {
    jobTitle: 'first run: got null',
  },
  '29-wexmoor-inclusion-ta-post-withdrawn.eml': {
    company: 'first run: got "Wexmoor County Council Schools"',
    jobTitle: 'first run: got "WCC-ED-2291 Teaching Assistant - Inclusion, Ashgrove Junior School"',
  },
  '30-lakeshore-grade3-demo-lesson.eml': {
    company: 'first run: got "Pecan Creek Elementary"',
    jobTitle: 'first run: got null',
  },
  '32-lever-keystone-phone-screen.eml': {
    company: 'first run: got "Tutor"',
    jobTitle: 'first run: got null',
  },
  '35-eteach-coldbrook-ta3-not-shortlisted.eml': {
    jobTitle: 'first run: got null',
  },
  '36-kingsmead-cover-not-shortlisted.eml': {
    jobTitle: 'first run: got null',
  },
  '39-ashby-tandem-reading-received.eml': {
    jobTitle: 'first run: got "Part-Time Reading Interventionist"',
  },
  '40-harakeke-relief-list-full.eml': {
    jobTitle: 'first run: got null',
  },
  '41-kowhai-grove-zoom-chat.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '43-kowhai-grove-application-ack.eml': {
    jobTitle: 'first run: got "Scale A"',
  },
  '44-st-aldhelms-ta-interview-invite.eml': {
    jobTitle: 'first run: got null',
  },
  '45-successfactors-northgate-ks1-update.eml': {
    jobTitle: 'first run: got "Primary Class Teacher"',
  },
  '47-workable-brightpath-maths-received.eml': {
    jobTitle: 'first run: got "Online Maths Tutor"',
  },
  '48-holme-lane-cover-form-received.eml': {
    company: 'first run: got "Hlacad"',
  },
  '49-applitrack-maple-hollow-received.eml': {
    jobTitle: 'first run: got null',
  },
  '52-maple-hollow-grade3-interview.eml': {
    jobTitle: 'first run: got "Grade 3 Teacher, Juniper Ridge Elementary"',
  },
  '54-fwd-fernhill-year3-received.eml': {
    jobTitle: 'first run: got null',
  },
  '55-maple-hollow-grade3-offer.eml': {
    jobTitle: 'first run: got "Grade 3 Teacher"',
  },
  '58-ashby-tandem-mock-session.eml': {
    jobTitle: 'first run: got "Part-Time Reading Interventionist"',
  },
  '59-workable-brightpath-intro-call.eml': {
    jobTitle: 'first run: got null',
  },
  '61-kowhai-grove-offer-phone-me.eml': {
    jobTitle: 'first run: got "Year 4/5"',
  },
  '62-hollybrook-lsa-offer-withdrawn.eml': {
    jobTitle: 'first run: got null',
  },
  '63-eteach-st-aldhelms-ta-received.eml': {
    company: 'first run: got "Eteach"',
  },
  '66-kauri-bay-final-panel.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '67-beacon-long-term-year4-outreach.eml': {
    jobTitle: 'first run: got "Year 4 class teacher from September to cover a secondment"',
  },
  '68-workday-lakeshore-thanks.eml': {
    jobTitle: 'first run: got "Third Grade Teacher"',
  },
  '70-holme-lane-cover-stage2.eml': {
    company: 'first run: got "Mr Haworth"',
    jobTitle: 'first run: got null',
  },
  '73-willow-oak-montessori-lead-guide.eml': {
    jobTitle: 'first run: got null',
  },
  '74-pinecrest-para-phone-interview.eml': {
    company: 'first run: got "Harbor View Middle School"',
  },
  '76-kowhai-grove-new-staff-paperwork.eml': {
    company: 'first run: got null',
    jobTitle: 'first run: got null',
  },
  '78-westbury-lts-grade4-cancelled.eml': {
    jobTitle: 'first run: got null',
  },
  '79-pinecrest-para-packet-received.eml': {
    company: 'first run: got "Harbor View Middle"',
  },
  '80-pinecrest-phone-interview-reschedule.eml': {
    company: 'first run: got "Pcps"',
    jobTitle: 'first run: got null',
  },
};

describeLabelledFixtures({ title: "blind set 57 (round 20): a schoolteacher's and teaching assistant's inbox in the United States, the UK and New Zealand (test/fixtures/blind-57/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-57'), count: 80, knownFailures: KNOWN_FAILURES });
