import { Migration } from '@mikro-orm/migrations';

/**
 * Links and matcher profiles are rewritten in place by every delta: a changed record's link takes
 * the new version's id and statements, and its organization's profile is rebuilt. Such an update
 * changes no indexed column, so with room on the page (fillfactor 85) it stays there (HOT) and
 * leaves the indexes alone; on full pages every update also inserted into each index, a random page
 * each, and after a checkpoint each of those pages went to the WAL whole. Seen at a million
 * organizations, a 1% delta: the link upsert 1,086 → 298 ms (25,703 → 9,750 full-page images), the
 * profile upsert 534 → 168 ms.
 *
 * For the same reason the index on the link's `source_record_id` goes: that column changes with
 * every version. Readers that looked a record's statements up by it now go by the link's key
 * (source, stream, record key — unique) and check the version, so the view gains those columns.
 */
export class Migration20261203080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "record_link_source_record_id_index";`);
    this.addSql(`alter table "record_link" set (fillfactor = 85);`);
    this.addSql(`alter table "organization_profile" set (fillfactor = 85);`);
    this.addSql(`create or replace view "organization_attribute" as
      select l.organization_id, a.key as name, a.value, l.source, l.source_record_id, l.observed_at,
             l.stream, l.record_key
        from "record_link" l cross join lateral jsonb_each(l.attributes) as a(key, value)
       where l.source_record_id is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view "organization_attribute";`);
    this.addSql(`create view "organization_attribute" as
      select l.organization_id, a.key as name, a.value, l.source, l.source_record_id, l.observed_at
        from "record_link" l cross join lateral jsonb_each(l.attributes) as a(key, value)
       where l.source_record_id is not null;`);
    this.addSql(`alter table "organization_profile" reset (fillfactor);`);
    this.addSql(`alter table "record_link" reset (fillfactor);`);
    this.addSql(
      `create index "record_link_source_record_id_index" on "record_link" ("source_record_id");`,
    );
  }
}
