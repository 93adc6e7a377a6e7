/**
 * Who relays recruiter mail. None of these domains is ever the employer: the
 * company has to come from display names, links and wording instead.
 */

export interface AtsProvider {
  name: string;
  /** Sender domains (a sender matches a domain or any subdomain of it). */
  senderDomains: readonly string[];
  /** Link hosts that belong to this ATS (same suffix rule). */
  linkDomains: readonly string[];
}

export const ATS_PROVIDERS: readonly AtsProvider[] = [
  { name: 'Greenhouse', senderDomains: ['greenhouse.io', 'greenhouse-mail.io'], linkDomains: ['greenhouse.io'] },
  { name: 'Lever', senderDomains: ['lever.co', 'hire.lever.co'], linkDomains: ['lever.co'] },
  { name: 'Workday', senderDomains: ['myworkday.com', 'myworkdayjobs.com', 'workday.com'], linkDomains: ['myworkdayjobs.com', 'myworkday.com', 'myworkdaysite.com'] },
  { name: 'Ashby', senderDomains: ['ashbyhq.com'], linkDomains: ['ashbyhq.com'] },
  { name: 'SmartRecruiters', senderDomains: ['smartrecruiters.com'], linkDomains: ['smartrecruiters.com'] },
  { name: 'iCIMS', senderDomains: ['icims.com'], linkDomains: ['icims.com'] },
  { name: 'Taleo', senderDomains: ['taleo.net'], linkDomains: ['taleo.net'] },
  { name: 'Jobvite', senderDomains: ['jobvite.com'], linkDomains: ['jobvite.com'] },
  { name: 'Workable', senderDomains: ['workable.com', 'workablemail.com'], linkDomains: ['workable.com'] },
  { name: 'BambooHR', senderDomains: ['bamboohr.com'], linkDomains: ['bamboohr.com'] },
  { name: 'Teamtailor', senderDomains: ['teamtailor.com', 'teamtailor-mail.com'], linkDomains: ['teamtailor.com'] },
  { name: 'Comeet', senderDomains: ['comeet.com', 'comeet.co', 'comeet-notifications.com'], linkDomains: ['comeet.com', 'comeet.co'] },
  { name: 'Recruitee', senderDomains: ['recruitee.com'], linkDomains: ['recruitee.com'] },
  { name: 'JazzHR', senderDomains: ['jazzhr.com', 'applytojob.com', 'jazz.co'], linkDomains: ['applytojob.com', 'jazzhr.com'] },
  { name: 'Breezy', senderDomains: ['breezy.hr', 'breezyhr.com', 'breezy-mail.com'], linkDomains: ['breezy.hr'] },
  { name: 'Paylocity', senderDomains: ['paylocity.com'], linkDomains: ['paylocity.com'] },
  { name: 'UKG', senderDomains: ['ultipro.com', 'ukg.com', 'ukg.net'], linkDomains: ['ultipro.com', 'ukg.net'] },
  { name: 'SuccessFactors', senderDomains: ['successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu'], linkDomains: ['successfactors.com', 'successfactors.eu', 'sapsf.com'] },
  { name: 'Oracle Recruiting', senderDomains: ['oraclecloud.com', 'oracle-taleo.com'], linkDomains: ['oraclecloud.com'] },
  { name: 'Clinch', senderDomains: ['clinchtalent.com'], linkDomains: ['clinchtalent.com'] },
  { name: 'Phenom', senderDomains: ['phenompeople.com', 'phenom.com'], linkDomains: ['phenompeople.com'] },
  { name: 'Eightfold', senderDomains: ['eightfold.ai'], linkDomains: ['eightfold.ai'] },
  { name: 'Gem', senderDomains: ['gem.com'], linkDomains: ['gem.com'] },
  { name: 'Paradox', senderDomains: ['paradox.ai'], linkDomains: ['paradox.ai'] },
  { name: 'Personio', senderDomains: ['personio.de', 'personio.com'], linkDomains: ['personio.de', 'personio.com'] },
  { name: 'Avature', senderDomains: ['avature.net'], linkDomains: ['avature.net'] },
  { name: 'BrassRing', senderDomains: ['brassring.com'], linkDomains: ['brassring.com'] },
  { name: 'ApplicantStack', senderDomains: ['applicantstack.com'], linkDomains: ['applicantstack.com'] },
  { name: 'PageUp', senderDomains: ['pageuppeople.com'], linkDomains: ['pageuppeople.com'] },
  { name: 'ADP', senderDomains: ['adp.com'], linkDomains: ['adp.com'] },
  { name: 'Dayforce', senderDomains: ['dayforcehcm.com'], linkDomains: ['dayforcehcm.com'] },
  { name: 'Pinpoint', senderDomains: ['pinpointhq.com'], linkDomains: ['pinpointhq.com'] },
  { name: 'Rippling', senderDomains: ['rippling.com'], linkDomains: ['rippling.com'] },
  { name: 'Bullhorn', senderDomains: ['bullhorn.com', 'bullhornstaffing.com'], linkDomains: ['bullhornstaffing.com'] },
  { name: 'Spark Hire', senderDomains: ['sparkhire.com'], linkDomains: ['sparkhire.com'] },
  { name: 'HireVue', senderDomains: ['hirevue.com'], linkDomains: ['hirevue.com'] },
  { name: 'CandidateCare', senderDomains: ['candidatecare.com'], linkDomains: [] },
  { name: 'Zoho Recruit', senderDomains: ['zohorecruit.com'], linkDomains: ['zohorecruit.com'] },
  { name: 'Freshteam', senderDomains: ['freshteam.com'], linkDomains: ['freshteam.com'] },
  { name: 'Dover', senderDomains: ['dover.io'], linkDomains: ['dover.io'] },
  { name: 'NEOGOV', senderDomains: ['governmentjobs.com', 'neogov.com', 'neogov.net', 'schooljobs.com'], linkDomains: ['governmentjobs.com', 'schooljobs.com'] },
  { name: 'Harri', senderDomains: ['harri.com'], linkDomains: ['harri.com'] },
  { name: 'Fountain', senderDomains: ['fountain.com', 'fountainmail.com'], linkDomains: ['fountain.com'] },
  { name: 'isolved Hire', senderDomains: ['isolvedhire.com'], linkDomains: ['isolvedhire.com'] },
  { name: 'ApplicantPro', senderDomains: ['applicantpro.com'], linkDomains: ['applicantpro.com'] },
  { name: 'HiringThing', senderDomains: ['hiringthing.com'], linkDomains: ['hiringthing.com'] },
  { name: 'CareerPlug', senderDomains: ['careerplug.com'], linkDomains: ['careerplug.com'] },
  { name: 'Trakstar Hire', senderDomains: ['hire.trakstar.com', 'recruiterbox.com'], linkDomains: ['hire.trakstar.com', 'recruiterbox.com'] },
  { name: 'Trac', senderDomains: ['trac.jobs'], linkDomains: ['trac.jobs'] },
  { name: 'NHS Jobs', senderDomains: ['jobs.nhs.uk'], linkDomains: ['jobs.nhs.uk'] },
  { name: 'HealthJobsUK', senderDomains: ['healthjobsuk.com'], linkDomains: ['healthjobsuk.com'] },
  // Public and academic employers' systems, and Europe's and Latin America's: the sender is never the employer.
  { name: 'Oleeo', senderDomains: ['tal.net', 'oleeo.com'], linkDomains: ['tal.net'] },
  { name: 'Varbi', senderDomains: ['varbi.com'], linkDomains: ['varbi.com'] },
  { name: 'Gupy', senderDomains: ['gupy.io', 'gupy.com.br'], linkDomains: ['gupy.io'] },
  { name: 'GC Jobs', senderDomains: ['psc-cfp.gc.ca', 'jobs-emplois.gc.ca'], linkDomains: ['psc-cfp.gc.ca', 'jobs-emplois.gc.ca'] },
  { name: 'Civil Service Jobs', senderDomains: ['csjobs.cabinetoffice.gov.uk'], linkDomains: ['civilservicejobs.service.gov.uk'] },
  { name: 'USA Staffing', senderDomains: ['usastaffing.gov'], linkDomains: ['usastaffing.gov'] },
];

