import { Migration } from '@mikro-orm/migrations';

export class Migration20261124220906 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "snapshot_file" ("source" text not null, "stream" text not null,
         "file" text not null, "started_at" timestamptz not null, "completed_at" timestamptz null,
         "absent_count" int null, constraint "snapshot_file_pkey" primary key ("source", "stream",
         "file"));`,
    );

    this.addSql(`alter table "source_record" add column "absent_since" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "snapshot_file" cascade;`);

    this.addSql(`alter table "source_record" drop column "absent_since";`);
  }
}
