import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 82 (test/fixtures/blind-82): 80 messages: job mail whose employer is hard to spot: universities and their labs, health trusts, councils, charities, franchise operators, hotel and care-home groups, subsidiaries and trading names, in several languages, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Measured first (docs/classification.md), then trained on: dev data. Every field
 * the engine gets wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '01-uq-research-data-analyst-received.eml': {
    jobTitle: 'blind run: got "Research Data Analyst (Job No"',
  },
  '02-postdoc-video-call.eml': {
    jobTitle: 'blind run: got null',
  },
  '03-staff-nurse-not-shortlisted.eml': {
    company: 'blind run: got "NHS"',
    jobTitle: 'blind run: got "Staff Nurse - Ward 32"',
  },
  '04-conditional-offer-enforcement.eml': {
    jobTitle: 'blind run: got null',
  },
  '05-ios-leeds-chat.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '06-jobsacuk-alert-env-law.eml': {
    company: 'blind run: got "ac.uk"',
    jobTitle: 'blind run: got null',
  },
  '07-kitchen-trial-saturday.eml': {
    company: 'blind run: got "Chef"',
    jobTitle: 'blind run: got null',
  },
  '08-application-received-fundraising.eml': {
    jobTitle: 'blind run: got "Community Fundraising Officer (South West) REF"',
  },
  '09-shift-manager-boucher-road.eml': {
    jobTitle: 'blind run: got null',
  },
  '11-finish-your-application.eml': {
    jobTitle: 'blind run: got null',
  },
  '12-workday-research-coordinator.eml': {
    company: 'blind run: got "Department of Radiology"',
  },
  '13-assessment-centre-graduate.eml': {
    jobTitle: 'blind run: got null',
  },
  '14-apprentice-joiner-start.eml': {
    jobTitle: 'blind run: got null',
  },
  '15-headhunter-westphalia.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '16-bartlett-regarding-application.eml': {
    company: 'blind run: got "Tal"',
    jobTitle: 'blind run: got null',
  },
  '17-programme-officer-wash-interview.eml': {
    jobTitle: 'blind run: got "Programme Officer (WASH), Garissa"',
  },
  '18-care-home-form-got-it.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '21-no-worries-new-place.eml': {
    jobTitle: 'blind run: got null',
  },
  '23-re-grants-officer-checking-in.eml': {
    jobTitle: 'blind run: got null',
  },
  '24-supervisor-chat-monday.eml': {
    jobTitle: 'blind run: got null',
  },
  '25-entry-received-field-service.eml': {
    jobTitle: 'blind run: got "Field Service Engineer (Overseas Support)"',
  },
  '26-teaching-fellow-post.eml': {
    jobTitle: 'blind run: got null',
  },
  '27-next-step-take-home.eml': {
    jobTitle: 'blind run: got null',
  },
  '28-campaign-cancelled-hydrology.eml': {
    jobTitle: 'blind run: got "recruitment controls now in place across Defra group"',
  },
  '30-book-interview-slot-pharmacist.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '31-theatre-verbal-offer-followup.eml': {
    jobTitle: 'blind run: got null',
  },
  '32-sollicitatie-ontvangen-mobiliteit.eml': {
    jobTitle: 'blind run: got "Policy Advisor Mobility"',
  },
  '33-saved-search-midwife.eml': {
    company: 'blind run: got "SA Health"',
    jobTitle: 'blind run: got null',
  },
  '34-role-on-hold-regulatory.eml': {
    company: 'blind run: got "Koval Group"',
  },
  '35-second-conversation-head-of-school.eml': {
    company: 'blind run: got "Wellington School of Architecture"',
    jobTitle: 'blind run: got null',
  },
  '36-inmail-ocado-technology.eml': {
    company: 'blind run: got "Hannah"',
    jobTitle: 'blind run: got null',
  },
  '37-interview-metadata-librarian.eml': {
    company: 'blind run: got "UBC Library"',
  },
  '38-consultant-in-theatre-move-friday.eml': {
    jobTitle: 'blind run: got "Registrar (Anaesthesia)"',
  },
  '40-padaria-gave-to-nephew.eml': {
    jobTitle: 'blind run: got null',
  },
  '41-letter-of-offer-ec04.eml': {
    company: 'blind run: got "GC Jobs / Emplois GC"',
    jobTitle: 'blind run: got null',
  },
  '42-background-check-authorization.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '43-bodega-meet-export.eml': {
    company: 'blind run: got null',
  },
  '44-nurses-riyadh-icu.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '46-cv-received-dispatcher.eml': {
    jobTitle: 'blind run: got null',
  },
  '47-status-update-java-developer.eml': {
    jobTitle: 'blind run: got "Java Developer (3-5 yrs), Pune"',
  },
  '48-new-starter-pre-employment.eml': {
    category: 'blind run: got "NOT_JOB_RELATED"',
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '50-interview-confirmed-product-designer.eml': {
    jobTitle: 'blind run: got null',
  },
  '51-warehouse-coordinator-good-news.eml': {
    jobTitle: 'blind run: got null',
  },
  '52-sociology-search-update.eml': {
    jobTitle: 'blind run: got null',
  },
  '53-geotech-opportunity-kalahari.eml': {
    company: 'blind run: got "Plot 188"',
    jobTitle: 'blind run: got null',
  },
  '54-govtech-application-received.eml': {
    company: 'blind run: got null',
  },
  '55-no-news-yet-surveyor.eml': {
    company: 'blind run: got "Morton Property Recruitment"',
    jobTitle: 'blind run: got null',
  },
  '56-interview-epidemiologist.eml': {
    jobTitle: 'blind run: got "Epidemiologist (Public Health Protection)"',
  },
  '57-final-meeting-ceo-quality.eml': {
    company: 'blind run: got "Pastificio F.lli Bertani"',
    jobTitle: 'blind run: got null',
  },
  '58-rekrutacja-zamowienia-publiczne.eml': {
    company: 'blind run: got "Krakow"',
    jobTitle: 'blind run: got null',
  },
  '59-job-alert-kitchen-porter.eml': {
    company: 'blind run: got "Caterer"',
    jobTitle: 'blind run: got null',
  },
  '60-sign-offer-letter-helix.eml': {
    company: 'blind run: got null',
  },
  '62-night-auditor-filled.eml': {
    company: 'blind run: got "Night Auditor"',
    jobTitle: 'blind run: got null',
  },
  '63-candidatura-recebida-supply-chain.eml': {
    company: 'blind run: got "Gupy"',
    jobTitle: 'blind run: got null',
  },
  '64-hospice-finance-manager.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '65-degree-conferred-question.eml': {
    company: 'blind run: got null',
  },
  '66-panel-loved-you-presentation.eml': {
    jobTitle: 'blind run: got null',
  },
  '67-gym-crew-part-time.eml': {
    company: 'blind run: got "Anytime Fitness Toowoomba Central"',
    jobTitle: 'blind run: got null',
  },
  '68-cns-interview-outcome.eml': {
    company: 'blind run: got "HSE South West"',
    jobTitle: 'blind run: got null',
  },
  '69-entretien-ie-bioinfo.eml': {
    company: 'blind run: got "Place Eugène Bataillon"',
    jobTitle: 'blind run: got null',
  },
  '71-genentech-antibody-engineering.eml': {
    jobTitle: 'blind run: got null',
  },
  '72-careers-password-reset.eml': {
    company: 'blind run: got "mtu"',
  },
  '74-technical-test-backend.eml': {
    company: 'blind run: got "o Altamar"',
    jobTitle: 'blind run: got null',
  },
  '75-offer-senior-care-nights.eml': {
    jobTitle: 'blind run: got "Senior Care Assistant (Nights), 36 hours per week"',
  },
  '78-asset-engineer-keen-to-chat.eml': {
    company: 'blind run: got "NSW"',
    jobTitle: 'blind run: got null',
  },
  '79-new-job-library-assistant.eml': {
    company: 'blind run: got "Go Public"',
    jobTitle: 'blind run: got null',
  },
};

describeLabelledFixtures({ title: "blind set 82: job mail whose employer is hard to spot: universities and their labs, health trusts, councils, charities, franchise operators, hotel and care-home groups, subsidiaries and trading names, in several languages (test/fixtures/blind-82/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-82'), count: 80, categories: ["APPLICATION_RECEIVED", "INTERVIEW_INVITATION", "NEXT_ROUND", "OFFER", "REJECTION", "RECRUITER_OUTREACH", "JOB_ALERT", "OTHER_JOB_RELATED"], knownFailures: KNOWN_FAILURES });
