/**
 * The labelled .eml sets, in the order they were written. A round is "held out" only until the
 * engine is changed looking at its mistakes; after that it is one more labelled set (its
 * first-run figures are recorded in docs/classification.md).
 */
import { resolve } from 'node:path';
import { projectRoot } from './load-dev-corpus.ts';

export const FIXTURES_DIR = resolve(projectRoot(), 'test/fixtures');

export interface LabelledSet {
  /** Short name used in tables and in the model's source groups. */
  name: string;
  title: string;
  dir: string;
  /** Still unseen by whoever changes the engine: its mistakes are never read, nothing is trained or tuned on it. */
  heldOut: boolean;
}

/** A blind set written for the model: measured once first (docs/classification.md), then trained on. */
function trainedBlindSet(n: number, theme: string): LabelledSet {
  return {
    name: `blind-${n}`,
    title: `blind set ${n}: ${theme} (test/fixtures/blind-${n}; written blind for the model, measured first, then trained on)`,
    dir: resolve(FIXTURES_DIR, `blind-${n}`),
    heldOut: false,
  };
}

/** A blind set of a held-out round: its mistakes are never read, nothing is trained or tuned on it. */
function heldOutBlindSet(n: number, round: number, theme: string): LabelledSet {
  return {
    name: `blind-${n}`,
    title: `blind set ${n} (round ${round}): ${theme} (test/fixtures/blind-${n}; written blind, held out: measured only)`,
    dir: resolve(FIXTURES_DIR, `blind-${n}`),
    heldOut: true,
  };
}

