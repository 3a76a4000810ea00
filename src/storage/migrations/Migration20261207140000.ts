import { Migration } from '@mikro-orm/migrations';

/** Webhook subscriptions to the change feed and their delivery log. */
export class Migration20261207140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "webhook_subscription" ("id" bigserial primary key,
      "url" text not null, "events" text[] not null, "rule" text null, "region" text null,
      "rule_set" text not null default 'shaanxi-2021', "secret" text not null,
      "last_change_id" bigint not null default 0, "active" boolean not null default true,
      "created_by" text not null, "created_at" timestamptz not null);`);
    this.addSql(`create table "webhook_delivery" ("id" bigserial primary key,
      "subscription_id" bigint not null, "change_id" bigint not null,
      "status" text not null default 'pending', "attempts" int not null default 0,
      "last_status" int null, "last_error" text null, "created_at" timestamptz not null,
      "delivered_at" timestamptz null);`);
    this.addSql(`alter table "webhook_delivery" add constraint
      "webhook_delivery_subscription_id_change_id_unique" unique ("subscription_id",
        "change_id");`);
    this.addSql(`create index "webhook_delivery_subscription_id_id_index"
      on "webhook_delivery" ("subscription_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook_subscription";`);
  }
}
