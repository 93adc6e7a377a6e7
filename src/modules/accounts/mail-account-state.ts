export const MAIL_PROVIDERS = ['GMAIL', 'OUTLOOK', 'MBOX'] as const;
export type MailProvider = (typeof MAIL_PROVIDERS)[number];

export const SYNC_STATES = ['IDLE', 'SYNCING', 'ERROR', 'NEEDS_REAUTH'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** Coverage of the current or last sync of one mailbox. */
export interface SyncProgress {
  scanned: number;
  total: number | null;
  jobRelated: number;
  skipped: number;
}

export const EMPTY_SYNC_PROGRESS: SyncProgress = { scanned: 0, total: null, jobRelated: 0, skipped: 0 };
