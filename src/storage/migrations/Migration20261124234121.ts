import { Migration } from '@mikro-orm/migrations';

export class Migration20261124234121 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "match_model" ("id" bigserial primary key, "model" jsonb not null,
         "records" int not null, "pairs" int not null, "iterations" int not null,
         "converged" boolean not null, "active" boolean not null default true,
         "created_at" timestamptz not null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "match_model" cascade;`);
  }
}
