import { Migration } from '@mikro-orm/migrations';

export class Migration20261130053603 extends Migration {

  override name = 'Migration20261130053603';

  override up(): void | Promise<void> {
    this.addSql(`create table "outbox_events" ("id" bigserial primary key, "topic" varchar(100) not null, "user_id" uuid not null, "payload" jsonb not null, "attempts" int not null default 0, "last_error" varchar(500) null, "created_at" timestamptz not null);`);

    this.addSql(`create or replace function "outbox_events_outbox_events_notify_fn"() returns trigger as \$\$ begin perform pg_notify('outbox_events', ''); return null; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "outbox_events_notify" AFTER INSERT on "outbox_events" for each STATEMENT execute function "outbox_events_outbox_events_notify_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "outbox_events_notify" on "outbox_events";`);
    this.addSql(`drop function if exists "outbox_events_outbox_events_notify_fn"();`);
    this.addSql(`drop table if exists "outbox_events" cascade;`);
  }

}
