import { Migration } from '@mikro-orm/migrations';

/**
 * Storage settings for bulk loads and deltas.
 *
 * Room on organization pages (fillfactor 60) for the golden-value updates that follow a record's
 * arrival: an update that changes no indexed column then stays on its page (HOT) and leaves the
 * six indexes, the trigram GIN above all, untouched (seen at 100k organizations: updating the
 * employees of three quarters of them took 4.4 s at the default fillfactor, 1.9 s at 60). New pages
 * get the room; existing ones as they are rewritten.
 *
 * No planner statistics for the wide jsonb documents: no query filters on them as columns (only on
 * expressions, which these statistics do not describe), yet sorting a sample of them was most of
 * every ANALYZE of the landing and graph tables a bulk load runs (seen: 1.1 s → 0.75 s for
 * source_record at 100k organizations, 1.5 s → 0.9 s for coverage_fact).
 *
 * And the matcher's view of organizations that merges retired (their profiles and blocking keys
 * were left behind, and a record resembling one was linked to a deleted id) is dropped.
 */
export class Migration20261202050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "source_record" alter column "payload" set statistics 0, alter column "canonical"
       set statistics 0;`,
    );
    this.addSql(
      `alter table "record_link" alter column "attributes" set statistics 0, alter column "reasons"
       set statistics 0;`,
    );
    this.addSql(
      `alter table "coverage_fact" alter column "facts"
       set statistics 0, alter column "flag_reasons" set statistics 0;`,
    );
    this.addSql(`alter table "organization_profile" alter column "profile" set statistics 0;`);
    this.addSql(`alter table "organization" set (fillfactor = 60);`);
    this.addSql(
      `delete from "blocking_key" b
       where not exists (select 1 from "organization" o where o.id = b.organization_id);`,
    );
    this.addSql(
      `delete from "organization_profile" p
       where not exists (select 1 from "organization" o where o.id = p.organization_id);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "source_record" alter column "payload"
       set statistics -1, alter column "canonical" set statistics -1;`,
    );
    this.addSql(
      `alter table "record_link" alter column "attributes" set statistics -1, alter column "reasons"
       set statistics -1;`,
    );
    this.addSql(
      `alter table "coverage_fact" alter column "facts"
       set statistics -1, alter column "flag_reasons" set statistics -1;`,
    );
    this.addSql(`alter table "organization_profile" alter column "profile" set statistics -1;`);
    this.addSql(`alter table "organization" reset (fillfactor);`);
  }
}
