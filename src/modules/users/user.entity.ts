import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The ApplyTrack account that owns applications and mailboxes. */
export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    email: p.string().length(320).unique(),
    name: p.string().length(200).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type User = InferEntity<typeof UserSchema>;

/**
 * A user as operations read it (the viewer): its columns. The viewer cache holds such plain rows;
 * code relates rows to the viewer by `viewer.id`, never by assigning it to an entity.
 */
export type UserRow = Pick<User, 'id' | 'email' | 'name' | 'createdAt'>;
