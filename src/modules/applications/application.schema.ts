import { z } from 'zod';
import type { Context } from '../../context.ts';
import { loadOncePerEvent } from '../../schema/subscription-event.ts';
import { builder } from '../../schema/builder.ts';
import { ServiceUnavailableError } from '../../schema/errors.ts';
import { displayText, searchText } from '../../schema/display-text.ts';
import { parseGlobalId } from '../../schema/global-id.ts';
import { selectsField } from '../../schema/selection.ts';
import { isDeliveryInterrupted } from '../../schema/pubsub.ts';
import type { UserRow } from '../users/user.entity.ts';
import type { ApplicationRow } from './application.entity.ts';
import { APPLICATION_SOURCES, APPLICATION_STATUSES, STATUS_CHANGE_CAUSES } from './application-status.ts';
import { ApplicationService, statusHistoryOf } from './application.service.ts';
import type { StatusChangeRow } from './status-change.entity.ts';
import type { StatusEventRows } from './status-event-row.ts';

export const ApplicationStatusEnum = builder.enumType('ApplicationStatus', { values: APPLICATION_STATUSES });
export const ApplicationSourceEnum = builder.enumType('ApplicationSource', { values: APPLICATION_SOURCES });
export const StatusChangeCauseEnum = builder.enumType('StatusChangeCause', { values: STATUS_CHANGE_CAUSES });

/** The service for the signed-in viewer (resolvers below only run once scope-auth has checked the viewer). */
export const applications = (ctx: Context) => new ApplicationService(ctx.em, ctx.viewer as UserRow);

export const ApplicationRef = builder.loadableNodeRef<ApplicationRow, string>('Application', {
  id: { resolve: (application) => application.id },
  load: (ids, ctx: Context) => applications(ctx).loadMany(ids),
});

export const StatusChangeRef = builder.loadableNodeRef<StatusChangeRow, string>('StatusChange', {
  id: { resolve: (change) => change.id },
  load: (ids, ctx: Context) => applications(ctx).loadStatusChanges(ids),
});

ApplicationRef.implement({
  description: 'A job the viewer applied to, with its status and how it got there.',
  fields: (t) => ({
    company: t.exposeString('company'),
    companyDomain: t.exposeString('companyDomain', { nullable: true }),
    jobTitle: t.exposeString('jobTitle'),
    status: t.expose('status', { type: ApplicationStatusEnum }),
    source: t.expose('source', { type: ApplicationSourceEnum }),
    atsProvider: t.exposeString('atsProvider', { nullable: true }),
    atsJobId: t.exposeString('atsJobId', { nullable: true }),
    appliedAt: t.expose('appliedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    statusHistory: t.loadableList({
      type: StatusChangeRef,
      description: 'Every status move, oldest first.',
      load: (ids: string[], ctx: Context) => statusHistoryOf(ctx.em, ids),
      resolve: (application) => application.id,
    }),
  }),
});

StatusChangeRef.implement({
  description: 'One status move of an application: from, to, why, and the evidence.',
  fields: (t) => ({
    from: t.expose('fromStatus', { type: ApplicationStatusEnum, nullable: true }),
    to: t.expose('toStatus', { type: ApplicationStatusEnum }),
    cause: t.expose('cause', { type: StatusChangeCauseEnum }),
    evidence: t.exposeStringList('evidence'),
    reverted: t.boolean({ resolve: (change) => change.revertedAt !== null }),
    revertedAt: t.expose('revertedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    application: t.field({ type: ApplicationRef, resolve: (change) => change.application.id }),
  }),
});

const company = displayText(200);
const jobTitle = displayText(300);
const companyDomain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, 'must be at most 253 characters')
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain name like acme.com');
const shortText = displayText;

const CreateApplicationInput = builder.inputType('CreateApplicationInput', {
  fields: (t) => ({
    company: t.string({ required: true, validate: company }),
    jobTitle: t.string({ required: true, validate: jobTitle }),
    companyDomain: t.string({ validate: companyDomain }),
    status: t.field({ type: ApplicationStatusEnum, description: 'Defaults to APPLIED.' }),
    atsProvider: t.string({ validate: shortText(100) }),
    atsJobId: t.string({ validate: shortText(200) }),
    appliedAt: t.field({ type: 'DateTime', description: 'Defaults to now.' }),
  }),
});

