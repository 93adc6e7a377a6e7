import { HELDOUT_3_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';

/**
 * The third held-out round (test/fixtures/heldout-3): forty messages labelled before the
 * classifier saw them. A case that still fails is left out here — listed in STILL_FAILING with
 * the reason — but stays in `npm run eval`.
 */
const STILL_FAILING: Record<string, string> = {
  'h03-founder-mobile-pass.eml': 'title only in the reply subject ("Re: Frontend Engineer") and the quoted text',
  'h09-au-no-further-consideration.eml': 'company: the sender domain is a council subdomain of nsw.gov.au and the state label ("Nsw") wins; the employer is only in the signature',
  'h10-hiring-manager-opted-for.eml': 'title only as the bare subject ("Editorial Assistant")',
  'h11-technical-round-pair-programming.eml': '"We\'d love to have you join us for the technical round" matches the offer phrase "have you join us"; offer is checked before next round',
  'h15-references-nonnative.eml': 'a reference check asked for without the word ("speak with two persons who worked with you before"); not job-related enough on its own',
  'h16-founder-quick-call.eml': 'founder from a new domain, one request ("reply with a couple of times") and almost no hiring vocabulary: below the job-related threshold',
  'h19-agency-client-wants-to-meet.eml': 'agency mail: the client appears only in the subject and as the subject of "have reviewed your CV"; the agency name wins',
  'h21-founder-bring-you-on-board.eml': 'offer rule fires ("bring you on board as our"), but a founder\'s short note with pay and start date has no hiring vocabulary: below the job-related threshold',
  'h22-india-ctc-offer-html.eml': 'company: an HTML table cell ("Date of joining | 1 September 2025") is captured as a company',
  'h25-nonnative-cv-reached.eml': 'title after "for the post of" is followed by "has reached us" on the same clause; the capture is rejected as a sentence',
  'h26-pinpoint-html-confirmation.eml': 'title only in "Your application for Shift Supervisor is safely with us" (no template for "application for X is")',
  'h28-smallbiz-reply-got-cv.eml': 'title only in the reply subject and the quoted original',
  'h30-founder-cold-outreach.eml': '"Saw your talk" is a non-job sense (conference mail) and outweighs a founder\'s "we\'re looking for a founding engineer"',
};

describeLabelledFixtures({ title: 'third held-out round (test/fixtures/heldout-3/labels.json)', dir: HELDOUT_3_DIR, count: 40, stillFailing: STILL_FAILING });
