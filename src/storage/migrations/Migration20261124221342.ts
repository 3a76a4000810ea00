import { Migration } from '@mikro-orm/migrations';

export class Migration20261124221342 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "chamber_membership" ("id" bigserial primary key,
         "organization_id" bigint not null, "chamber_name" text not null,
         "chamber_organization_id" bigint null, "role" text null,
         "source_record_id" bigint not null);`,
    );
    this.addSql(
      `create index "chamber_membership_chamber_name_index"
         on "chamber_membership" ("chamber_name");`,
    );
    this.addSql(
      `create index "chamber_membership_organization_id_index"
         on "chamber_membership" ("organization_id");`,
    );

    this.addSql(
      `create table "coverage_edge" ("id" bigserial primary key, "side" text not null,
         "body_id" bigint not null, "organization_id" bigint null, "form" text not null,
         "unit_uscc_raw" text null, "unit_name" text not null, "resolution" jsonb not null);`,
    );
    this.addSql(
      `create index "coverage_edge_side_body_id_index" on "coverage_edge" ("side", "body_id");`,
    );
    this.addSql(
      `create index "coverage_edge_organization_id_index" on "coverage_edge" ("organization_id");`,
    );

    this.addSql(
      `create table "party_organization" ("id" bigserial primary key, "record_key" text not null,
         "name" text not null, "level" text null, "form" text not null, "status" text null,
         "active" boolean not null default true, "division_code" text null,
         "established_on" date null, "area_kind" text null, "area_name" text null,
         "sponsor_name" text null, "sponsor_organization_id" bigint null, "venue" jsonb null,
         "source_record_id" bigint not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "party_organization" add constraint "party_organization_record_key_unique" unique
         ("record_key");`,
    );
    this.addSql(
      `create index "party_organization_division_code_index"
         on "party_organization" ("division_code");`,
    );

    this.addSql(
      `create table "trade_union" ("id" bigserial primary key, "record_key" text not null,
         "uscc" text null, "name" text not null, "form" text not null, "status" text null,
         "active" boolean not null default true, "division_code" text null,
         "established_on" date null, "members" int null, "employees_reported" int null,
         "venue" jsonb null, "source_record_id" bigint not null,
         "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "trade_union" add constraint "trade_union_record_key_unique" unique
         ("record_key");`,
    );
    this.addSql(
      `create index "trade_union_division_code_index" on "trade_union" ("division_code");`,
    );

    this.addSql(`alter table "organization" add column "name_key" text null;`);
    this.addSql(`create index "organization_name_key_index" on "organization" ("name_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "chamber_membership" cascade;`);

    this.addSql(`drop table if exists "coverage_edge" cascade;`);

    this.addSql(`drop table if exists "party_organization" cascade;`);

    this.addSql(`drop table if exists "trade_union" cascade;`);

    this.addSql(`drop index "organization_name_key_index";`);
    this.addSql(`alter table "organization" drop column "name_key";`);
  }
}