export interface JobPlatform {
  name: string;
  domains: readonly string[];
}

/** Job boards and professional networks: job-related mail, never the employer. */
export const JOB_PLATFORMS: readonly JobPlatform[] = [
  { name: 'LinkedIn', domains: ['linkedin.com'] },
  { name: 'Indeed', domains: ['indeed.com', 'indeedemail.com'] },
  { name: 'Glassdoor', domains: ['glassdoor.com'] },
  { name: 'ZipRecruiter', domains: ['ziprecruiter.com'] },
  { name: 'Monster', domains: ['monster.com'] },
  { name: 'Dice', domains: ['dice.com'] },
  { name: 'CareerBuilder', domains: ['careerbuilder.com'] },
  { name: 'SimplyHired', domains: ['simplyhired.com'] },
  { name: 'USAJOBS', domains: ['usajobs.gov'] },
  { name: 'Handshake', domains: ['joinhandshake.com'] },
  { name: 'Wellfound', domains: ['wellfound.com', 'angel.co'] },
  { name: 'Hired', domains: ['hired.com'] },
  { name: 'Otta', domains: ['otta.com'] },
  { name: 'Welcome to the Jungle', domains: ['welcometothejungle.com'] },
  { name: 'Built In', domains: ['builtin.com'] },
  { name: 'StepStone', domains: ['stepstone.com', 'stepstone.de'] },
  { name: 'Xing', domains: ['xing.com'] },
  { name: 'Reed', domains: ['reed.co.uk'] },
  { name: 'IrishJobs', domains: ['irishjobs.ie'] },
  { name: 'Jobs.ie', domains: ['jobs.ie'] },
  { name: 'Totaljobs', domains: ['totaljobs.com'] },
  { name: 'Seek', domains: ['seek.com.au'] },
  { name: 'Naukri', domains: ['naukri.com'] },
  { name: 'Jobot', domains: ['jobot.com'] },
  { name: 'CareerSource', domains: ['mycareersource.com'] },
  { name: 'Snagajob', domains: ['snagajob.com'] },
  { name: 'Indeed Flex', domains: ['indeedflex.com', 'indeedflex.co.uk'] },
  { name: 'JobStreet', domains: ['jobstreet.com', 'jobstreet.com.ph', 'jobstreet.com.my', 'jobstreet.co.id', 'jobstreet.com.sg'] },
  { name: 'JobsDB', domains: ['jobsdb.com'] },
  { name: 'Jora', domains: ['jora.com'] },
  { name: 'Adzuna', domains: ['adzuna.com', 'adzuna.co.uk'] },
  { name: 'CV-Library', domains: ['cv-library.co.uk'] },
  { name: 'Bayt', domains: ['bayt.com'] },
  { name: 'Job Bank', domains: ['jobbank.gc.ca'] },
  { name: 'Workopolis', domains: ['workopolis.com'] },
  { name: 'jobs.ac.uk', domains: ['jobs.ac.uk'] },
  { name: 'Jobs Go Public', domains: ['jobsgopublic.com'] },
];

