import { Migration } from '@mikro-orm/migrations';

export class Migration20261127111538 extends Migration {

  override name = 'Migration20261127111538';

  override up(): void | Promise<void> {
    this.addSql(`create table "users" ("id" uuid not null, "email" varchar(320) not null, "name" varchar(200) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(`create table "mail_accounts" ("id" uuid not null, "user_id" uuid not null, "provider" text not null, "email_address" varchar(320) not null, "encrypted_tokens" text null, "sync_cursor" text null, "state" text not null default 'IDLE', "lease_owner" varchar(100) null, "lease_expires_at" timestamptz null, "next_sync_at" timestamptz null, "watch_id" varchar(300) null, "watch_expires_at" timestamptz null, "last_synced_at" timestamptz null, "last_error" text null, "progress" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "mail_accounts_next_sync_at_index" on "mail_accounts" ("next_sync_at");`);
    this.addSql(`create index "mail_accounts_watch_expires_at_index" on "mail_accounts" ("watch_expires_at");`);
    this.addSql(`alter table "mail_accounts" add constraint "mail_accounts_user_id_provider_email_address_unique" unique ("user_id", "provider", "email_address");`);
    this.addSql(`alter table "mail_accounts" add constraint "mail_accounts_provider_check" check ("provider" in ('GMAIL', 'OUTLOOK', 'MBOX'));`);
    this.addSql(`alter table "mail_accounts" add constraint "mail_accounts_state_check" check ("state" in ('IDLE', 'SYNCING', 'ERROR', 'NEEDS_REAUTH'));`);

    this.addSql(`create table "applications" ("id" uuid not null, "user_id" uuid not null, "company" varchar(200) not null, "company_domain" varchar(253) null, "job_title" varchar(300) not null, "status" text not null, "source" text not null, "ats_provider" varchar(100) null, "ats_job_id" varchar(200) null, "applied_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "applications_user_id_created_at_id_index" on "applications" ("user_id", "created_at", "id");`);
    this.addSql(`create index "applications_user_id_status_index" on "applications" ("user_id", "status");`);
    this.addSql(`create index "applications_user_id_ats_provider_ats_job_id_index" on "applications" ("user_id", "ats_provider", "ats_job_id");`);
    this.addSql(`alter table "applications" add constraint "applications_status_check" check ("status" in ('APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED'));`);
    this.addSql(`alter table "applications" add constraint "applications_source_check" check ("source" in ('MANUAL', 'EMAIL'));`);

    this.addSql(`create table "email_threads" ("id" uuid not null, "user_id" uuid not null, "account_id" uuid not null, "provider_thread_id" varchar(300) not null, "subject" varchar(1000) not null default '', "application_id" uuid null, "linked_by_user" boolean not null default false, "participants" jsonb not null, "message_count" int not null default 0, "last_message_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "email_threads_user_id_last_message_at_id_index" on "email_threads" ("user_id", "last_message_at", "id");`);
    this.addSql(`create index "email_threads_application_id_index" on "email_threads" ("application_id");`);
    this.addSql(`alter table "email_threads" add constraint "email_threads_account_id_provider_thread_id_unique" unique ("account_id", "provider_thread_id");`);

    this.addSql(`create table "email_messages" ("id" uuid not null, "account_id" uuid not null, "thread_id" uuid not null, "application_id" uuid null, "provider_message_id" varchar(300) not null, "rfc_message_id" varchar(1000) null, "in_reply_to" varchar(1000) null, "references" jsonb not null, "from_address" varchar(320) not null, "from_name" varchar(300) null, "to_addresses" jsonb not null, "subject" varchar(1000) not null default '', "snippet" varchar(500) not null default '', "received_at" timestamptz not null, "category" varchar(40) null, "confidence" double precision null, "evidence" jsonb not null, "company" varchar(200) null, "job_title" varchar(300) null, "ats_provider" varchar(100) null, "ats_job_id" varchar(200) null, "interview" jsonb null, "offer" jsonb null, "skipped_reason" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "email_messages_thread_id_received_at_index" on "email_messages" ("thread_id", "received_at");`);
    this.addSql(`create index "email_messages_application_id_received_at_index" on "email_messages" ("application_id", "received_at");`);
    this.addSql(`create index "email_messages_rfc_message_id_index" on "email_messages" ("rfc_message_id");`);
    this.addSql(`alter table "email_messages" add constraint "email_messages_account_id_provider_message_id_unique" unique ("account_id", "provider_message_id");`);

    this.addSql(`create table "status_changes" ("id" uuid not null, "application_id" uuid not null, "from_status" text null, "to_status" text not null, "cause" text not null, "message_id" uuid null, "evidence" jsonb not null default '[]', "revert_of_id" uuid null, "reverted_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "status_changes_application_id_created_at_index" on "status_changes" ("application_id", "created_at");`);
    this.addSql(`alter table "status_changes" add constraint "status_changes_from_status_check" check ("from_status" in ('APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED'));`);
    this.addSql(`alter table "status_changes" add constraint "status_changes_to_status_check" check ("to_status" in ('APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED'));`);
    this.addSql(`alter table "status_changes" add constraint "status_changes_cause_check" check ("cause" in ('EMAIL', 'MANUAL', 'REVERT'));`);

    this.addSql(`create table "reviews" ("id" uuid not null, "user_id" uuid not null, "message_id" uuid not null, "kind" text not null, "proposed_application_id" uuid null, "proposed_status" text null, "confidence" double precision not null, "evidence" jsonb not null, "state" text not null default 'PENDING', "resolved_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "reviews_user_id_state_created_at_index" on "reviews" ("user_id", "state", "created_at");`);
    this.addSql(`alter table "reviews" add constraint "reviews_kind_check" check ("kind" in ('MATCH', 'STATUS_CHANGE', 'NEW_APPLICATION'));`);
    this.addSql(`alter table "reviews" add constraint "reviews_proposed_status_check" check ("proposed_status" in ('APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED'));`);
    this.addSql(`alter table "reviews" add constraint "reviews_state_check" check ("state" in ('PENDING', 'ACCEPTED', 'DISMISSED'));`);

    this.addSql(`create table "interviews" ("id" uuid not null, "application_id" uuid not null, "message_id" uuid null, "starts_at" timestamptz null, "ends_at" timestamptz null, "time_zone" varchar(100) null, "organizer" varchar(320) null, "location" varchar(1000) null, "meeting_url" varchar(2000) null, "scheduling_url" varchar(2000) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "interviews_application_id_starts_at_index" on "interviews" ("application_id", "starts_at");`);

    this.addSql(`alter table "mail_accounts" add constraint "mail_accounts_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);

    this.addSql(`alter table "applications" add constraint "applications_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);

    this.addSql(`alter table "email_threads" add constraint "email_threads_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "email_threads" add constraint "email_threads_account_id_foreign" foreign key ("account_id") references "mail_accounts" ("id") on delete cascade;`);
    this.addSql(`alter table "email_threads" add constraint "email_threads_application_id_foreign" foreign key ("application_id") references "applications" ("id") on delete set null;`);

    this.addSql(`alter table "email_messages" add constraint "email_messages_account_id_foreign" foreign key ("account_id") references "mail_accounts" ("id") on delete cascade;`);
    this.addSql(`alter table "email_messages" add constraint "email_messages_thread_id_foreign" foreign key ("thread_id") references "email_threads" ("id") on delete cascade;`);
    this.addSql(`alter table "email_messages" add constraint "email_messages_application_id_foreign" foreign key ("application_id") references "applications" ("id") on delete set null;`);

    this.addSql(`alter table "status_changes" add constraint "status_changes_application_id_foreign" foreign key ("application_id") references "applications" ("id") on delete cascade;`);
    this.addSql(`alter table "status_changes" add constraint "status_changes_message_id_foreign" foreign key ("message_id") references "email_messages" ("id") on delete set null;`);
    this.addSql(`alter table "status_changes" add constraint "status_changes_revert_of_id_foreign" foreign key ("revert_of_id") references "status_changes" ("id") on delete set null;`);

    this.addSql(`alter table "reviews" add constraint "reviews_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "reviews" add constraint "reviews_message_id_foreign" foreign key ("message_id") references "email_messages" ("id") on delete cascade;`);
    this.addSql(`alter table "reviews" add constraint "reviews_proposed_application_id_foreign" foreign key ("proposed_application_id") references "applications" ("id") on delete cascade;`);

    this.addSql(`alter table "interviews" add constraint "interviews_application_id_foreign" foreign key ("application_id") references "applications" ("id") on delete cascade;`);
    this.addSql(`alter table "interviews" add constraint "interviews_message_id_foreign" foreign key ("message_id") references "email_messages" ("id") on delete set null;`);
  }

}