const UpdateApplicationInput = builder.inputType('UpdateApplicationInput', {
  description:
    'Fields left out (or null for company, jobTitle, status) are unchanged; null clears an optional field. A status change is recorded in the history with cause MANUAL.',
  fields: (t) => ({
    id: t.id({ required: true }),
    company: t.string({ validate: company }),
    jobTitle: t.string({ validate: jobTitle }),
    companyDomain: t.string({ validate: companyDomain }),
    status: t.field({ type: ApplicationStatusEnum }),
    atsProvider: t.string({ validate: shortText(100) }),
    atsJobId: t.string({ validate: shortText(200) }),
    appliedAt: t.field({ type: 'DateTime' }),
  }),
});

const ApplicationConnection = builder.connectionObject({
  type: ApplicationRef,
  name: 'ApplicationConnection',
  fields: (t) => ({
    totalCount: t.int({ description: 'How many match the filters, over all pages.', resolve: (connection) => connection.totalCount() }),
  }),
});

builder.queryFields((t) => ({
  applications: t.field({
    type: ApplicationConnection,
    description: "The viewer's applications, newest first.",
    args: {
      ...t.arg.connectionArgs(),
      status: t.arg({ type: [ApplicationStatusEnum], description: 'Only these statuses.' }),
      search: t.arg.string({
        description: 'Matches company or job title (case-insensitive, compatibility forms such as full-width letters included).',
        validate: searchText(200),
      }),
    },
    resolve: (_root, args, ctx, info) =>
      applications(ctx).list(
        args,
        { status: args.status && [...new Set(args.status)], search: args.search },
        { countNow: selectsField(info, 'totalCount') },
      ),
  }),
}));

builder.mutationFields((t) => ({
  createApplication: t.field({
    type: ApplicationRef,
    args: { input: t.arg({ type: CreateApplicationInput, required: true }) },
    resolve: (_root, { input }, ctx) => applications(ctx).create(input),
  }),
  updateApplication: t.field({
    type: ApplicationRef,
    args: { input: t.arg({ type: UpdateApplicationInput, required: true }) },
    resolve: (_root, { input: { id, ...fields } }, ctx) =>
      applications(ctx).update(parseGlobalId(String(id), 'Application', 'input.id'), fields),
  }),
  deleteApplication: t.field({
    type: 'ID',
    description: 'Deletes the application with its history; answers the deleted id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      await applications(ctx).delete(parseGlobalId(String(id), 'Application', 'id'));
      return id;
    },
  }),
  revertStatusChange: t.field({
    type: ApplicationRef,
    description: "Undoes an application's latest status move.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => applications(ctx).revert(parseGlobalId(String(id), 'StatusChange', 'id')),
  }),
}));

const ApplicationStatusEvent = builder
  .objectRef<StatusEventRows>('ApplicationStatusEvent')
  .implement({
    description: "A status move of one of the viewer's applications.",
    fields: (t) => ({
      application: t.field({ type: ApplicationRef, resolve: (event) => event.application }),
      change: t.field({ type: StatusChangeRef, resolve: (event) => event.change }),
    }),
  });

builder.subscriptionFields((t) => ({
  applicationStatusChanged: t.field({
    type: ApplicationStatusEvent,
    description: "Every status move of the viewer's applications (manual, automatic or revert), after it is committed.",
    subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe('applicationStatusChanged', (ctx.viewer as UserRow).id),
    resolve: (event, _args, ctx) => {
      // The pubsub lost Redis: say so (the subscription stays open; held events follow once it is back).
      if (isDeliveryInterrupted(event)) throw new ServiceUnavailableError(`Live updates are interrupted: ${event.deliveryInterrupted}`);
      return loadOncePerEvent(event, ctx, (eventCtx) => applications(eventCtx).loadStatusEvent(event));
    },
  }),
}));