/**
 * Assessment and video-interview services send tests on an employer's behalf: they relay, they never employ.
 * ("Talon Systems has invited you to take a coding assessment", sent by HackerRank.)
 */
export const ASSESSMENT_PLATFORMS: readonly JobPlatform[] = [
  { name: 'HackerRank', domains: ['hackerrank.com', 'hackerrankforwork.com'] },
  { name: 'Codility', domains: ['codility.com'] },
  { name: 'CodeSignal', domains: ['codesignal.com'] },
  { name: 'HireVue', domains: ['hirevue.com', 'hirevue-app.com'] },
  { name: 'Karat', domains: ['karat.io', 'karat.com'] },
  { name: 'TestGorilla', domains: ['testgorilla.com'] },
  { name: 'Coderbyte', domains: ['coderbyte.com'] },
  { name: 'CoderPad', domains: ['coderpad.io'] },
  { name: 'Criteria', domains: ['criteriacorp.com'] },
  { name: 'Pymetrics', domains: ['pymetrics.com', 'pymetrics.ai'] },
  { name: 'Harver', domains: ['harver.com'] },
  { name: 'Vervoe', domains: ['vervoe.com'] },
  { name: 'Modern Hire', domains: ['modernhire.com'] },
  { name: 'Spark Hire', domains: ['sparkhire.com'] },
];

/**
 * Pre-employment screening services run background checks for an employer: they relay, they never employ.
 * ("Acme has requested a background check", sent by Checkr.)
 */
