import { HELDOUT_2_DIR } from '../../scripts/evaluation/evaluate.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Round 2 (test/fixtures/heldout-2): forty messages labelled before the classifier saw them;
 * fixed after the first run, so no longer held out.
 * Known mistakes stay in the suite as expected failures, per field, with the reason.
 */
const KNOWN_FAILURES: KnownFailures = {
  'g03-linkedin-easy-apply-sent.eml': {
    jobTitle: 'title only as a bare line under "Your application was sent to …"; no template reads card layouts',
  },
  'g04-small-firm-cv-received-outlook.eml': {
    jobTitle: 'title only in the reply subject ("RE: Warehouse Team Leader - CV") and the quoted original',
  },
  'g08-invite-mentions-earlier-rejection.eml': {
    jobTitle: 'title taken from the earlier, rejected role ("the Account Executive position") instead of the new one',
  },
  'g12-forwarded-hiring-manager-note.eml': {
    jobTitle: 'title only in parentheses in a forwarded subject',
  },
  'g14-checkr-background-check.eml': {
    jobTitle: 'title follows "your application for" with no role/position word after it',
  },
  'g18-gmail-reply-second-conversation.eml': {
    jobTitle: 'title only in the reply subject and in quoted text',
  },
  'g19-offer-letter-html-table.eml': {
    jobTitle: 'title only in an HTML table cell next to "Position" (the converter does not keep a colon)',
  },
  'g21-docusign-offer-letter.eml': {
    company: 'employer only in the subject ("… DocuSign: Wattle & Finch - Offer Letter") and the sender\'s mail domain in the body',
  },
  'g25-terse-mobile-rejection-outlook-quote.eml': {
    jobTitle: 'title only in the reply subject ("Re: Video Editor role") and the quoted check-in',
  },
  'g29-icims-status-no-longer-considered-html.eml': {
    atsJobId: 'ATS id and title only in a "Job | 2025-7781 - Inventory Control Specialist" status table',
    jobTitle: 'ATS id and title only in a "Job | 2025-7781 - Inventory Control Specialist" status table',
  },
};

describeLabelledFixtures({ title: 'round 2 (test/fixtures/heldout-2/labels.json)', dir: HELDOUT_2_DIR, count: 40, knownFailures: KNOWN_FAILURES });
