import type { ApplicationStatus } from '../applications/application-status.ts';

/**
 * DESIGN.md: a thread is active while its application is not REJECTED and its last message is
 * younger than ACTIVE_THREAD_DAYS. A thread linked to no application (a job alert, cold outreach)
 * tracks no application and is not counted.
 */
export function isThreadActive(
  thread: { lastMessageAt: Date | null },
  applicationStatus: ApplicationStatus | null,
  activeThreadDays: number,
  now: Date,
): boolean {
  if (!applicationStatus || applicationStatus === 'REJECTED' || !thread.lastMessageAt) return false;
  return thread.lastMessageAt.getTime() > activeSince(activeThreadDays, now).getTime();
}

export function activeSince(activeThreadDays: number, now: Date): Date {
  return new Date(now.getTime() - activeThreadDays * 86_400_000);
}
