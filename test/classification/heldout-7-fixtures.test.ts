import { HELDOUT_7_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Round 7 (test/fixtures/heldout-7): eighty messages written and labelled by someone who had not
 * read the rules, tables or model, from situations only. Measured blind twice (docs/classification.md):
 * before and after round 6's fixes, with identical figures — round 6's fixes did not reach their
 * round-7 siblings. THEN FIXED LOOKING AT ITS MISTAKES (general mechanisms, each tested on four or
 * more paraphrases of its own and two hard negatives in round-7-mechanisms.test.ts), so it is no
 * longer held out: its figures since are dev figures. The mistakes left stay as expected failures,
 * per field; the reason says what the engine gave on the second blind run (or since the fixes).
 */
const KNOWN_FAILURES: KnownFailures = {
  'c01-carraway-workday-filled-internally.eml': {
    jobTitle: "blind run: got \"Area Manager\"",
  },
  'c06-ns-sahyadri-not-shortlisted.eml': {
    jobTitle: "blind run: got null",
  },
  'c07-quillstack-ashby-after-takehome.eml': {
    atsProvider: "blind run: got null",
  },
  'c10-bluewren-smartrecruiters-progress-others.eml': {
    jobTitle: "blind run: got \"Business Development Representative – SMB (Sydney)\"",
  },
  'c11-ns-smallfirm-position-filled.eml': {
    company: "blind run: got null",
    jobTitle: "blind run: got null",
  },
  'c12-kestrel-taleo-candidature-not-considered.eml': {
    jobTitle: "blind run: got \"Engineer - Product Development\"",
  },
  'c13-ns-hm-iphone-hired-internally.eml': {
    jobTitle: "blind run: got null",
  },
  'c14-agency-re-client-chose-other.eml': {
    jobTitle: 'blind run: got null',
  },
  'c16-koalasolar-teamtailor-no-this-time.eml': {
    jobTitle: "blind run: got null",
  },
  'c18-ns-consultancy-opening-withdrawn.eml': {
    jobTitle: "blind run: got null",
  },
  'c20-ns-trucking-different-direction.eml': {
    company: "blind run: got \"Trucking\"",
    jobTitle: "blind run: got null",
  },
  'c21-ns-recruiter-meridian-not-progressing.eml': {
    jobTitle: "blind run: got null",
  },
  'c23-tolka-successfactors-status-not-selected.eml': {
    jobTitle: "blind run: got \"Legal Assistant / Paralegal (Claims Litigation) Location: Dublin 1, IE Status: Not Selected\"",
  },
  'c28-jobharbour-application-sent-sunbridge.eml': {
    company: "blind run: got \"Job Harbour\"",
    jobTitle: "blind run: got null",
  },
  'c29-ns-odwyer-acknowledge-cv.eml': {
    jobTitle: "blind run: got \"Law Society Gazette\"",
  },
  'c30-vardhan-taleo-application-submitted.eml': {
    jobTitle: "blind run: got \"Assistant Manager - Mechanical Design (Pressure Vessels), Job Number 24000872, Location: Talegaon, P\"",
  },
  'c32-ns-pharmacy-owner-got-cv.eml': {
    jobTitle: 'blind run: got null',
  },
  'c35-lindqvist-personio-documents-received.eml': {
    jobTitle: "blind run: got \"Paralegal Corporate/M&A\"",
  },
  'c38-ashcombe-jobvite-confirmation.eml': {
    atsJobId: "blind run: got null",
  },
  'c41-fwd-courts-service-confirmation.eml': {
    jobTitle: "after the round-7 fixes: got \"Legal Executive Assistant, Harcourt Legal Services Ltd, Dublin 2\" (blind run: got null)",
  },
  'c43-ns-hireportal-application-received.eml': {
    atsProvider: "blind run: got null",
    jobTitle: "blind run: got \"Front End Developer\"",
  },
  'c44-worknest-application-submitted-rioverde.eml': {
    company: "blind run: got \"Work Nest\"",
    jobTitle: "blind run: got null",
  },
  'c45-ns-oakfield-come-in-for-chat.eml': {
    jobTitle: "blind run: got null",
  },
  'c46-fernbrook-greenhouse-recruiter-call.eml': {
    atsProvider: "blind run: got null",
  },
  'c49-beresford-invitation-to-interview.eml': {
    jobTitle: "blind run: got \"Paralegal\"",
  },
  'c51-parklet-ashby-take-home-invite.eml': {
    jobTitle: "blind run: got null",
  },
  'c52-hartwell-re-second-interview-store-visit.eml': {
    jobTitle: "blind run: got null",
  },
  'c53-ns-bayou-references-request.eml': {
    jobTitle: "blind run: got null",
  },
  'c54-nordvik-final-round-roleplay.eml': {
    atsProvider: "blind run: got null",
    jobTitle: "blind run: got null",
  },
  'c55-ns-vardhan-technical-round-cad-test.eml': {
    jobTitle: 'blind run: got null',
  },
  'c57-ns-parklet-cto-verbal-offer.eml': {
    jobTitle: "blind run: got null",
  },
  'c59-odwyer-offer-letter-paralegal.eml': {
    jobTitle: "blind run: got null",
  },
  'c61-redgum-talent-ae-outreach.eml': {
    jobTitle: "blind run: got null",
  },
  'c62-ns-consultancy-opening-hinjewadi.eml': {
    jobTitle: "blind run: got null",
  },
  'c63-ns-legal-recruiter-conveyancing.eml': {
    jobTitle: "blind run: got null",
  },
  'c67-ns-bluegum-reschedule-interview.eml': {
    jobTitle: 'blind run: got null',
  },
  'c68-tolka-successfactors-complete-application.eml': {
    jobTitle: "blind run: got \"Legal Assistant / Paralegal\"",
  },
  'c69-ns-vardhan-bgv-form.eml': {
    company: "blind run: got null",
    jobTitle: "blind run: got null",
  },
};

describeLabelledFixtures({ title: 'round 7 (test/fixtures/heldout-7/labels.json)', dir: HELDOUT_7_DIR, count: 80, knownFailures: KNOWN_FAILURES });
