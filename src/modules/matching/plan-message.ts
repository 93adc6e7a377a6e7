import { STATUS_CATEGORIES, type Classification, type EmailCategory } from '../../classifier/index.ts';
import type { MatchResult } from './match-application.ts';

/** Below this, a match, a status move or a new application is not applied: the user reviews it. */
export const CONFIDENCE_THRESHOLD = 0.6;

export type MessagePlan =
  /** Not job-related: nothing is stored. */
  | { kind: 'IGNORE' }
  /** Job-related, joins its thread; linked to an application when one matched; moves no status. */
  | { kind: 'ATTACH'; applicationId: string | null; confidence: number; evidence: string[] }
  /** Matched: the status rules decide what the category does to the application. */
  | { kind: 'APPLY'; applicationId: string; category: EmailCategory; confidence: number; evidence: string[] }
  /** No application matched a confirmation or a status-bearing mail: a new one (source EMAIL). */
  | { kind: 'CREATE'; company: string; jobTitle: string | null; category: EmailCategory; confidence: number; evidence: string[] }
  /** Too unsure to act: held as a Review. */
  | {
      kind: 'REVIEW';
      reviewKind: 'MATCH' | 'STATUS_CHANGE' | 'NEW_APPLICATION';
      proposedApplicationId: string | null;
      category: EmailCategory;
      confidence: number;
      evidence: string[];
    };

const STATUS_BEARING = new Set<EmailCategory>(STATUS_CATEGORIES);

/**
 * What one classified, matched message does. Job alerts, outreach and other job mail never create
 * an application; anything below CONFIDENCE_THRESHOLD becomes a Review instead of a change.
 */
export function planMessage(
  classification: Pick<Classification, 'category' | 'isJobRelated' | 'confidence' | 'evidence'>,
  match: MatchResult,
  company: string | null,
  jobTitle: string | null,
): MessagePlan {
  const { category } = classification;
  if (!classification.isJobRelated || category === 'NOT_JOB_RELATED') return { kind: 'IGNORE' };
  const evidence = [...classification.evidence, match.evidence];

  if (!STATUS_BEARING.has(category)) {
    const linked = match.applicationId !== null && ('method' in match ? match.method === 'THREAD' || match.confidence >= CONFIDENCE_THRESHOLD : false);
    return { kind: 'ATTACH', applicationId: linked ? match.applicationId : null, confidence: classification.confidence, evidence };
  }

  if (match.applicationId !== null) {
    const confidence = Math.min(classification.confidence, match.confidence);
    if (match.confidence < CONFIDENCE_THRESHOLD) {
      return { kind: 'REVIEW', reviewKind: 'MATCH', proposedApplicationId: match.applicationId, category, confidence, evidence };
    }
    if (classification.confidence < CONFIDENCE_THRESHOLD) {
      return { kind: 'REVIEW', reviewKind: 'STATUS_CHANGE', proposedApplicationId: match.applicationId, category, confidence, evidence };
    }
    return { kind: 'APPLY', applicationId: match.applicationId, category, confidence, evidence };
  }

  if (match.ambiguous.length > 0) {
    return { kind: 'REVIEW', reviewKind: 'MATCH', proposedApplicationId: null, category, confidence: classification.confidence, evidence };
  }
  if (!company || classification.confidence < CONFIDENCE_THRESHOLD) {
    const why = company ? evidence : [...evidence, 'the mail does not say which company'];
    return { kind: 'REVIEW', reviewKind: 'NEW_APPLICATION', proposedApplicationId: null, category, confidence: company ? classification.confidence : 0, evidence: why };
  }
  return { kind: 'CREATE', company, jobTitle, category, confidence: classification.confidence, evidence };
}

