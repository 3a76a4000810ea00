import { Migration } from '@mikro-orm/migrations';

export class Migration20261124231548 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "coverage_rollup_state" ("rule_set" text not null,
         "refreshed_at" timestamptz not null,
         constraint "coverage_rollup_state_pkey" primary key ("rule_set"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "coverage_rollup_state" cascade;`);
  }
}
