import { Migration } from '@mikro-orm/migrations';

export class Migration20261124221603 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create index "organization_name_trgm" on "organization" using gin ("name" gin_trgm_ops);`,
    );
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "actor" text not null,
         "action" text not null, "reason" text null, "detail" jsonb not null,
         "at" timestamptz not null);`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(
      `create table "link_override" ("source" text not null, "stream" text not null,
         "record_key" text not null, "kind" text not null, "organization_id" bigint not null,
         "decided_by" text not null, "reason" text null, "decided_at" timestamptz not null,
         constraint "link_override_pkey" primary key ("source", "stream", "record_key", "kind"));`,
    );

    this.addSql(
      `create table "link_review" ("id" bigserial primary key, "source" text not null,
         "stream" text not null, "record_key" text not null, "current_organization_id" bigint null,
         "candidate_organization_id" bigint not null, "weight" double precision not null,
         "reasons" jsonb not null, "status" text not null default 'open',
         "created_at" timestamptz not null, "decided_by" text null, "decided_at" timestamptz null,
         "note" text null);`,
    );
    this.addSql(`create index "link_review_status_id_index" on "link_review" ("status", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "organization_name_trgm";`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "link_override" cascade;`);

    this.addSql(`drop table if exists "link_review" cascade;`);
  }
}
