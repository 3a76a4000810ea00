import { Migration } from '@mikro-orm/migrations';

export class Migration20261124225157 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "blocking_key" ("key" text not null, "organization_id" bigint not null,
         constraint "blocking_key_pkey" primary key ("key", "organization_id"));`,
    );
    this.addSql(
      `create index "blocking_key_organization_id_index" on "blocking_key" ("organization_id");`,
    );

    this.addSql(
      `create table "organization_profile" ("organization_id" bigint not null,
         "profile" jsonb not null,
         constraint "organization_profile_pkey" primary key ("organization_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "blocking_key" cascade;`);

    this.addSql(`drop table if exists "organization_profile" cascade;`);
  }
}
