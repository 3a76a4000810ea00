import { Migration } from '@mikro-orm/migrations';

/**
 * Queue entries say whether they are the first version of their record key (no earlier link to look
 * up).
 */
export class Migration20261202060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "resolution_queue" add column "first_version" boolean not null default false;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resolution_queue" drop column "first_version";`);
  }
}