export const SCREENING_PLATFORMS: readonly JobPlatform[] = [
  { name: 'Checkr', domains: ['checkr.com'] },
  { name: 'Sterling', domains: ['sterlingcheck.com', 'sterlingtalentsolutions.com'] },
  { name: 'HireRight', domains: ['hireright.com'] },
  { name: 'First Advantage', domains: ['fadv.com', 'firstadvantage.com'] },
  { name: 'GoodHire', domains: ['goodhire.com'] },
  { name: 'Certn', domains: ['certn.co'] },
];

/** E-signature services send documents for anyone (offer letters, leases, contracts): never the employer. */
const SIGNATURE_RELAY_DOMAINS: readonly string[] = ['docusign.net', 'docusign.com', 'echosign.com', 'adobesign.com', 'hellosign.com', 'pandadoc.net'];

/**
 * Issue trackers, code hosts and team chat notify about work: a ticket titled
 * "Schedule interview loop" or "Offer letter template" is the user's own job,
 * not their job search.
 */
export const WORK_TOOL_PLATFORMS: readonly JobPlatform[] = [
  { name: 'GitHub', domains: ['github.com'] },
  { name: 'GitLab', domains: ['gitlab.com'] },
  { name: 'Bitbucket', domains: ['bitbucket.org'] },
  { name: 'Jira', domains: ['atlassian.net', 'atlassian.com'] },
  { name: 'Slack', domains: ['slack.com', 'slackbot.com'] },
  { name: 'Linear', domains: ['linear.app'] },
  { name: 'Asana', domains: ['asana.com'] },
  { name: 'Trello', domains: ['trello.com'] },
  { name: 'Notion', domains: ['notion.so', 'mail.notion.so'] },
  { name: 'monday.com', domains: ['monday.com'] },
  { name: 'ClickUp', domains: ['clickup.com'] },
  { name: 'Figma', domains: ['figma.com'] },
];

/** Mailbox providers: the domain says nothing about who the sender works for. */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net',
  'mail.com', 'yandex.com', 'yandex.ru', 'zoho.com', 'comcast.net', 'fastmail.com', 'hey.com', 'web.de',
  'qq.com', '163.com', 'rediffmail.com', 'yahoo.co.uk', 'hotmail.co.uk', 'btinternet.com', 'att.net', 'verizon.net',
  // More webmail, and the mailboxes that come with a home or small-business internet line.
  'yahoo.co.in', 'yahoo.com.au', 'yahoo.com.ph', 'yahoo.ca', 'yahoo.fr', 'hotmail.fr', 'hotmail.it', 'outlook.fr', 'live.co.uk', 'live.com.au',
  'gmx.co.uk', 'gmx.at', 'pm.me', 'tutanota.com', 'mail.ru', 'inbox.ru', 'list.ru', 'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl',
  'naver.com', 'daum.net', 'hanmail.net', '126.com', 'sina.com', 'yeah.net', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it',
  'orange.fr', 'free.fr', 'laposte.net', 'wanadoo.fr', 'sfr.fr', 't-online.de', 'terra.com.br', 'uol.com.br', 'bol.com.br',
  'bigpond.com', 'bigpond.net.au', 'optusnet.com.au', 'activ8.net.au', 'westnet.com.au', 'ozemail.com.au', 'dodo.com.au', 'aapt.net.au', 'iinet.net.au', 'tpg.com.au', 'internode.on.net', 'xtra.co.nz',
  'sky.com', 'btconnect.com', 'btopenworld.com', 'talktalk.net', 'virginmedia.com', 'ntlworld.com', 'blueyonder.co.uk', 'plus.net', 'eircom.net',
  'shaw.ca', 'rogers.com', 'sympatico.ca', 'videotron.ca', 'telus.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net', 'charter.net',
  'earthlink.net', 'optonline.net', 'frontier.com', 'windstream.net', 'juno.com', 'netzero.net',
  // NHSmail: one mailbox service for every NHS organisation in England; the trust is named elsewhere.
  'nhs.net',
];

