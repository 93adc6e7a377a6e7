import { Migration } from '@mikro-orm/migrations';

export class Migration20261127120028 extends Migration {

  override name = 'Migration20261127120028';

  override up(): void | Promise<void> {
    this.addSql(`alter table "email_messages" alter column "category" type text using ("category"::text);`);
    this.addSql(`alter table "email_messages" add constraint "email_messages_category_check" check ("category" in ('APPLICATION_RECEIVED', 'INTERVIEW_INVITATION', 'NEXT_ROUND', 'OFFER', 'REJECTION', 'RECRUITER_OUTREACH', 'JOB_ALERT', 'OTHER_JOB_RELATED', 'NOT_JOB_RELATED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "email_messages" drop constraint "email_messages_category_check";`);
    this.addSql(`alter table "email_messages" alter column "category" type varchar(40) using ("category"::varchar(40));`);
  }

}
