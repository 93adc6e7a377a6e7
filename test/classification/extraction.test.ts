import { describe, expect, it } from 'vitest';
import { normalizeCompanyName, prettifySlug } from '../../src/classifier/extract/company-name.ts';
import { classifyFields } from './helpers.ts';

const confirmation = (title: string): string => `Thank you for applying for the ${title} position. We have received your application.`;

describe('company extraction from relay shapes', () => {
  it.each([
    ['Acme Recruiting <no-reply@greenhouse.io>', 'Thanks for applying', confirmation('Data Engineer'), 'Acme'],
    ['Acme Talent Acquisition <noreply@myworkday.com>', 'Thanks for applying', confirmation('Data Engineer'), 'Acme'],
    ['Acme Robotics via Greenhouse <no-reply@greenhouse.io>', 'Thanks for applying', confirmation('Data Engineer'), 'Acme Robotics'],
    ['Team Acme <noreply@workablemail.com>', 'Thanks for applying', confirmation('Data Engineer'), 'Acme'],
    ['"Acme Corp @ icims" <acmecorp+autoreply@talent.icims.com>', 'Thanks for applying', confirmation('Data Engineer'), 'Acme'],
    ['Jane Roe from Acme Labs <notifications@smartrecruiters.com>', 'Update', confirmation('Data Engineer'), 'Acme Labs'],
  ])('from the display name %s', (from, subject, text, company) => {
    expect(classifyFields({ from, subject, text }).company).toBe(company);
  });

  it.each([
    ['People Team <people@quillsoft.com>', 'Quillsoft'],
    ['Talent Acquisition <jobs@quillsoft.com>', 'Quillsoft'],
  ])('a department display name (%s) is not the employer; the body and domain are', (from, company) => {
    const text = 'Congratulations! We are pleased to offer you the position of Software Engineer at Quillsoft.';
    expect(classifyFields({ from, subject: 'Your offer', text }).company).toBe(company);
  });

  it('a team named in another language ("Equipo de Talento") is not the employer either', () => {
    const text = 'Hola Lucía, thank you for applying for the Warehouse Planner position at Valdemoro Logística. We have received your application.';
    expect(classifyFields({ from: 'Equipo de Talento <talento@valdemoro-logistica.es>', subject: '', text }).company).toBe('Valdemoro Logística');
  });

  it.each([
    ['LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>', '30 new jobs for "software engineer"', 'Your job alert: 30 new jobs match your preferences.'],
    ['HackerRank Team <support@hackerrank.com>', 'Your HackerRank account', 'Reset your password for your candidate account.'],
  ])('a relay named after itself (%s) gives no company', (from, subject, text) => {
    expect(classifyFields({ from, subject, text }).company).toBeNull();
  });

  it.each([
    ['ClearPath Screening <notifications@clearpathscreening.com>'],
    ['VerifyNow Verifications <checks@verifynowverifications.com>'],
  ])('a background-check service known by its name (%s) relays for the employer', (from) => {
    const text = 'We are conducting a pre-employment background check on behalf of Harwood Foods. Please complete the consent form within 3 days.';
    expect(classifyFields({ from, subject: 'Action required: background check', text }).company).toBe('Harwood Foods');
  });

  it("an ATS template names the employer only in its logo's alt text, read from the HTML part beside a text part", () => {
    const text = 'Hi Sam,\n\nThank you for your interest in the Claims Adjuster role. After careful review we have decided not to move forward with your application.\n\nThe Talent Team';
    const html = `<table><tr><td><img src="https://app.ashbyhq.com/api/images/org-theme-logo/5b8e/email.png" alt="Harwick Mutual Insurance logo" height="40"></td></tr><tr><td>${text.replace(/\n/g, '<br>')}</td></tr></table>`;
    const r = classifyFields({ from: 'The Talent Team <no-reply@ashbyhq.com>', subject: 'Your application', text, html });
    expect(r.company).toBe('Harwick Mutual Insurance');
    expect(r.evidence.join(' ')).toContain('logo "Harwick Mutual Insurance"');
  });

  it("a relay's own logo is not the employer: it repeats the sender's domain", () => {
    const text = 'We are conducting a pre-employment background check on behalf of Harwood Foods. Please complete the consent form within 3 days.';
    const html = `<img src="https://clearpathscreening.com/logo.png" alt="ClearPath Screening"><p>${text}</p>`;
    const r = classifyFields({ from: 'ClearPath Screening <notifications@clearpathscreening.com>', subject: 'Action required: background check', text, html });
    expect(r.company).toBe('Harwood Foods');
  });

  it.each([
    ['Rekrytering <no-reply@teamtailor-mail.com>', 'Hej Erik, thank you for applying for the Property Manager position at Solberg Fastigheter AB. We have received your application.', 'Solberg Fastigheter'],
    ['Bewerbermanagement <noreply@personio.de>', 'Hallo Jana, thank you for applying for the Disponent position at Brandt Logistik GmbH. We have received your application.', 'Brandt Logistik'],
  ])('a recruiting team named in German or Swedish (%s) is not the employer', (from, text, company) => {
    expect(classifyFields({ from, subject: '', text }).company).toBe(company);
  });

  it.each([
    ['ZipRecruiter <alerts@ziprecruiter.com>', 'You applied to Apprentice Plumber at Rivera Plumbing & Heating', 'Nice work, DeShawn! Your application was sent.', 'Rivera Plumbing & Heating'],
    ['Wellfound <notifications@wellfound.com>', 'Update', 'Quillstack responded to your application for DevOps Engineer. Unfortunately they have decided not to move forward.', 'Quillstack'],
    ['SEEK <noreply@s.seek.com.au>', 'Interview request', 'Hi Wayne, Southern Cross Haulage has sent you a message about your application. They would like to arrange an interview.', 'Southern Cross Haulage'],
  ])("a job board's own wording names the employer (%s)", (from, subject, text, company) => {
    expect(classifyFields({ from, subject, text }).company).toBe(company);
  });

  it("a hiring system's own page in a link (privacy, interview scheduling) is no employer's slug", () => {
    const text = 'Hi Sam, unfortunately we will not be moving forward with your application.\n\nPrivacy: https://jobs.smartrecruiters.com/privacy\nSchedule: https://apply.workable.com/video-interview/abc';
    expect(classifyFields({ from: 'no-reply@smartrecruiters.com', subject: 'Your application', text }).company).toBeNull();
  });

  it('an assessment service relays for the employer that invited you', () => {
    const r = classifyFields({
      from: 'Codility <no-reply@codility.com>',
      subject: 'Your coding test',
      text: 'Talon Systems has invited you to take a coding assessment for the Backend Engineer role.',
    });
    expect(r.company).toBe('Talon Systems');
  });

  it('a requisition id in parentheses does not hide "position at Company"', () => {
    const r = classifyFields({
      from: 'no-reply@myworkday.com',
      subject: 'Thank you for applying',
      text: 'Thank you for applying to the Senior Financial Analyst position (R-04567) at Contoso. We have received your application.',
    });
    expect(r.company).toBe('Contoso');
    expect(r.atsJobId).toBe('R-04567');
  });

  it.each([
    ['https://boards.greenhouse.io/bluefinch/jobs/123456', 'Bluefinch'],
    ['https://job-boards.greenhouse.io/bluefinch/jobs/123456', 'Bluefinch'],
    ['https://jobs.lever.co/bluefinch/5b2e9c1a-7d4f-4e21-9a3b-0c8d6f1e2a47', 'Bluefinch'],
    ['https://bluefinch.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R-12345', 'Bluefinch'],
    ['https://jobs.ashbyhq.com/bluefinch/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'Bluefinch'],
    ['https://apply.workable.com/bluefinch/j/ABC123/', 'Bluefinch'],
    ['https://bluefinch.bamboohr.com/careers/42', 'Bluefinch'],
    ['https://bluefinch.teamtailor.com/jobs/42', 'Bluefinch'],
    ['https://careers-bluefinch.icims.com/jobs/42/job', 'Bluefinch'],
  ])('from the ATS link %s', (link, company) => {
    const r = classifyFields({ from: 'no-reply@greenhouse.io', subject: 'Thank you for applying', text: `${confirmation('Data Engineer')}\n\nView the job: ${link}` });
    expect(r.company).toBe(company);
  });

  it('from "on behalf of" and body phrases, never from the ATS or free-mail domain', () => {
    expect(classifyFields({ from: 'notifications@ashbyhq.com', subject: 'Update', text: `Sent on behalf of Tessellate\n\n${confirmation('ML Engineer')}` }).company).toBe('Tessellate');
    expect(classifyFields({ from: 'no-reply@greenhouse.io', subject: 'Thank you for applying to Harbor Analytics', text: confirmation('Data Engineer') }).company).toBe('Harbor Analytics');
    expect(classifyFields({ from: 'Sam Recruiter <sam.recruits@gmail.com>', subject: 'Interview', text: 'We would like to schedule an interview for the Analyst role. Please share your availability.' }).company).toBeNull();
  });

  it('uses the employer domain and the spelling the text uses', () => {
    const r = classifyFields({ from: 'Ryan Miller <rmiller@arescorporation.com>', subject: 'Opportunity', text: 'I would like to discuss the position. Please let me know when you would be available for a call.\n\nRyan Miller | ARES Corporation' });
    expect(r.company).toBe('ARES');
  });

  it('normalizes legal suffixes and prettifies slugs', () => {
    expect(normalizeCompanyName('Sabre Systems, Inc..')).toBe('Sabre Systems');
    expect(normalizeCompanyName('Nordlicht Software GmbH')).toBe('Nordlicht Software');
    expect(normalizeCompanyName('Acme Corporation')).toBe('Acme');
    expect(normalizeCompanyName('Widget Co. LLC')).toBe('Widget');
    expect(prettifySlug('palo-alto-networks')).toBe('Palo Alto Networks');
  });
});

describe('job title and ATS ids', () => {
  it('keeps seniority: "Senior" and "Staff" are different titles', () => {
    const senior = classifyFields({ from: 'Acme Recruiting <no-reply@greenhouse.io>', subject: 'Thanks', text: confirmation('Senior Software Engineer') });
    const staff = classifyFields({ from: 'Acme Recruiting <no-reply@greenhouse.io>', subject: 'Thanks', text: confirmation('Staff Software Engineer') });
    expect(senior.jobTitle).toBe('Senior Software Engineer');
    expect(staff.jobTitle).toBe('Staff Software Engineer');
  });

  it.each([
    ['Phone screen - Backend Engineer', 'Backend Engineer'],
    ['Second interview - Controls Engineer', 'Controls Engineer'],
    ['Interview request: Lab Automation Engineer', 'Lab Automation Engineer'],
  ])('reads the title after an interview stage in the subject "%s"', (subject, title) => {
    expect(classifyFields({ from: 'Maya Chen <maya@fernhill.com>', subject, text: 'Could you share your availability for a call next week?' }).jobTitle).toBe(title);
  });

  it('drops a requisition number in front of a title', () => {
    const r = classifyFields({
      from: 'Globex Talent Acquisition <talent@globex-corp.com>',
      subject: 'Application Received - Req #88231 Site Reliability Engineer',
      text: 'Thank you for submitting your application. Our recruiting team will review your qualifications.',
    });
    expect(r.jobTitle).toBe('Site Reliability Engineer');
  });

  it('reads titles from subjects', () => {
    expect(classifyFields({ from: 'Acme Recruiting <x@acme.com>', subject: 'Your application for Sr. DFIR Engineer at Acme', text: 'We received your application.' }).jobTitle).toBe('Sr. DFIR Engineer');
    expect(classifyFields({ from: 'Indeed Apply <indeedapply@indeed.com>', subject: 'Indeed Application: Cyber Security Engineer', text: 'Your application has been submitted.' }).jobTitle).toBe('Cyber Security Engineer');
  });

  it.each([
    ['https://boards.greenhouse.io/acme/jobs/4567890', 'Greenhouse', '4567890'],
    ['https://acme.com/careers?gh_jid=4567890', 'Greenhouse', '4567890'],
    ['https://jobs.lever.co/acme/5b2e9c1a-7d4f-4e21-9a3b-0c8d6f1e2a47', 'Lever', '5b2e9c1a-7d4f-4e21-9a3b-0c8d6f1e2a47'],
    ['https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin/Engineer_R-20431', 'Workday', 'R-20431'],
    ['https://acme.wd1.myworkdayjobs.com/Careers/job/NYC/Analyst_JR12345', 'Workday', 'JR12345'],
  ])('job id from link %s', (link, provider, id) => {
    const r = classifyFields({ from: 'Acme Recruiting <no-reply@acme.com>', subject: 'Thanks for applying', text: `${confirmation('Engineer')} ${link}` });
    expect(r.atsProvider).toBe(provider);
    expect(r.atsJobId).toBe(id);
  });

  it('job ids written in the text', () => {
    expect(classifyFields({ from: 'Acme Recruiting <x@acme.com>', subject: 'Thanks for applying', text: `${confirmation('Engineer')} Req ID: 24-1187` }).atsJobId).toBe('24-1187');
    expect(classifyFields({ from: 'Acme Recruiting <x@acme.com>', subject: 'Application Update – Req: R165130', text: 'Unfortunately, we will not be moving forward with your application.' }).atsJobId).toBe('R165130');
  });
});

describe('job titles in mail people write', () => {
  it('a lower-case title ending in a title noun is title-cased; other lower-case captures are not titles', () => {
    const typed = classifyFields({ from: 'Ivy Chen <ivy.chen.books@gmail.com>', subject: '', text: 'hey Max - got your CV for the night desk coordinator position, thanks! will read through them this week and text you.' });
    expect(typed.jobTitle).toBe('Night Desk Coordinator');
    const notATitle = classifyFields({ from: 'Ivy Chen <ivy.chen.books@gmail.com>', subject: '', text: 'thanks for applying for the summer position at the shop, we have received your application.' });
    expect(notATitle.jobTitle).toBeNull();
  });

  it('drops a posting\'s gender marker and the sentence that goes on after the title', () => {
    const r = classifyFields({ from: 'Personal <jobs@brenner-logistik.de>', subject: '', text: 'Thank you for your application as Warehouse Team Lead (m/f/d) and your interest in Brenner Logistik. We have received your documents.' });
    expect(r.jobTitle).toBe('Warehouse Team Lead');
    const comma = classifyFields({ from: 'no-reply@hire.lever.co', subject: 'Thanks', text: 'We received your application for Field Sales Manager, North Region, and we are excited that you want to join us.' });
    expect(comma.jobTitle).toBe('Field Sales Manager, North Region');
  });

  it('labelled lines and "for X with the County" name the title', () => {
    expect(classifyFields({ from: 'notices@jobs-mail.org', subject: '', text: 'NOTICE OF APPLICATION STATUS\nVacancy: Senior Bridge Inspector\nThank you for your interest in employment with the County of Harlow. Your application has been received.' }).jobTitle).toBe('Senior Bridge Inspector');
    expect(classifyFields({ from: 'noreply@civic-hire.net', subject: '', text: 'Thank you for applying for Library Clerk II with the Town of Esterly. Your application was successfully submitted.' }).jobTitle).toBe('Library Clerk II');
    expect(classifyFields({ from: 'myjobs@myworkday.com', subject: 'Application Submitted: Pharmacy Technician (R-5521)', text: 'Thank you for applying. We have received your application.' }).jobTitle).toBe('Pharmacy Technician');
  });
});
