import { type Classification, type EmailAddress } from '../../classifier/index.ts';
import { canDomainNameEmployer } from '../../classifier/read/ats-senders.ts';

export interface Employer {
  company: string | null;
  /** The employer's own domain, only when the sender wrote from it (not an ATS, platform or free mail). */
  companyDomain: string | null;
}

/**
 * Who the message is about. The classifier reads the company from the display name, ATS links and
 * wording; the sender's domain names the employer only when nobody else relays through it.
 */
export function employerOf(classification: Pick<Classification, 'company'>, from: EmailAddress): Employer {
  const domain = from.address.split('@')[1]?.toLowerCase() ?? '';
  const companyDomain = domain && canDomainNameEmployer(domain) ? registrableDomain(domain) : null;
  return { company: classification.company ?? (companyDomain ? companyFromDomain(companyDomain) : null), companyDomain };
}

/** "mail.careers.acme.co.uk" → "acme.co.uk": good enough for naming, not a public-suffix list. */
export function registrableDomain(domain: string): string {
  const parts = domain.split('.');
  const secondLevel = parts.length >= 3 && /^(co|com|org|net|ac|gov)$/.test(parts[parts.length - 2]!) && parts[parts.length - 1]!.length === 2;
  return parts.slice(secondLevel ? -3 : -2).join('.');
}

/** "acme-robotics.com" → "Acme Robotics". */
export function companyFromDomain(domain: string): string {
  const label = domain.split('.')[0] ?? domain;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}
