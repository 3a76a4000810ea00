import { Migration } from '@mikro-orm/migrations';

export class Migration20261124222423 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "coverage_dirty" ("organization_id" bigint not null,
         "marked_at" timestamptz not null,
         constraint "coverage_dirty_pkey" primary key ("organization_id"));`,
    );

    this.addSql(
      `create table "coverage_fact" ("id" bigserial primary key, "organization_id" bigint not null,
         "rule_set" text not null, "valid_from" timestamptz not null, "valid_to" timestamptz null,
         "facts" jsonb not null, "kind" text not null, "category" text not null,
         "active" boolean not null, "in_scope" boolean not null, "out_of_scope_reason" text null,
         "division" text null, "city" text null, "street" text null, "park" text null,
         "industry_code" text null, "industry_section" text null, "employees" int null,
         "employees_source" text null, "employees_unknown" boolean not null,
         "party_members" int not null, "party_coverage" text not null,
         "union_coverage" text not null, "p1_required" boolean not null, "p1_met" boolean not null,
         "p1_gap" boolean not null, "u1_required" boolean not null, "u1_met" boolean not null,
         "u1_gap" boolean not null, "k1_target" boolean not null, "k1_party_gap" boolean not null,
         "k1_union_gap" boolean not null, "m1" boolean not null, "m2" boolean not null,
         "c1_gap" boolean not null, "j1_party" boolean not null, "j1_union" boolean not null);`,
    );
    this.addSql(
      `create index "coverage_fact_organization_id_rule_set_valid_from_index"
         on "coverage_fact" ("organization_id", "rule_set", "valid_from");`,
    );
    this.addSql(
      `create unique index "coverage_fact_current" on "coverage_fact" ("rule_set",
         "organization_id") where "valid_to" is null;`,
    );

    this.addSql(
      `create table "coverage_rollup" ("rule_set" text not null, "division" text not null,
         "industry_section" text not null, "kind" text not null, "category" text not null,
         "organizations" int not null, "not_yet_established" int not null, "in_scope" int not null,
         "out_of_scope" int not null, "inactive" int not null, "public_economic" int not null,
         "employees_unknown" int not null, "p1_required" int not null, "p1_met" int not null,
         "p1_gap" int not null, "u1_required" int not null, "u1_met" int not null,
         "u1_gap" int not null, "k1_targets" int not null, "k1_party_gaps" int not null,
         "k1_union_gaps" int not null, "m1" int not null, "m2" int not null, "c1_gaps" int not null,
         "j1_party" int not null, "j1_union" int not null, "party_covered" int not null,
         "party_work_only" int not null, "union_covered" int not null, "dual_covered" int not null,
         constraint "coverage_rollup_pkey" primary key ("rule_set", "division", "industry_section",
         "kind", "category"));`,
    );

    this.addSql(
      `create table "joint_meeting" ("id" bigserial primary key, "region" text not null,
         "held_on" date not null, "title" text null, "recorded_by" text not null,
         "recorded_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "joint_meeting_region_held_on_index" on "joint_meeting" ("region", "held_on");`,
    );
    this.addSql(
      `create index "coverage_fact_p1_gap" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "p1_gap";`,
    );
    this.addSql(
      `create index "coverage_fact_u1_gap" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "u1_gap";`,
    );
    this.addSql(
      `create index "coverage_fact_k1_party_gap" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "k1_party_gap";`,
    );
    this.addSql(
      `create index "coverage_fact_k1_union_gap" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "k1_union_gap";`,
    );
    this.addSql(
      `create index "coverage_fact_m1" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "m1";`,
    );
    this.addSql(
      `create index "coverage_fact_m2" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "m2";`,
    );
    this.addSql(
      `create index "coverage_fact_c1_gap" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "c1_gap";`,
    );
    this.addSql(
      `create index "coverage_fact_j1_party" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "j1_party";`,
    );
    this.addSql(
      `create index "coverage_fact_j1_union" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "j1_union";`,
    );
    this.addSql(
      `create index "coverage_fact_k1_target" on "coverage_fact" ("rule_set", "organization_id")
       where "valid_to" is null and "k1_target";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "coverage_dirty" cascade;`);

    this.addSql(`drop table if exists "coverage_fact" cascade;`);

    this.addSql(`drop table if exists "coverage_rollup" cascade;`);

    this.addSql(`drop table if exists "joint_meeting" cascade;`);
  }
}
