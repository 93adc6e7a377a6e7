import { Migration } from '@mikro-orm/migrations';

export class Migration20261130053503 extends Migration {

  override name = 'Migration20261130053503';

  override up(): void | Promise<void> {
    this.addSql(`create table "oauth_states" ("id" uuid not null, "state_hash" varchar(64) not null, "user_id" uuid not null, "provider" text not null, "code_verifier" varchar(128) not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "oauth_states" add constraint "oauth_states_state_hash_unique" unique ("state_hash");`);
    this.addSql(`create index "oauth_states_expires_at_index" on "oauth_states" ("expires_at");`);

    this.addSql(`alter table "oauth_states" add constraint "oauth_states_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "oauth_states" add constraint "oauth_states_provider_check" check ("provider" in ('GMAIL', 'OUTLOOK', 'MBOX'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "oauth_states" cascade;`);
  }

}
