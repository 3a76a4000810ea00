import { Migration } from '@mikro-orm/migrations';
import { BACKFILL_COVERAGE_CHANGES } from '../../coverage-stage/record-coverage-changes';

/**
 * The change feed: each gap opened or closed and each threshold crossed, per rule set, filled
 * from the fact history evaluated so far.
 */
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
    // The history already evaluated becomes the feed's past.
    this.addSql(BACKFILL_COVERAGE_CHANGES);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "coverage_change";`);
  }
}
