import type { EntityManager } from '../../db/orm.ts';
import { UserSchema, type User } from './user.entity.ts';

/** Finds the user with this email, creating them on first use (e-mail compared case-insensitively). */
export async function findOrCreateUser(em: EntityManager, email: string, name?: string): Promise<{ user: User; created: boolean }> {
  const normalized = email.trim().toLowerCase();
  const existing = await em.findOne(UserSchema, { email: normalized });
  if (existing) return { user: existing, created: false };
  const user = em.create(UserSchema, { email: normalized, name: name ?? null });
  await em.flush();
  return { user, created: true };
}
