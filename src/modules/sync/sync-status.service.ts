import type { EntityManager } from '../../db/orm.ts';
import type { PubSub } from '../../schema/pubsub.ts';
import type { SyncState } from '../accounts/mail-account-state.ts';
import type { MailAccount } from '../accounts/mail-account.entity.ts';
import { MailAccountService } from '../accounts/mail-account.service.ts';
import { ThreadService } from '../threads/thread.service.ts';
import type { UserRow } from '../users/user.entity.ts';
import { requestSyncNow } from './lease-accounts.ts';

export interface SyncStatus {
  state: SyncState;
  lastSyncedAt: Date | null;
  activeThreadCount: number;
  accounts: MailAccount[];
}

/** The header's sync state: one state for all the viewer's mailboxes, and "N Active Threads". */
export class SyncStatusService {
  readonly em: EntityManager;
  readonly viewer: UserRow;
  readonly activeThreadDays: number;

  constructor(em: EntityManager, viewer: UserRow, activeThreadDays: number) {
    this.em = em;
    this.viewer = viewer;
    this.activeThreadDays = activeThreadDays;
  }

  async get(): Promise<SyncStatus> {
    const [accounts, activeThreadCount] = await Promise.all([
      new MailAccountService(this.em, this.viewer).list(),
      new ThreadService(this.em, this.viewer, this.activeThreadDays).activeCount(),
    ]);
    const lastSyncedAt = accounts.reduce<Date | null>((latest, a) => (a.lastSyncedAt && (!latest || a.lastSyncedAt > latest) ? a.lastSyncedAt : latest), null);
    return { state: overallState(accounts.map((a) => a.state)), lastSyncedAt, activeThreadCount, accounts };
  }

  /** "Sync Mail": the accounts (all when no id) are due now and SYNCING; the scheduler starts them within moments. */
  async syncNow(accountId: string | null, pubsub: PubSub, onAccountDue?: (accountId: string) => void): Promise<SyncStatus> {
    // Another user's mailbox is NotFound, like one that never existed.
    if (accountId) await new MailAccountService(this.em, this.viewer).get(accountId);
    const due = await requestSyncNow(this.em, this.viewer.id, accountId ? [accountId] : null);
    for (const id of due) onAccountDue?.(id);
    if (due.length) pubsub.publish('syncStatus', this.viewer.id, { accountId });
    return this.get();
  }
}

/** Any mailbox syncing → SYNCING; else one needing the user → NEEDS_REAUTH; else one failing → ERROR; else IDLE. */
export function overallState(states: readonly SyncState[]): SyncState {
  for (const state of ['SYNCING', 'NEEDS_REAUTH', 'ERROR'] as const) if (states.includes(state)) return state;
  return 'IDLE';
}
