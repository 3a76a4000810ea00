import { Migration } from '@mikro-orm/migrations';

/** The follow-up cases a joint meeting (rule A1) reviewed. */
export class Migration20261207160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "joint_meeting" add column "reviewed_case_ids" bigint[] not null default '{}';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "joint_meeting" drop column "reviewed_case_ids";`);
  }
}
