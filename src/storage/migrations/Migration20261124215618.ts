import { Migration } from '@mikro-orm/migrations';

export class Migration20261124215618 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organization" ("id" bigserial primary key, "uscc" text null,
         "name" text not null, "kind" text not null, "status" text null,
         "active" boolean not null default true, "division_code" text null,
         "industry_code" text null, "employees" int null, "created_at" timestamptz not null,
         "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_uscc_unique" unique ("uscc");`,
    );
    this.addSql(`create index "organization_kind_index" on "organization" ("kind");`);
    this.addSql(
      `create index "organization_division_code_index" on "organization" ("division_code");`,
    );

    this.addSql(
      `create table "organization_alias" ("retired_id" bigint not null,
         "organization_id" bigint not null, "reason" text not null,
         "retired_at" timestamptz not null,
         constraint "organization_alias_pkey" primary key ("retired_id"));`,
    );
    this.addSql(
      `create index "organization_alias_organization_id_index"
         on "organization_alias" ("organization_id");`,
    );

    this.addSql(
      `create table "organization_attribute" ("id" bigserial primary key,
         "organization_id" bigint not null, "name" text not null, "value" jsonb not null,
         "source" text not null, "source_record_id" bigint not null,
         "observed_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "organization_attribute_source_record_id_index" on "organization_attribute"
         ("source_record_id");`,
    );
    this.addSql(
      `create index "organization_attribute_organization_id_name_index" on "organization_attribute"
         ("organization_id", "name");`,
    );

    this.addSql(
      `create table "organization_identifier" ("id" bigserial primary key, "scheme" text not null,
         "value" text not null, "organization_id" bigint not null,
         "first_seen_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "organization_identifier_organization_id_index" on "organization_identifier"
         ("organization_id");`,
    );
    this.addSql(
      `alter table "organization_identifier"
         add constraint "organization_identifier_scheme_value_unique" unique ("scheme", "value");`,
    );

    this.addSql(
      `create table "quarantine_entry" ("id" bigserial primary key, "source" text not null,
         "stream" text not null, "run_id" bigint null, "origin" text not null, "position" text null,
         "reason" text not null, "detail" text null, "excerpt" text null, "record_key" text null,
         "created_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "quarantine_entry_source_id_index" on "quarantine_entry" ("source", "id");`,
    );

    this.addSql(
      `create table "record_link" ("id" bigserial primary key, "source" text not null,
         "stream" text not null, "record_key" text not null, "organization_id" bigint not null,
         "weight" double precision not null, "reasons" jsonb not null, "decided_by" text not null,
         "decided_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "record_link_organization_id_index" on "record_link" ("organization_id");`,
    );
    this.addSql(
      `alter table "record_link" add constraint "record_link_source_stream_record_key_unique" unique
         ("source", "stream", "record_key");`,
    );

    this.addSql(
      `create table "source_record" ("id" bigserial primary key, "source" text not null,
         "stream" text not null, "record_key" text not null, "content_hash" text not null,
         "payload" jsonb not null, "canonical" jsonb not null, "origin" text not null,
         "position" text null, "run_id" bigint not null, "is_current" boolean not null default true,
         "first_seen_at" timestamptz not null, "last_seen_at" timestamptz not null,
         "resolved_at" timestamptz null);`,
    );
    this.addSql(
      `create index "source_record_unresolved" on "source_record" ("id")
       where "resolved_at" is null and "is_current";`,
    );
    this.addSql(
      `create unique index "source_record_current_key" on "source_record" ("source", "stream",
         "record_key") where "is_current";`,
    );
    this.addSql(
      `alter table "source_record"
         add constraint "source_record_source_stream_record_key_content_hash_unique" unique
         ("source", "stream", "record_key", "content_hash");`,
    );

    this.addSql(
      `create table "sync_run" ("id" bigserial primary key, "source" text not null,
         "state" text not null default 'running', "full" boolean not null default false,
         "job_id" text null, "fetched" int not null default 0, "new_count" int not null default 0,
         "changed" int not null default 0, "unchanged" int not null default 0,
         "quarantined" int not null default 0, "error" text null, "started_at" timestamptz not null,
         "finished_at" timestamptz null);`,
    );
    this.addSql(
      `create index "sync_run_source_started_at_index" on "sync_run" ("source", "started_at");`,
    );

    this.addSql(
      `create table "sync_state" ("source" text not null, "stream" text not null,
         "checkpoint" jsonb not null, "last_run_id" bigint null, "updated_at" timestamptz not null,
         constraint "sync_state_pkey" primary key ("source", "stream"));`,
    );

    this.addSql(
      `alter table "organization_alias" add constraint "organization_alias_organization_id_foreign"
         foreign key ("organization_id") references "organization" ("id") on update cascade
         on delete cascade;`,
    );

    this.addSql(
      `alter table "organization_attribute"
         add constraint "organization_attribute_organization_id_foreign"
         foreign key ("organization_id") references "organization" ("id") on update cascade
         on delete cascade;`,
    );

    this.addSql(
      `alter table "organization_identifier"
         add constraint "organization_identifier_organization_id_foreign"
         foreign key ("organization_id") references "organization" ("id") on update cascade
         on delete cascade;`,
    );

    this.addSql(
      `alter table "record_link" add constraint "record_link_organization_id_foreign"
         foreign key ("organization_id") references "organization" ("id") on update cascade
         on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "organization_alias"
         drop constraint "organization_alias_organization_id_foreign";`,
    );

    this.addSql(
      `alter table "organization_attribute"
         drop constraint "organization_attribute_organization_id_foreign";`,
    );

    this.addSql(
      `alter table "organization_identifier"
         drop constraint "organization_identifier_organization_id_foreign";`,
    );

    this.addSql(`alter table "record_link" drop constraint "record_link_organization_id_foreign";`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "organization_alias" cascade;`);

    this.addSql(`drop table if exists "organization_attribute" cascade;`);

    this.addSql(`drop table if exists "organization_identifier" cascade;`);

    this.addSql(`drop table if exists "quarantine_entry" cascade;`);

    this.addSql(`drop table if exists "record_link" cascade;`);

    this.addSql(`drop table if exists "source_record" cascade;`);

    this.addSql(`drop table if exists "sync_run" cascade;`);

    this.addSql(`drop table if exists "sync_state" cascade;`);
  }
}
