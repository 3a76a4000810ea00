import { Migration } from '@mikro-orm/migrations';

/**
 * Follow-up cases and their transitions; at most one case in a working state per organization and
 * rule; where the hub's own follow-up of the change feed has got to.
 */
export class Migration20261207150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "follow_up_case" ("id" bigserial primary key,
      "organization_id" bigint not null, "rule_set" text not null, "rule" text not null,
      "state" text not null, "region" text null, "assignee" text null, "due" date null,
      "outcome" jsonb null, "opened_by" text not null, "opened_at" timestamptz not null,
      "closed_at" timestamptz null, "closed_by" text null);`);
    this.addSql(`create index "follow_up_case_organization_id_index"
      on "follow_up_case" ("organization_id");`);
    this.addSql(`create index "follow_up_case_region_state_index"
      on "follow_up_case" ("region", "state");`);
    this.addSql(`create unique index "follow_up_case_one_working"
      on "follow_up_case" ("organization_id", "rule_set", "rule")
      where "state" in ('OPEN', 'CONTACTED', 'VISITED', 'FOUNDING');`);
    this.addSql(`create table "follow_up_transition" ("id" bigserial primary key,
      "case_id" bigint not null, "from_state" text null, "to_state" text not null,
      "at" timestamptz not null, "by" text not null, "note" text null);`);
    this.addSql(`create index "follow_up_transition_case_id_at_index"
      on "follow_up_transition" ("case_id", "at");`);
    this.addSql(`create table "follow_up_auto_open" ("rule" text not null,
      "region" text not null, "created_by" text not null, primary key ("rule", "region"));`);
    this.addSql(`create table "follow_up_cursor" ("id" int primary key,
      "last_change_id" bigint not null);`);
    this.addSql(`insert into "follow_up_cursor" values (1,
      coalesce((select max(id) from coverage_change), 0));`);
  }

  override async down(): Promise<void> {
    for (const table of ['follow_up_cursor', 'follow_up_auto_open', 'follow_up_transition'])
      this.addSql(`drop table if exists "${table}";`);
    this.addSql(`drop table if exists "follow_up_case";`);
  }
}
