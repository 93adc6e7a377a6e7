import type { Context } from '../../context.ts';
import { builder } from '../../schema/builder.ts';
import type { UserRow } from '../users/user.entity.ts';
import type { MailAccount } from './mail-account.entity.ts';
import { MAIL_PROVIDERS, SYNC_STATES, type SyncProgress } from './mail-account-state.ts';
import { MailAccountService } from './mail-account.service.ts';

export const MailProviderEnum = builder.enumType('MailProvider', { values: MAIL_PROVIDERS });
export const SyncStateEnum = builder.enumType('SyncState', { values: SYNC_STATES });

export const mailAccounts = (ctx: Context) => new MailAccountService(ctx.em, ctx.viewer as UserRow);

export const SyncProgressRef = builder.objectRef<SyncProgress>('SyncProgress').implement({
  description: 'Coverage of the current or last sync of one mailbox.',
  fields: (t) => ({
    scanned: t.exposeInt('scanned', { description: 'Messages read so far.' }),
    total: t.exposeInt('total', { nullable: true, description: 'Messages this sync will read, when the provider says.' }),
    jobRelated: t.exposeInt('jobRelated'),
    skipped: t.exposeInt('skipped', { description: 'Messages that could not be read or parsed (recorded with a reason).' }),
  }),
});

export const MailAccountRef = builder.loadableNodeRef<MailAccount, string>('MailAccount', {
  id: { resolve: (account) => account.id },
  load: (ids, ctx: Context) => mailAccounts(ctx).loadMany(ids),
});

MailAccountRef.implement({
  description: 'A connected mailbox. Its OAuth tokens never leave the service.',
  fields: (t) => ({
    provider: t.expose('provider', { type: MailProviderEnum }),
    emailAddress: t.exposeString('emailAddress'),
    state: t.expose('state', { type: SyncStateEnum }),
    lastSyncedAt: t.expose('lastSyncedAt', { type: 'DateTime', nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    progress: t.field({ type: SyncProgressRef, resolve: (account) => account.progress }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  mailAccounts: t.field({
    type: [MailAccountRef],
    description: "The viewer's connected mailboxes, oldest first.",
    resolve: (_root, _args, ctx) => mailAccounts(ctx).list(),
  }),
}));
