import { ServiceUnavailableError } from '../../schema/errors.ts';
import { isDeliveryInterrupted } from '../../schema/pubsub.ts';
import type { Context } from '../../context.ts';
import { loadOncePerEvent } from '../../schema/subscription-event.ts';
import { builder } from '../../schema/builder.ts';
import { parseGlobalId } from '../../schema/global-id.ts';
import { MailAccountRef, SyncStateEnum } from '../accounts/mail-account.schema.ts';
import { ApplicationRef } from '../applications/application.schema.ts';
import type { Interview } from '../applications/interview.entity.ts';
import { InterviewRef, OfferDetailsRef } from '../classification/classification.schema.ts';
import type { InterviewDetails } from '../../classifier/index.ts';
import type { UserRow } from '../users/user.entity.ts';
import { interviewsOfApplications } from './extracted-details.ts';
import { SyncStatusService, type SyncStatus } from './sync-status.service.ts';

const syncStatus = (ctx: Context) => new SyncStatusService(ctx.em, ctx.viewer as UserRow, ctx.config.activeThreadDays);

const SyncStatusRef = builder.objectRef<SyncStatus>('SyncStatus').implement({
  description: "The viewer's mail sync: one state over all mailboxes, and the header's active thread count.",
  fields: (t) => ({
    state: t.expose('state', { type: SyncStateEnum }),
    lastSyncedAt: t.expose('lastSyncedAt', { type: 'DateTime', nullable: true }),
    activeThreadCount: t.exposeInt('activeThreadCount'),
    accounts: t.field({ type: [MailAccountRef], resolve: (status) => status.accounts }),
  }),
});

builder.objectField(ApplicationRef, 'interviews', (t) =>
  t.loadableList({
    type: InterviewRef,
    description: 'Interviews found in mail (calendar invites, scheduling links), soonest first.',
    load: async (ids: string[], ctx: Context) => (await interviewsOfApplications(ctx.em, ids)).map((rows) => rows.map(interviewDetails)),
    resolve: (application) => application.id,
  }),
);

builder.objectField(ApplicationRef, 'offer', (t) =>
  t.field({
    type: OfferDetailsRef,
    nullable: true,
    description: 'What the latest offer letter said, when one arrived.',
    resolve: (application) => application.offer ?? null,
  }),
);

builder.queryFields((t) => ({
  syncStatus: t.field({
    type: SyncStatusRef,
    resolve: (_root, _args, ctx) => syncStatus(ctx).get(),
  }),
}));

builder.mutationFields((t) => ({
  syncMail: t.field({
    type: SyncStatusRef,
    description: '"Sync Mail": starts a sync of the account (all accounts when no id) now and answers at once.',
    args: { accountId: t.arg.id() },
    resolve: (_root, args, ctx) =>
      syncStatus(ctx).syncNow(args.accountId ? parseGlobalId(String(args.accountId), 'MailAccount', 'accountId') : null, ctx.pubsub, ctx.onAccountDue),
  }),
}));

builder.subscriptionFields((t) => ({
  syncStatus: t.field({
    type: SyncStatusRef,
    description: 'Every change of sync state, progress or activeThreadCount, after it is committed.',
    subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe('syncStatus', (ctx.viewer as UserRow).id),
    resolve: (event, _args, ctx) => {
      if (isDeliveryInterrupted(event)) throw new ServiceUnavailableError(`Live updates are interrupted: ${event.deliveryInterrupted}`);
      return loadOncePerEvent(event, ctx, (eventCtx) => syncStatus(eventCtx).get());
    },
  }),
}));

function interviewDetails(row: Interview): InterviewDetails {
  return {
    start: row.startsAt ?? null,
    end: row.endsAt ?? null,
    timeZone: row.timeZone ?? null,
    organizer: row.organizer ?? null,
    location: row.location ?? null,
    meetingUrl: row.meetingUrl ?? null,
    meetingProvider: meetingProviderOf(row.meetingUrl ?? null),
    schedulingUrl: row.schedulingUrl ?? null,
    schedulingProvider: null,
  };
}

function meetingProviderOf(url: string | null): InterviewDetails['meetingProvider'] {
  if (!url) return null;
  const host = (() => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  })();
  if (/(^|\.)zoom\.us$/.test(host)) return 'ZOOM';
  if (host === 'meet.google.com') return 'GOOGLE_MEET';
  if (/(^|\.)teams\.(microsoft|live)\.com$/.test(host)) return 'TEAMS';
  if (/(^|\.)webex\.com$/.test(host)) return 'WEBEX';
  return 'OTHER';
}
