import { Migration } from '@mikro-orm/migrations';

/**
 * Which version of a record is current, and when the record was last seen, move off the wide
 * landing rows into `current_record` (see CurrentRecord): superseding a version and refreshing
 * `last_seen_at` (every record of a full snapshot, on every pull of it) no longer copy whole
 * versions.
 * `source_record` becomes append-only; the view `current_source_record` gives the current versions
 * with the columns the landing rows had.
 */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "current_record" ("source" text not null, "stream" text not null,
                   "record_key" text not null,
      "source_record_id" bigint not null, "content_hash" text not null, "observed_at" text null,
        "last_seen_at" timestamptz not null,
      "absent_since" timestamptz null, constraint "current_record_pkey" primary key ("source",
        "stream", "record_key")) with (fillfactor = 85);`);
    this.addSql(`insert into "current_record" (source, stream, record_key, source_record_id,
                   content_hash, observed_at, last_seen_at, absent_since)
      select source, stream, record_key, id, content_hash, canonical->>'observedAt', last_seen_at,
             absent_since from "source_record" where is_current;`);
    this.addSql(`drop index "source_record_current_key";`);
    this.addSql(
      `alter table "source_record" drop column "is_current", drop column "last_seen_at",
         drop column "absent_since";`,
    );
    this.addSql(CURRENT_SOURCE_RECORD);
    // Planned from the first pull on: a table the planner never saw analyzed is scanned, not looked
    // up by key.
    this.addSql(`analyze "current_record";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view "current_source_record";`);
    this.addSql(`alter table "source_record" add column "is_current" boolean not null default false,
      add column "last_seen_at" timestamptz null, add column "absent_since" timestamptz null;`);
    this.addSql(`update "source_record" s set is_current = c.source_record_id = s.id,
      last_seen_at = case when c.source_record_id = s.id then c.last_seen_at
        else s.first_seen_at end,
      absent_since = case when c.source_record_id = s.id then c.absent_since end
      from "current_record" c where c.source = s.source and c.stream = s.stream
        and c.record_key = s.record_key;`);
    this.addSql(
      `update "source_record" set last_seen_at = first_seen_at where last_seen_at is null;`,
    );
    this.addSql(
      `alter table "source_record" alter column "last_seen_at"
       set not null, alter column "is_current" set default true;`,
    );
    this.addSql(
      `create unique index "source_record_current_key" on "source_record" ("source", "stream",
         "record_key") where "is_current";`,
    );
    this.addSql(`drop table "current_record";`);
  }
}

/**
 * The current version of each record, with the columns the landing rows had. The key columns come
 * from `current_record`, so that filters and orders on them use its primary key.
 */
const CURRENT_SOURCE_RECORD = `create view "current_source_record" as
  select s.id, c.source, c.stream, c.record_key, s.content_hash, s.payload, s.canonical, s.origin,
         s.position, s.run_id, s.first_seen_at, c.last_seen_at, c.absent_since
    from "current_record" c join "source_record" s on s.id = c.source_record_id;`;