/** Bulk-mail services and placeholder domains that relay for anyone. */
export const RELAY_DOMAINS: readonly string[] = [
  'sendgrid.net', 'mailchimpapp.net', 'mcsv.net', 'mandrillapp.com', 'amazonses.com', 'mailgun.org', 'sparkpostmail.com',
  'exacttarget.com', 'hubspotemail.net', 'hs-email.net', 'customeriomail.com', 'postmarkapp.com', 'invalidemail.com',
  'example.com', 'example.org', 'calendly.com', 'goodtime.io', 'cal.com', 'zoom.us', 'google.com', 'microsoft.com',
  ...ASSESSMENT_PLATFORMS.flatMap((p) => p.domains),
  ...SCREENING_PLATFORMS.flatMap((p) => p.domains),
  ...SIGNATURE_RELAY_DOMAINS,
  ...WORK_TOOL_PLATFORMS.flatMap((p) => p.domains),
];

/** True when `host` is `domain` or a subdomain of it. */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
}

/**
 * Domain → the first entry (in list order) that names it. Every message asks several of these
 * lists about its sender, and HTML mail about each link: one map probe per label suffix of the
 * host ("a.b.lever.co", "b.lever.co", "lever.co", "co") instead of a suffix test per listed domain.
 */
export class DomainIndex<T> {
  private readonly byDomain = new Map<string, { value: T; order: number }>();

  constructor(entries: readonly T[], domainsOf: (entry: T) => readonly string[]) {
    entries.forEach((entry, order) => {
      for (const d of domainsOf(entry)) if (!this.byDomain.has(d)) this.byDomain.set(d, { value: entry, order });
    });
  }

  /** The earliest-listed entry one of whose domains is `host` or a parent of it (as `hostMatches`). */
  find(host: string): T | null {
    if (host.length === 0) return null;
    let best: { value: T; order: number } | undefined;
    for (let at = -1; ; ) {
      const hit = this.byDomain.get(at < 0 ? host : host.slice(at + 1));
      if (hit && (!best || hit.order < best.order)) best = hit;
      at = host.indexOf('.', at + 1);
      if (at < 0) break;
    }
    return best?.value ?? null;
  }
}

const ATS_BY_SENDER = new DomainIndex(ATS_PROVIDERS, (a) => a.senderDomains);
const ATS_BY_LINK = new DomainIndex(ATS_PROVIDERS, (a) => a.linkDomains);
const PLATFORM_INDEXES = new WeakMap<readonly JobPlatform[], DomainIndex<JobPlatform>>();
const FREE_MAIL = new DomainIndex(FREE_MAIL_DOMAINS, (d) => [d]);
const RELAY = new DomainIndex(RELAY_DOMAINS, (d) => [d]);

export function findAtsBySenderDomain(domain: string): AtsProvider | null {
  return ATS_BY_SENDER.find(domain);
}

export function findAtsByLinkHost(host: string): AtsProvider | null {
  return ATS_BY_LINK.find(host);
}

/** The platform of `platforms` (job boards, assessment, screening, work tools) whose domain sent this. */
export function findPlatform(platforms: readonly JobPlatform[], domain: string): JobPlatform | null {
  let index = PLATFORM_INDEXES.get(platforms);
  if (!index) {
    index = new DomainIndex(platforms, (p) => p.domains);
    PLATFORM_INDEXES.set(platforms, index);
  }
  return index.find(domain);
}

/**
 * Webmail brands that serve every country under its own suffix (yahoo.co.za, hotmail.de, outlook.com.br,
 * live.fr, gmx.ch): the list above cannot name them all, the brand before the country's suffix can.
 */
const WEBMAIL_BRANDS = new Set(['yahoo', 'ymail', 'rocketmail', 'hotmail', 'outlook', 'live', 'msn', 'windowslive', 'gmail', 'googlemail', 'aol', 'gmx', 'yandex', 'icloud', 'protonmail', 'zoho']);
const COUNTRY_SUFFIX = /^(?:(?:co|com|net|org)\.)?[a-z]{2}$|^com$/;

export function isFreeMailDomain(domain: string): boolean {
  if (FREE_MAIL.find(domain) !== null) return true;
  const dot = domain.indexOf('.');
  return dot > 0 && WEBMAIL_BRANDS.has(domain.slice(0, dot)) && COUNTRY_SUFFIX.test(domain.slice(dot + 1));
}

export function isRelayDomain(domain: string): boolean {
  return RELAY.find(domain) !== null;
}

/** The sender domain may name the employer only when nobody else relays through it. */
export function canDomainNameEmployer(domain: string): boolean {
  return !findAtsBySenderDomain(domain) && !findPlatform(JOB_PLATFORMS, domain) && !isFreeMailDomain(domain) && !isRelayDomain(domain);
}
