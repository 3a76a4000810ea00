import { Migration } from '@mikro-orm/migrations';

/**
 * Re-resolution: organizations whose matcher profile changed wait in `profile_dirty` for their
 * neighbourhood to be looked at again, floating organizations (no USCC) are indexed for its sweep,
 * roster references resolved by a name alone are indexed by it, and every merge is logged in
 * `organization_merge`. The merges people made before this are taken over from the audit trail.
 */
export class Migration20261206200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "profile_dirty" ("organization_id" bigint not null,
      constraint "profile_dirty_pkey" primary key ("organization_id"));`);
    this.addSql(`create table "organization_merge" ("id" bigserial primary key,
      "survivor_id" bigint not null, "retired_id" bigint not null, "decided_by" text not null,
      "evidence" jsonb not null, "merged_at" timestamptz not null);`);
    this.addSql(`create index "organization_merge_survivor_id_index"
      on "organization_merge" ("survivor_id");`);
    this.addSql(`create index "organization_merge_retired_id_index"
      on "organization_merge" ("retired_id");`);
    this.addSql(`create index "organization_floating"
      on "organization" ("id") where "uscc" is null;`);
    this.addSql(`create index "record_link_named_unit"
      on "record_link" (("reasons"->0->>'nameKey')) where "decided_by" = 'rule:name';`);
    this.addSql(`create index "coverage_edge_named_unit"
      on "coverage_edge" (("resolution"->>'nameKey')) where "resolution"->>'how' = 'name';`);
    this.addSql(`insert into "organization_merge"
        (survivor_id, retired_id, decided_by, evidence, merged_at)
      select (detail->>'survivor')::bigint, (detail->>'retired')::bigint, 'person:' || actor,
             jsonb_build_object('reason', reason), at
        from "audit_entry" where action = 'merge-organizations';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "coverage_edge_named_unit";`);
    this.addSql(`drop index "record_link_named_unit";`);
    this.addSql(`drop index "organization_floating";`);
    this.addSql(`drop table "organization_merge";`);
    this.addSql(`drop table "profile_dirty";`);
  }
}
