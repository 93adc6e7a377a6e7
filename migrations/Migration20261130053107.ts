import { Migration } from '@mikro-orm/migrations';

export class Migration20261130053107 extends Migration {

  override name = 'Migration20261130053107';

  override up(): void | Promise<void> {
    this.addSql(`alter table "applications" add "offer" jsonb null;`);

    this.addSql(`drop index "email_messages_rfc_message_id_index";`);
    this.addSql(`alter table "email_messages" alter column "thread_id" drop not null;`);
    this.addSql(`create index "email_messages_account_id_rfc_message_id_index" on "email_messages" ("account_id", "rfc_message_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "applications" drop column "offer";`);

    this.addSql(`drop index "email_messages_account_id_rfc_message_id_index";`);
    this.addSql(`alter table "email_messages" alter column "thread_id" set not null;`);
    this.addSql(`create index "email_messages_rfc_message_id_index" on "email_messages" ("rfc_message_id");`);
  }

}
