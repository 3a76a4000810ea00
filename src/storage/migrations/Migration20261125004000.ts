import { Migration } from '@mikro-orm/migrations';

export class Migration20261125004000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "golden_dirty" ("organization_id" bigint not null,
         constraint "golden_dirty_pkey" primary key ("organization_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "golden_dirty" cascade;`);
  }
}