export const LABELLED_SETS: readonly LabelledSet[] = [
  { name: 'fixtures', title: 'fixtures (test/fixtures/labels.json)', dir: FIXTURES_DIR, heldOut: false },
  { name: 'round-1', title: 'round 1 (test/fixtures/heldout; fixed after its first run)', dir: resolve(FIXTURES_DIR, 'heldout'), heldOut: false },
  { name: 'round-2', title: 'round 2 (test/fixtures/heldout-2; fixed after its first run)', dir: resolve(FIXTURES_DIR, 'heldout-2'), heldOut: false },
  { name: 'round-3', title: 'round 3 (test/fixtures/heldout-3; fixed after its first run)', dir: resolve(FIXTURES_DIR, 'heldout-3'), heldOut: false },
  { name: 'round-4', title: 'round 4 (test/fixtures/heldout-4; fixed after its first run)', dir: resolve(FIXTURES_DIR, 'heldout-4'), heldOut: false },
  {
    name: 'round-5',
    title: 'round 5 (test/fixtures/heldout-5; written blind to the classifier, fixed after its first run)',
    dir: resolve(FIXTURES_DIR, 'heldout-5'),
    heldOut: false,
  },
  {
    name: 'round-6',
    title: 'round 6 (test/fixtures/heldout-6; written blind to the classifier, fixed after its blind runs)',
    dir: resolve(FIXTURES_DIR, 'heldout-6'),
    heldOut: false,
  },
  {
    name: 'round-7',
    title: 'round 7 (test/fixtures/heldout-7; written blind to the classifier, fixed after its blind runs)',
    dir: resolve(FIXTURES_DIR, 'heldout-7'),
    heldOut: false,
  },
  {
    name: 'round-8',
    title: 'round 8 (test/fixtures/heldout-8; written blind to the classifier, fixed after its blind runs)',
    dir: resolve(FIXTURES_DIR, 'heldout-8'),
    heldOut: false,
  },
  {
    name: 'negatives-1',
    title: 'ordinary mail with hiring words in other senses (test/fixtures/negatives-1; dev data, written for the model)',
    dir: resolve(FIXTURES_DIR, 'negatives-1'),
    heldOut: false,
  },
  {
    name: 'negatives-2',
    title: 'ordinary mail in everyday words that hiring mail also uses, written blind (test/fixtures/negatives-2; dev data, written for the model)',
    dir: resolve(FIXTURES_DIR, 'negatives-2'),
    heldOut: false,
  },
  {
    name: 'round-9',
    title: 'round 9 (test/fixtures/heldout-9; written blind to the classifier, measured blind, then trained on)',
    dir: resolve(FIXTURES_DIR, 'heldout-9'),
    heldOut: false,
  },
  {
    name: 'blind-1',
    title: 'blind set 1: employers through applicant-tracking systems (test/fixtures/blind-1; written blind for the model, dev data)',
    dir: resolve(FIXTURES_DIR, 'blind-1'),
    heldOut: false,
  },
  {
    name: 'blind-2',
    title: 'blind set 2: small employers and people who hire (test/fixtures/blind-2; written blind for the model, dev data)',
    dir: resolve(FIXTURES_DIR, 'blind-2'),
    heldOut: false,
  },
  {
    name: 'blind-3',
    title: 'blind set 3: public sector, health, education (test/fixtures/blind-3; written blind for the model, dev data)',
    dir: resolve(FIXTURES_DIR, 'blind-3'),
    heldOut: false,
  },
  {
    name: 'blind-4',
    title: 'blind set 4: agencies and job boards (test/fixtures/blind-4; written blind for the model, dev data)',
    dir: resolve(FIXTURES_DIR, 'blind-4'),
    heldOut: false,
  },
  {
    name: 'blind-5',
    title: 'blind set 5: HR template sites and hard negatives (test/fixtures/blind-5; written blind for the model, dev data)',
    dir: resolve(FIXTURES_DIR, 'blind-5'),
    heldOut: false,
  },
  {
    name: 'blind-6',
    title: 'blind set 6: hourly and frontline work (test/fixtures/blind-6; written blind for the model, dev data)',
    dir: resolve(FIXTURES_DIR, 'blind-6'),
    heldOut: false,
  },
  {
    name: 'blind-7',
    title: 'blind set 7: professional jobs, hiring managers and freezes (test/fixtures/blind-7; written blind for the model, held out for its first run, then trained on)',
    dir: resolve(FIXTURES_DIR, 'blind-7'),
    heldOut: false,
  },
  {
    name: 'blind-8',
    title: 'blind set 8: threads: replies and forwards (test/fixtures/blind-8; written blind for the model, held out for its first run, then trained on)',
    dir: resolve(FIXTURES_DIR, 'blind-8'),
    heldOut: false,
  },
  {
    name: 'blind-9',
    title: 'blind set 9: early careers and research (test/fixtures/blind-9; written blind for the model, held out for its first run, then trained on)',
    dir: resolve(FIXTURES_DIR, 'blind-9'),
    heldOut: false,
  },
  {
    name: 'blind-10',
    title: 'blind set 10: hospitality, care and trades in five countries (test/fixtures/blind-10; written blind for the model, held out for its first run, then trained on)',
    dir: resolve(FIXTURES_DIR, 'blind-10'),
    heldOut: false,
  },
  {
    name: 'blind-11',
    title: 'blind set 11: hard cases and their hard negatives (test/fixtures/blind-11; written blind for the model, held out for its first run, then trained on)',
    dir: resolve(FIXTURES_DIR, 'blind-11'),
    heldOut: false,
  },
  {
    name: 'round-10',
    title: 'round 10 (test/fixtures/heldout-10; written blind to the classifier, held out for its first run, then trained on)',
    dir: resolve(FIXTURES_DIR, 'heldout-10'),
    heldOut: false,
  },
  {
    name: 'round-11',
    title: 'round 11 (test/fixtures/heldout-11; written blind to the classifier, held out for its first run, then trained on)',
    dir: resolve(FIXTURES_DIR, 'heldout-11'),
    heldOut: false,
  },
  {
    name: 'round-12',
    title: 'round 12 (test/fixtures/heldout-12; written blind to the classifier, held out for its first run, then trained on)',
    dir: resolve(FIXTURES_DIR, 'heldout-12'),
    heldOut: false,
  },
  trainedBlindSet(16, 'threads: replies and forwards, the new text against the quoted history'),
  trainedBlindSet(17, 'short informal notes from people who hire, and from everyone else'),
  trainedBlindSet(18, 'how companies end or acknowledge applications, and their look-alikes'),
  trainedBlindSet(23, 'the employer named in every way real mail names it'),
  trainedBlindSet(24, 'ordinary mail in the words of hiring, 80 hard negatives'),
  trainedBlindSet(25, 'job mail and personal mail without a useful subject'),
  trainedBlindSet(26, 'recruiter outreach in every form, and pitches that read like it'),
  trainedBlindSet(27, 'job mail with no status change, and its look-alikes'),
  trainedBlindSet(28, 'an inbox in logistics, aviation and the public sector in four countries'),
  trainedBlindSet(33, '80 messages that borrow the words of recruiting but are not about a job for the reader'),
  trainedBlindSet(34, 'short, plain confirmations and rejections, and equally short ordinary mail'),
  trainedBlindSet(35, 'recruitment agencies writing about client roles in every way'),
  trainedBlindSet(40, "a warehouse operative and driver's inbox in the UK, the US and South Africa"),
  trainedBlindSet(41, "a new engineering graduate's inbox in India, Canada and Germany: campus drives, ATS mail, tests"),
  trainedBlindSet(42, 'HR-site templates as employers send them, and their hard negatives'),
  trainedBlindSet(43, "a marketing professional's inbox in the UK, Singapore and the US, with many agency recruiters"),
  trainedBlindSet(48, '60 ordinary messages in the words of hiring and 20 plain job messages'),
  trainedBlindSet(49, "a job seeker's inbox in Spanish, Portuguese and Polish"),
  trainedBlindSet(50, "a job seeker's inbox in German, French, Italian and Dutch"),
  trainedBlindSet(55, '64 ordinary messages that sound like job mail and 16 plain job messages'),
  trainedBlindSet(56, "job mail where the employer's name is hard to find, for a sales and operations professional in four countries"),
  trainedBlindSet(44, "a hospitality worker's inbox in Spain, Ireland and Canada"),
  trainedBlindSet(45, "a software developer's inbox in Brazil, Poland and the United States"),
  trainedBlindSet(46, '40 ordinary messages in the words of hiring and 40 plain job messages'),
  trainedBlindSet(47, 'a finance and administration inbox in Australia, South Africa and the UAE'),
  trainedBlindSet(51, "a marketing and communications coordinator's inbox in the United States and Canada"),
  trainedBlindSet(52, "a civil and structural engineer's inbox in the UK, Ireland and India"),
  trainedBlindSet(53, "recruiter templates from HR sites as recruiters paste them, and 25 hard negatives in the same words"),
  trainedBlindSet(54, "a pharmacist and healthcare administrator's inbox in Australia, New Zealand and the UK"),
  trainedBlindSet(61, '64 ordinary messages in the words of applications, interviews, offers and rejections, and 16 plain job messages'),
  trainedBlindSet(62, 'job mail whose employer is hard to find, for a logistics and procurement coordinator in the UK, Canada, the UAE and India'),
  trainedBlindSet(63, 'recruiter outreach and job mail without a status change, for a product manager in three countries, and their look-alikes'),
  trainedBlindSet(57, "a schoolteacher's and teaching assistant's inbox in the United States, the UK and New Zealand"),
  trainedBlindSet(58, "a lawyer's and paralegal's inbox in the United States, the UK, Singapore and Hong Kong"),
  trainedBlindSet(59, 'HR-site templates as recruiters paste them, with placeholders left in, and 20 hard negatives in the same words'),
  trainedBlindSet(60, "a research scientist's and lab technician's inbox at universities, institutes and biotech companies in the United States, Germany and Australia"),
  trainedBlindSet(68, "60 ordinary messages in the words of applications, interviews, offers, shortlists and rejections, and 20 plain job messages"),
  trainedBlindSet(69, "job mail whose employer is hard to find: departments and faculties, public bodies, agencies naming the client once, job-board cards, ATS footers, a person's domain"),
  trainedBlindSet(64, "a nurse's and care worker's inbox at hospitals, care homes and agencies in the UK, Canada and the Philippines"),
  trainedBlindSet(65, "a data analyst's and software tester's inbox in India, Singapore and the UAE, with campus portals and agency recruiters who name their client in passing"),
  trainedBlindSet(66, "short notes from small businesses in the US, Australia and Ireland, often from personal addresses without a subject, and 12 hard negatives in the same style"),
  trainedBlindSet(67, "an executive assistant's and office manager's inbox in the UK, the US and South Africa: long corporate ATS mail with the decision after the pleasantries"),
  trainedBlindSet(75, "job mail whose employer is named once and not where one looks: a signature, a logo's alt text, a footer, a domain or link, an abbreviation, an agency's passing mention, in many countries"),
  trainedBlindSet(76, "recruiter approaches beside job mail without a status change: reschedules, checks, documents, surveys and agencies checking in, in many countries"),
  trainedBlindSet(74, "64 ordinary messages in the words of applications, interviews, offers and rejections from every walk of life, among them the reader as the one who hires, and 16 plain job messages"),
  trainedBlindSet(81, "64 ordinary messages in the words of hiring from a caterer's life: the reader hiring staff, choosing suppliers, being chosen, elections, auditions, studies and interviews by the press, and 16 plain job messages"),
  trainedBlindSet(82, "job mail whose employer is hard to spot: universities and their labs, health trusts, councils, charities, franchise operators, hotel and care-home groups, subsidiaries and trading names, in several languages"),
  trainedBlindSet(83, "recruiter approaches and job mail without a status change, and informal rejections from small employers, site managers, restaurant owners and foremen"),
  trainedBlindSet(70, "a backend engineer's inbox in continental Europe: startups and scale-ups on European ATSs, non-native English, relocation and work permits"),
  trainedBlindSet(71, "hourly, logistics and skilled-trade work in the US and Canada: high-volume hiring systems, staffing agencies, union halls, contractors on personal mail"),
  trainedBlindSet(72, "a new PhD's inbox: postdocs, lectureships and civil-service posts in several countries, reference numbers, sifts, reserve lists and vetting, and academic look-alikes"),
  trainedBlindSet(73, "a graphic designer's and marketing coordinator's inbox in the UK, Ireland, Australia and New Zealand: creative agencies and recruiters who withhold the client, HTML with logos"),
  heldOutBlindSet(12, 13, "one job seeker's inbox: software, data and product roles"),
  heldOutBlindSet(13, 13, 'an inbox in health, administration, finance and teaching in five countries'),
  heldOutBlindSet(14, 13, 'recruiter templates from HR sites and their hard negatives'),
  heldOutBlindSet(15, 13, 'an inbox in retail, hospitality, logistics, care and gig work'),
  heldOutBlindSet(19, 14, "an engineer's inbox in three countries"),
  heldOutBlindSet(20, 14, "a final-year student's inbox: internships, graduate schemes, assessments"),
  heldOutBlindSet(21, 14, 'mail from agency and in-house recruiters, and look-alike pitches'),
  heldOutBlindSet(22, 14, "a career-changer's inbox in three countries"),
  heldOutBlindSet(29, 15, "a software engineer's inbox in the United States"),
  heldOutBlindSet(30, 15, "a nurse's inbox in the UK, Ireland and Australia"),
  heldOutBlindSet(31, 15, 'HR-site templates as people paste them, and their hard negatives'),
  heldOutBlindSet(32, 15, "a hospitality and retail manager's inbox in four countries"),
  heldOutBlindSet(36, 16, "an accountant's inbox in Canada, the UK and Singapore"),
  heldOutBlindSet(37, 16, 'HR-site templates as employers send them, and their hard negatives'),
  heldOutBlindSet(38, 16, "a designer's inbox in the US, Australia and India"),
  heldOutBlindSet(39, 16, "a tradesman's inbox in four countries"),
  heldOutBlindSet(77, 23, "a commerce and accounting graduate's inbox in India, Singapore and the Gulf: placement cells, audit firms, banks, shared-service centres, job portals, background verification and walk-in drives"),
  heldOutBlindSet(78, 23, "a sales and customer-success professional's inbox in the United States: SaaS companies on modern ATSs and schedulers, mock pitches, OTE offers, and sales work mail that looks like hiring"),
  heldOutBlindSet(79, 23, "a secondary-school teacher's inbox in the UK, the US and Canada: districts, academy trusts, teaching agencies, demo lessons, safeguarding checks, and school life's look-alikes"),
  heldOutBlindSet(80, 23, "a senior finance executive's inbox in Europe and the US: executive search firms that name the client late, assessment centres, board interviews, offers with notice and equity terms, and board life's look-alikes"),
];
