import type { EntityManager } from '../../db/orm.ts';
import { NotFoundError } from '../../schema/errors.ts';
import type { UserRow } from '../users/user.entity.ts';
import { MailAccountSchema, type MailAccount } from './mail-account.entity.ts';

/** Reads of the viewer's connected mailboxes; connecting and syncing live in their own services. */
export class MailAccountService {
  readonly em: EntityManager;
  readonly viewer: UserRow;

  constructor(em: EntityManager, viewer: UserRow) {
    this.em = em;
    this.viewer = viewer;
  }

  /** Read afresh (`refresh`): a sync in another EntityManager moves state and progress while this one lives. */
  list(): Promise<MailAccount[]> {
    return this.em.find(MailAccountSchema, { user: this.viewer.id }, { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true });
  }

  /** The viewer's accounts by id, in the order asked; another user's id is NotFound. */
  async loadMany(ids: readonly string[]): Promise<(MailAccount | Error)[]> {
    const rows = await this.em.find(MailAccountSchema, { id: { $in: [...ids] }, user: this.viewer.id });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new NotFoundError('MailAccount', id));
  }

  async get(id: string): Promise<MailAccount> {
    const account = await this.em.findOne(MailAccountSchema, { id, user: this.viewer.id });
    if (!account) throw new NotFoundError('MailAccount', id);
    return account;
  }
}
