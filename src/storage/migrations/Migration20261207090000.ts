import { Migration } from '@mikro-orm/migrations';

/**
 * A rule set is known by its content: the digest it was last evaluated under is kept beside its
 * rollup, so an edited rule set (same id, new thresholds) is seen and evaluated again.
 */
export class Migration20261207090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "coverage_rollup_state" add column "digest" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "coverage_rollup_state" drop column "digest";`);
  }
}
