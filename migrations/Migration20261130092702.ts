import { Migration } from '@mikro-orm/migrations';

export class Migration20261130092702 extends Migration {

  override name = 'Migration20261130092702';

  override up(): void | Promise<void> {
    this.addSql(`alter table "mail_accounts" add "recheck_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "mail_accounts" drop column "recheck_at";`);
  }

}
