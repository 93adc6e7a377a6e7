import type { ApplicationStatus } from '../applications/application-status.ts';
import { companyKey, sameCompany } from './normalize-company.ts';
import { titleSimilarity } from './job-title.ts';

/** What the matcher needs to know of one of the user's applications. */
export interface ApplicationCandidate {
  id: string;
  company: string;
  companyDomain: string | null;
  jobTitle: string;
  status: ApplicationStatus;
  atsProvider: string | null;
  atsJobId: string | null;
}

export interface MatchSignals {
  /** The application the message's thread is already linked to. */
  threadApplicationId: string | null;
  company: string | null;
  companyDomain: string | null;
  jobTitle: string | null;
  atsProvider: string | null;
  atsJobId: string | null;
}

export type MatchMethod = 'THREAD' | 'ATS_ID' | 'COMPANY_TITLE' | 'COMPANY_ONLY';

export type MatchResult =
  | { applicationId: string; method: MatchMethod; confidence: number; evidence: string }
  | { applicationId: null; ambiguous: readonly string[]; evidence: string };

/** Title similarity at which two titles at one company are the same job. */
export const TITLE_MATCH_SIMILARITY = 0.6;
/** Placeholder title of an application created from mail that named no role. */
export const UNKNOWN_TITLE = 'Unknown role';

/**
 * DESIGN.md "Matching", in order: the thread's link; an ATS job id; company plus job title (fuzzy,
 * seniority kept). A message that names only the company joins that company's single application
 * with less confidence; with several it is ambiguous (the caller asks the user).
 */
export function matchApplication(signals: MatchSignals, candidates: readonly ApplicationCandidate[]): MatchResult {
  if (signals.threadApplicationId && candidates.some((c) => c.id === signals.threadApplicationId)) {
    return { applicationId: signals.threadApplicationId, method: 'THREAD', confidence: 1, evidence: 'the thread is linked to this application' };
  }
  if (signals.atsJobId) {
    const byAts = candidates.find(
      (c) => c.atsJobId === signals.atsJobId && (!c.atsProvider || !signals.atsProvider || c.atsProvider === signals.atsProvider),
    );
    if (byAts) return { applicationId: byAts.id, method: 'ATS_ID', confidence: 0.95, evidence: `ATS job id ${signals.atsJobId}` };
  }
  const atCompany = candidates.filter(
    (c) =>
      sameCompany(c.company, signals.company) ||
      (signals.companyDomain !== null && c.companyDomain !== null && c.companyDomain === signals.companyDomain),
  );
  if (atCompany.length === 0) return { applicationId: null, ambiguous: [], evidence: 'no application at this company' };
  const companyName = signals.company ?? atCompany[0]!.company;

  if (signals.jobTitle && signals.jobTitle !== UNKNOWN_TITLE) {
    let best: { candidate: ApplicationCandidate; similarity: number } | null = null;
    for (const candidate of atCompany) {
      const similarity = candidate.jobTitle === UNKNOWN_TITLE ? 0 : titleSimilarity(candidate.jobTitle, signals.jobTitle);
      if (!best || similarity > best.similarity) best = { candidate, similarity };
    }
    if (best && best.similarity >= TITLE_MATCH_SIMILARITY) {
      return {
        applicationId: best.candidate.id,
        method: 'COMPANY_TITLE',
        confidence: 0.7 + 0.25 * best.similarity,
        evidence: `company ${companyName} and title "${signals.jobTitle}" ~ "${best.candidate.jobTitle}"`,
      };
    }
    // A role named in the mail that none of the company's applications has: a different job,
    // unless the only application there has no known title yet.
    const untitled = atCompany.filter((c) => c.jobTitle === UNKNOWN_TITLE);
    if (untitled.length === 1) {
      return { applicationId: untitled[0]!.id, method: 'COMPANY_ONLY', confidence: 0.7, evidence: `company ${companyName}; the application had no title yet` };
    }
    return { applicationId: null, ambiguous: [], evidence: `no application for "${signals.jobTitle}" at ${companyName}` };
  }
  if (atCompany.length === 1) {
    return { applicationId: atCompany[0]!.id, method: 'COMPANY_ONLY', confidence: 0.7, evidence: `company ${companyName} (its only application; the mail names no role)` };
  }
  // Prefer the one application still open when the others have ended.
  const open = atCompany.filter((c) => c.status !== 'REJECTED');
  if (open.length === 1) {
    return { applicationId: open[0]!.id, method: 'COMPANY_ONLY', confidence: 0.55, evidence: `company ${companyName} (its only open application; the mail names no role)` };
  }
  return {
    applicationId: null,
    ambiguous: atCompany.map((c) => c.id),
    evidence: `${atCompany.length} applications at ${companyName} and the mail names no role`,
  };
}

