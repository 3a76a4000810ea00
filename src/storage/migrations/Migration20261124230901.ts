import { Migration } from '@mikro-orm/migrations';

export class Migration20261124230901 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "coverage_fact" add column "flag_reasons" jsonb not null default '[]';`,
    );
    this.addSql(
      `update "coverage_fact"
       set "flag_reasons" = (select coalesce(jsonb_agg(r), '[]')
         from jsonb_array_elements("facts"->'reasons') r where r ? 'flag');`,
    );
    this.addSql(`alter table "coverage_fact" alter column "flag_reasons" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "coverage_fact" drop column "flag_reasons";`);
  }
}
