import { Migration } from '@mikro-orm/migrations';

/** The change feed: each gap opened or closed and each threshold crossed, per rule set. */
export class Migration20261207130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "coverage_change" ("id" bigserial primary key,
      "rule_set" text not null, "organization_id" bigint not null, "rule" text not null,
      "change" text not null, "at" timestamptz not null, "division" text null,
      "industry_section" text null, "kind" text null, "category" text null,
      "reason" jsonb null);`);
    this.addSql(
      `create index "coverage_change_rule_set_at_id_index"
         on "coverage_change" ("rule_set", "at", "id");`,
    );
    this.addSql(
      `create index "coverage_change_organization_id_at_index"
         on "coverage_change" ("organization_id", "at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "coverage_change";`);
  }
}
