import { Migration } from '@mikro-orm/migrations';

/** Pending resolution moves from `source_record.resolved_at` to a narrow queue table. */
export class Migration20261125010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "resolution_queue" ("source_record_id" bigint not null, "entity" text not null,
         "uscc_shard" smallint null,
         constraint "resolution_queue_pkey" primary key ("source_record_id"));`,
    );
    this.addSql(`insert into "resolution_queue" ("source_record_id", "entity", "uscc_shard")
      select id, canonical->>'entity',
             abs(hashtext((select c->>'normalized'
               from jsonb_array_elements(canonical->'identifiers') c
                            where c->>'scheme' = 'uscc' and (c->>'valid')::boolean limit 1))) % 16
        from "source_record" where "resolved_at" is null and "is_current";`);
    this.addSql(`drop index "source_record_unresolved";`);
    this.addSql(`alter table "source_record" drop column "resolved_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "source_record" add column "resolved_at" timestamptz null;`);
    this.addSql(
      `update "source_record" s set "resolved_at" = now()
       where not exists (select 1 from "resolution_queue" q where q.source_record_id = s.id);`,
    );
    this.addSql(
      `create index "source_record_unresolved" on "source_record" ("id")
       where "resolved_at" is null and "is_current";`,
    );
    this.addSql(`drop table if exists "resolution_queue" cascade;`);
  }
}
