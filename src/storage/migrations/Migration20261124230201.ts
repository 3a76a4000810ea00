import { Migration } from '@mikro-orm/migrations';

export class Migration20261124230201 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "coverage_fact" add column "building" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "coverage_fact" drop column "building";`);
  }
}
