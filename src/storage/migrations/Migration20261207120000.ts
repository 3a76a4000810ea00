import { Migration } from '@mikro-orm/migrations';

/** API keys (hashed) and the audit trail of API operations and exports. */
export class Migration20261207120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" bigserial primary key, "name" text not null,
      "role" text not null, "region" text null, "key_hash" text not null, "prefix" text not null,
      "created_by" text not null, "created_at" timestamptz not null,
      "revoked_at" timestamptz null);`);
    this.addSql(
      `alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`,
    );
    this.addSql(`create table "request_audit" ("id" bigserial primary key,
      "at" timestamptz not null, "subject" text not null, "role" text null, "region" text null,
      "kind" text not null, "operation" text not null, "variables" jsonb null, "rows" int null,
      "outcome" text not null, "duration_ms" int not null);`);
    this.addSql(`create index "request_audit_at_index" on "request_audit" ("at");`);
    this.addSql(
      `create index "request_audit_subject_at_index" on "request_audit" ("subject", "at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "request_audit";`);
    this.addSql(`drop table if exists "api_key";`);
  }
}
