import { Migration } from '@mikro-orm/migrations';

export class Migration20261130052610 extends Migration {

  override name = 'Migration20261130052610';

  override up(): void | Promise<void> {
    this.addSql(`drop index "status_changes_application_id_created_at_index";`);
    // Existing history gets its order from the times it was written (ties by id), as it was read before.
    this.addSql(`alter table "status_changes" add "sequence" int null;`);
    this.addSql(`update "status_changes" s set "sequence" = o.n from (select "id", row_number() over (partition by "application_id" order by "created_at", "id") as n from "status_changes") o where s."id" = o."id";`);
    this.addSql(`alter table "status_changes" alter column "sequence" set not null;`);
    // Concurrent reverts could undo one change several times before this key existed: the earliest undo keeps the link.
    this.addSql(`update "status_changes" s set "revert_of_id" = null where "revert_of_id" is not null and exists (select 1 from "status_changes" e where e."revert_of_id" = s."revert_of_id" and (e."created_at", e."id") < (s."created_at", s."id"));`);
    this.addSql(`alter table "status_changes" add constraint "status_changes_application_id_sequence_unique" unique ("application_id", "sequence");`);
    this.addSql(`alter table "status_changes" add constraint "status_changes_revert_of_id_unique" unique ("revert_of_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "status_changes" drop constraint "status_changes_application_id_sequence_unique";`);
    this.addSql(`alter table "status_changes" drop constraint "status_changes_revert_of_id_unique";`);
    this.addSql(`alter table "status_changes" drop column "sequence";`);
    this.addSql(`create index "status_changes_application_id_created_at_index" on "status_changes" ("application_id", "created_at");`);
  }

}
