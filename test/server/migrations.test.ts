import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

describe('migrations', () => {
  it('describe exactly the entities (run `npm run migration:create` after changing one)', async () => {
    const pending = await database.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(pending.trim()).toBe('');
  });

  it('hold the unique keys a sync relies on', async () => {
    const rows = await database.orm.em.fork().getConnection().execute<{ indexname: string }[]>(
      "select indexname from pg_indexes where schemaname = 'public' and indexdef like 'CREATE UNIQUE%'",
    );
    const names = rows.map((r) => r.indexname);
    expect(names).toEqual(
      expect.arrayContaining([
        'email_messages_account_id_provider_message_id_unique',
        'email_threads_account_id_provider_thread_id_unique',
        'mail_accounts_user_id_provider_email_address_unique',
        'users_email_unique',
      ]),
    );
  });
});
