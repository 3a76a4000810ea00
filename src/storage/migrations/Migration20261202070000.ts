import { Migration } from '@mikro-orm/migrations';

/**
 * The name frequency statistics are kept in the database, shared by all processes (see
 * NameFrequencyStatistic).
 */
export class Migration20261202070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "name_frequency_statistic" ("singleton" boolean not null default true,
         "total" bigint not null, "typical_frequency" double precision not null,
         "organizations" double precision not null, "computed_at" timestamptz not null,
         constraint "name_frequency_statistic_pkey" primary key ("singleton"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "name_frequency_statistic" cascade;`);
  }
}
