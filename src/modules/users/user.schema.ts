import { Utils, wrap } from '@mikro-orm/core';
import type { Context } from '../../context.ts';
import { builder } from '../../schema/builder.ts';
import { NotFoundError } from '../../schema/errors.ts';
import type { UserRow } from './user.entity.ts';

export const UserRef = builder.loadableNodeRef<UserRow, string>('User', {
  id: { resolve: (user) => user.id },
  // A user can only see themself.
  load: async (ids, ctx: Context) => ids.map((id) => (ctx.viewer?.id === id ? ctx.viewer : new NotFoundError('User', id))),
});

UserRef.implement({
  description: 'The ApplyTrack account.',
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: UserRef,
    description: 'The signed-in user.',
    // A plain row, except while the database was down: then the context holds only a reference (see context.ts): load it, or fail as the database does.
    resolve: async (_root, _args, ctx) => {
      const viewer = ctx.viewer!;
      return Utils.isEntity(viewer) && !wrap(viewer).isInitialized() ? ((await wrap(viewer).init()) as UserRow) : viewer;
    },
  }),
}));
