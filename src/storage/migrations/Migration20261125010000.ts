import { Migration } from '@mikro-orm/migrations';

/** Pending resolution moves from `source_record.resolved_at` to a narrow queue table. */
export class Migration20261125010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "resolution_queue" ("source_record_id" bigint not null, "entity" text not null, "has_uscc" boolean not null, constraint "resolution_queue_pkey" primary key ("source_record_id"));`);
    this.addSql(`create index "resolution_queue_entity_has_uscc_source_record_id_index" on "resolution_queue" ("entity", "has_uscc", "source_record_id");`);
    this.addSql(`insert into "resolution_queue" ("source_record_id", "entity", "has_uscc")
      select id, canonical->>'entity', canonical->'identifiers' @> '[{"scheme": "uscc", "valid": true}]'
        from "source_record" where "resolved_at" is null and "is_current";`);
    this.addSql(`drop index "source_record_unresolved";`);
    this.addSql(`alter table "source_record" drop column "resolved_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "source_record" add column "resolved_at" timestamptz null;`);
    this.addSql(`update "source_record" s set "resolved_at" = now() where not exists (select 1 from "resolution_queue" q where q.source_record_id = s.id);`);
    this.addSql(`create index "source_record_unresolved" on "source_record" ("id") where "resolved_at" is null and "is_current";`);
    this.addSql(`drop table if exists "resolution_queue" cascade;`);
  }

}
