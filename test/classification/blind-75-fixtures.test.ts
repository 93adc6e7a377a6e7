import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/evaluation/labelled-sets.ts';
import { describeLabelledFixtures } from './labelled-fixture-suite.ts';
import type { KnownFailures } from './labelled-fixture-suite.ts';

/**
 * Blind set 75 (test/fixtures/blind-75): 80 messages: job mail whose employer is named once and not where one looks: a signature, a logo's alt text, a footer, a domain or link, an abbreviation, an agency's passing mention, in many countries, written and labelled by
 * someone who had not read the rules, tables or model, from situations only (a third with no
 * subject). Measured first (docs/classification.md), then trained on: dev data. Every field
 * the engine gets wrong is an expected failure, named only by what the engine answered.
 */
const KNOWN_FAILURES: KnownFailures = {
  '02-shift-supervisor-domain-only.eml': {
    jobTitle: 'blind run: got "Production Shift Supervisor (nights)"',
  },
  '03-no-subject-warehouse-team-leader.eml': {
    jobTitle: 'blind run: got null',
  },
  '04-site-engineer-agency-outreach.eml': {
    company: 'blind run: got "Pinnacle Talent Partners"',
    jobTitle: 'blind run: got null',
  },
  '06-design-engineer-teamtailor-footer.eml': {
    jobTitle: 'blind run: got "Mechanical Design Engineer"',
  },
  '09-clinical-informatics-linkedin-inmail.eml': {
    jobTitle: 'blind run: got null',
  },
  '10-graduate-hydrologist-nrwb.eml': {
    jobTitle: 'blind run: got null',
  },
  '12-backend-java-online-assessment.eml': {
    company: 'blind run: got null',
  },
  '14-vet-nurse-domain-only.eml': {
    jobTitle: 'blind run: got null',
  },
  '15-sous-chef-reply-signature.eml': {
    company: 'blind run: got "Chef"',
    jobTitle: 'blind run: got null',
  },
  '17-no-subject-treasury-headhunter.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '19-rn-medsurg-icims-logo.eml': {
    company: 'blind run: got "Nurse"',
    jobTitle: 'blind run: got "Registered Nurse – Med/Surg"',
  },
  '20-no-subject-junior-interior-designer.eml': {
    jobTitle: 'blind run: got "Junior Designer"',
  },
  '22-audit-senior-lagos-agency.eml': {
    jobTitle: 'blind run: got null',
  },
  '25-disponent-personio-imprint.eml': {
    jobTitle: 'blind run: got "Disponent Nahverkehr"',
  },
  '26-maths-teacher-domain-only.eml': {
    company: 'blind run: got "Headteacher"',
  },
  '27-scientist-ii-agency-feedback.eml': {
    company: 'blind run: got "Life Sciences"',
  },
  '28-no-subject-fullstack-brazil.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '29-landscape-gardener-seek.eml': {
    company: 'blind run: got null',
  },
  '30-financial-analyst-taleo-footer.eml': {
    jobTitle: 'blind run: got null',
  },
  '32-solutions-engineer-offer-ashby.eml': {
    company: 'blind run: got null',
  },
  '33-no-subject-signalling-tech-short.eml': {
    jobTitle: 'blind run: got "Signalling Technician"',
  },
  '34-no-subject-founding-engineer.eml': {
    jobTitle: 'blind run: got null',
  },
  '35-graduate-finance-assessment-centre.eml': {
    jobTitle: 'blind run: got null',
  },
  '37-no-subject-apprentice-plumber.eml': {
    jobTitle: 'blind run: got null',
  },
  '39-sre-cape-town-agency.eml': {
    company: 'blind run: got "Table Bay Talent"',
    jobTitle: 'blind run: got null',
  },
  '40-senior-qa-naukri-status.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got "Senior QA Engineer"',
  },
  '41-no-subject-csr-reschedule.eml': {
    jobTitle: 'blind run: got null',
  },
  '42-autoreply-disability-support-worker.eml': {
    jobTitle: 'blind run: got null',
  },
  '43-compliance-analyst-disclaimer.eml': {
    company: 'blind run: got "Richard Osei"',
  },
  '45-dental-assistant-indeed-invite.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '46-no-subject-part-ii-second-interview.eml': {
    jobTitle: 'blind run: got null',
  },
  '47-backend-go-linkedin-single-alert.eml': {
    company: 'blind run: got "Actively"',
    jobTitle: 'blind run: got null',
  },
  '48-no-subject-physio-receptionist-ack.eml': {
    jobTitle: 'blind run: got null',
  },
  '49-qa-tester-bamboohr-link.eml': {
    jobTitle: 'blind run: got null',
  },
  '52-no-subject-hse-officer-dubai.eml': {
    company: 'blind run: got "Dubai"',
    jobTitle: 'blind run: got null',
  },
  '56-no-subject-bar-attendant-pub.eml': {
    jobTitle: 'blind run: got null',
  },
  '59-occupational-therapist-nhs-jobs.eml': {
    company: 'blind run: got null',
  },
  '60-no-subject-frontend-take-home.eml': {
    company: 'blind run: got null',
  },
  '62-lecturer-mech-eng-university.eml': {
    jobTitle: 'blind run: got null',
  },
  '63-legal-secretary-agency-interview.eml': {
    company: 'blind run: got "Meridian Office Recruitment"',
    jobTitle: 'blind run: got null',
  },
  '64-brand-manager-linkedin-agency.eml': {
    company: 'blind run: got null',
  },
  '65-ml-engineer-greenhouse-replyto.eml': {
    company: 'blind run: got null',
  },
  '68-retail-assistant-reed.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '69-no-subject-assistant-store-manager-delay.eml': {
    company: 'blind run: got "Canmore"',
    jobTitle: 'blind run: got null',
  },
  '70-sap-fico-munich-agency.eml': {
    company: 'blind run: got "Alpenblick Personalberatung"',
    jobTitle: 'blind run: got null',
  },
  '73-quality-engineer-successfactors-mexico.eml': {
    jobTitle: 'blind run: got "Quality Engineer (Zapopan Plant)"',
  },
  '74-no-subject-accounts-officer-lagos.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '75-no-subject-lead-guide-offer-reply.eml': {
    jobTitle: 'blind run: got null',
  },
  '76-no-subject-data-engineer-warsaw-agency.eml': {
    jobTitle: 'blind run: got null',
  },
  '77-no-subject-cellar-hand-winery.eml': {
    jobTitle: 'blind run: got null',
  },
  '78-payroll-executive-jobstreet-alert.eml': {
    company: 'blind run: got null',
    jobTitle: 'blind run: got null',
  },
  '80-junior-architect-reply-rejection.eml': {
    jobTitle: 'blind run: got null',
  },
};

describeLabelledFixtures({ title: "blind set 75: job mail whose employer is named once and not where one looks: a signature, a logo's alt text, a footer, a domain or link, an abbreviation, an agency's passing mention, in many countries (test/fixtures/blind-75/labels.json)", dir: resolve(FIXTURES_DIR, 'blind-75'), count: 80, categories: ['APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'JOB_ALERT', 'OTHER_JOB_RELATED'], knownFailures: KNOWN_FAILURES });
