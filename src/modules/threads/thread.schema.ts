import { ServiceUnavailableError } from '../../schema/errors.ts';
import { isDeliveryInterrupted } from '../../schema/pubsub.ts';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { loadOncePerEvent } from '../../schema/subscription-event.ts';
import { builder } from '../../schema/builder.ts';
import { parseGlobalId } from '../../schema/global-id.ts';
import { selectsField } from '../../schema/selection.ts';
import { ApplicationRef } from '../applications/application.schema.ts';
import { EmailCategoryEnum } from '../classification/classification.schema.ts';
import type { UserRow } from '../users/user.entity.ts';
import type { EmailMessage } from './email-message.entity.ts';
import type { EmailThread } from './email-thread.entity.ts';
import { isThreadActive } from './thread-activity.ts';
import { messagesOfThreads, ThreadService, threadsOfApplications } from './thread.service.ts';

export const threads = (ctx: Context) => new ThreadService(ctx.em, ctx.viewer as UserRow, ctx.config.activeThreadDays);

export const EmailThreadRef = builder.loadableNodeRef<EmailThread, string>('EmailThread', {
  id: { resolve: (thread) => thread.id },
  load: (ids, ctx: Context) => threads(ctx).loadMany(ids),
});

export const EmailMessageRef = builder.objectRef<EmailMessage>('EmailMessage').implement({
  description: 'One synced message: headers, a snippet and what classification made of it (full bodies are not stored).',
  fields: (t) => ({
    rfcMessageId: t.exposeString('rfcMessageId', { nullable: true }),
    fromAddress: t.exposeString('fromAddress'),
    fromName: t.exposeString('fromName', { nullable: true }),
    toAddresses: t.exposeStringList('toAddresses'),
    subject: t.exposeString('subject'),
    snippet: t.exposeString('snippet'),
    receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
    category: t.expose('category', { type: EmailCategoryEnum, nullable: true }),
    confidence: t.float({ nullable: true, resolve: (message) => (message.confidence == null ? null : Number(message.confidence)) }),
    evidence: t.exposeStringList('evidence'),
    company: t.exposeString('company', { nullable: true }),
    jobTitle: t.exposeString('jobTitle', { nullable: true }),
    atsProvider: t.exposeString('atsProvider', { nullable: true }),
    atsJobId: t.exposeString('atsJobId', { nullable: true }),
  }),
});

EmailThreadRef.implement({
  description: 'A recruiter conversation, linked to the application it is about.',
  fields: (t) => ({
    subject: t.exposeString('subject'),
    participants: t.exposeStringList('participants'),
    messageCount: t.exposeInt('messageCount'),
    lastMessageAt: t.expose('lastMessageAt', { type: 'DateTime', nullable: true }),
    linkedByUser: t.exposeBoolean('linkedByUser', { description: 'The user chose the application; later messages follow it.' }),
    isActive: t.boolean({
      description: 'The application is not REJECTED and the last message is younger than ACTIVE_THREAD_DAYS.',
      resolve: (thread, _args, ctx) => isThreadActive({ lastMessageAt: thread.lastMessageAt ?? null }, thread.application?.status ?? null, ctx.config.activeThreadDays, new Date()),
    }),
    application: t.field({ type: ApplicationRef, nullable: true, resolve: (thread) => thread.application?.id ?? null }),
    messages: t.loadableList({
      type: EmailMessageRef,
      description: 'The messages of the thread, oldest first.',
      load: (ids: string[], ctx: Context) => messagesOfThreads(ctx.em, ids),
      resolve: (thread) => thread.id,
    }),
  }),
});

builder.objectField(ApplicationRef, 'threads', (t) =>
  t.loadableList({
    type: EmailThreadRef,
    description: 'The email threads about this application, latest first.',
    load: (ids: string[], ctx: Context) => threadsOfApplications(ctx.em, ids),
    resolve: (application) => application.id,
  }),
);

const EmailThreadConnection = builder.connectionObject({
  type: EmailThreadRef,
  name: 'EmailThreadConnection',
  fields: (t) => ({
    totalCount: t.int({ description: 'How many match, over all pages.', resolve: (connection) => connection.totalCount() }),
  }),
});

builder.queryFields((t) => ({
  threads: t.field({
    type: EmailThreadConnection,
    description: "The viewer's recruiter threads, latest message first.",
    args: {
      ...t.arg.connectionArgs(),
      activeOnly: t.arg.boolean({ description: 'Only active threads (see EmailThread.isActive).', validate: z.boolean().nullable() }),
    },
    resolve: (_root, args, ctx, info) => threads(ctx).list(args, args.activeOnly ?? false, { countNow: selectsField(info, 'totalCount') }),
  }),
}));

builder.mutationFields((t) => ({
  linkThread: t.field({
    type: EmailThreadRef,
    description: "Links a thread to one of the viewer's applications; its later messages follow the link.",
    args: { threadId: t.arg.id({ required: true }), applicationId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      threads(ctx).link(
        parseGlobalId(String(args.threadId), 'EmailThread', 'threadId'),
        parseGlobalId(String(args.applicationId), 'Application', 'applicationId'),
      ),
  }),
}));

builder.subscriptionFields((t) => ({
  threadUpdated: t.field({
    type: EmailThreadRef,
    description: "A thread of the viewer's gained a message or a link (after it is committed).",
    subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe('threadUpdated', (ctx.viewer as UserRow).id),
    resolve: (event, _args, ctx) => {
      if (isDeliveryInterrupted(event)) throw new ServiceUnavailableError(`Live updates are interrupted: ${event.deliveryInterrupted}`);
      return loadOncePerEvent(event, ctx, (eventCtx) => threads(eventCtx).get(event.threadId));
    },
  }),
}));
