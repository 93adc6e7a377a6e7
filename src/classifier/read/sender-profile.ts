/** What the From line alone says: an ATS, a job platform, an assessment service, a recruiting mailbox, a person. */

import type { EmailAddress } from '../classification.types.ts';
import type { AtsProvider, JobPlatform } from './ats-senders.ts';
import {
  ASSESSMENT_PLATFORMS,
  JOB_PLATFORMS,
  SCREENING_PLATFORMS,
  WORK_TOOL_PLATFORMS,
  canDomainNameEmployer,
  findAtsBySenderDomain,
  findPlatform,
  isFreeMailDomain,
} from './ats-senders.ts';
import { domainOf, localPartOf } from '../prepare/parse-address.ts';

export interface SenderProfile {
  address: string;
  name: string;
  domain: string;
  localPart: string;
  ats: AtsProvider | null;
  platform: JobPlatform | null;
  /** A test or video-interview service (HackerRank, HireVue, …) sending on an employer's behalf. */
  assessment: JobPlatform | null;
  /** A background-check service (Checkr, HireRight, …) screening for an employer. */
  screening: JobPlatform | null;
  freeMail: boolean;
  /** An issue tracker, code host or team chat notifying about work (GitHub, Jira, Slack, …). */
  workTool: JobPlatform | null;
  /** Display name or mailbox says recruiting ("Acme Talent Acquisition", careers@…). */
  recruitingMailbox: boolean;
  /** The matched recruiting word, for evidence. */
  recruitingWord: string | null;
  /** The sender's own domain could name the employer. */
  domainNamesEmployer: boolean;
}

const RECRUITING_LOCAL_PARTS = /(?:^|[._+-])(?:careers?|jobs?|recruit\w*|talent\w*|hiring|hr|staffing|workday|applicants?|candidates?)(?:$|[._+-])/;

/** `recruitingName` matches a recruiting word in a lower-cased display name. */
export function profileSender(from: EmailAddress, recruitingName: RegExp): SenderProfile {
  const address = from.address.toLowerCase();
  const domain = domainOf(address);
  const localPart = localPartOf(address);
  const name = (from.name ?? '').trim();
  const lowerName = name.toLowerCase();
  let recruitingWord: string | null = recruitingName.exec(lowerName.slice(0, 200))?.[0] ?? null;
  const localMatch = RECRUITING_LOCAL_PARTS.exec(localPart.slice(0, 100));
  if (!recruitingWord && localMatch) recruitingWord = localMatch[0].replace(/[._+-]/g, '');
  return {
    address,
    name,
    domain,
    localPart,
    ats: findAtsBySenderDomain(domain),
    platform: findPlatform(JOB_PLATFORMS, domain),
    assessment: findPlatform(ASSESSMENT_PLATFORMS, domain),
    screening: findPlatform(SCREENING_PLATFORMS, domain),
    freeMail: isFreeMailDomain(domain),
    workTool: findPlatform(WORK_TOOL_PLATFORMS, domain),
    recruitingMailbox: recruitingWord !== null,
    recruitingWord,
    domainNamesEmployer: domain.length > 0 && canDomainNameEmployer(domain),
  };
}
