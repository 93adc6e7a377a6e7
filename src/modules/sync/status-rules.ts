import type { ApplicationStatus } from '../applications/application-status.ts';
import type { EmailCategory } from '../../classifier/index.ts';

/** Forward order of statuses; REJECTED ends an application and outranks everything. */
const RANK: Record<ApplicationStatus, number> = {
  APPLIED: 0,
  INTERVIEWING: 1,
  TECHNICAL_ROUND: 2,
  OFFER_EXTENDED: 3,
  REJECTED: 4,
};

/** DESIGN.md "Status rules": the statuses each category moves from, and where to. */
const MOVES: Partial<Record<EmailCategory, { from: readonly ApplicationStatus[]; to: ApplicationStatus }>> = {
  INTERVIEW_INVITATION: { from: ['APPLIED'], to: 'INTERVIEWING' },
  NEXT_ROUND: { from: ['APPLIED', 'INTERVIEWING'], to: 'TECHNICAL_ROUND' },
  OFFER: { from: ['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND'], to: 'OFFER_EXTENDED' },
  REJECTION: { from: ['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED'], to: 'REJECTED' },
};

export interface StatusRuleOptions {
  /** The current status was set by the user (a manual change or a revert). */
  manual: boolean;
  /** When the user set it, and when the message was received: the user's word is newer than older mail. */
  statusSetAt?: Date;
  receivedAt?: Date;
}

/**
 * The status an automatic (email) move leads to, or null when the message moves nothing.
 * Moves only go forward, so a status the user set is never moved backwards; and mail received
 * before the user set a status never moves it at all (the user decided knowing that mail).
 */
export function nextStatus(current: ApplicationStatus, category: EmailCategory, options: StatusRuleOptions): ApplicationStatus | null {
  const move = MOVES[category];
  if (!move || !move.from.includes(current)) return null;
  if (RANK[move.to] <= RANK[current]) return null;
  if (options.manual && options.statusSetAt && options.receivedAt && options.receivedAt < options.statusSetAt) return null;
  return move.to;
}

/** The status a new application found by email starts at: APPLIED, or where its first message moves it. */
export function startingStatus(category: EmailCategory): ApplicationStatus {
  return nextStatus('APPLIED', category, { manual: false }) ?? 'APPLIED';
}

export function statusRank(status: ApplicationStatus): number {
  return RANK[status];
}
