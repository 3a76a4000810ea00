import { Migration } from '@mikro-orm/migrations';

/**
 * Attributes move onto the record link (one row per record instead of one per value); the table
 * `organization_attribute` becomes a view with the same columns, so readers keep their SQL.
 */
export class Migration20261125001500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "record_link" add column "source_record_id" bigint null,
         add column "attributes" jsonb not null default '{}',
         add column "observed_at" timestamptz null;`,
    );
    this.addSql(
      `create index "record_link_source_record_id_index" on "record_link" ("source_record_id");`,
    );
    this.addSql(`update "record_link" l set "source_record_id" = a.source_record_id,
                   "attributes" = a.attributes, "observed_at" = a.observed_at
      from (select s.source, s.stream, s.record_key, a.source_record_id,
        jsonb_object_agg(a.name, a.value) as attributes, max(a.observed_at) as observed_at
              from "organization_attribute" a join "source_record" s on s.id = a.source_record_id
             group by s.source, s.stream, s.record_key, a.source_record_id) a
     where l.source = a.source and l.stream = a.stream and l.record_key = a.record_key;`);
    this.addSql(`drop table "organization_attribute";`);
    this.addSql(`create view "organization_attribute" as
      select l.organization_id, a.key as name, a.value, l.source, l.source_record_id, l.observed_at
        from "record_link" l cross join lateral jsonb_each(l.attributes) as a(key, value)
       where l.source_record_id is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view "organization_attribute";`);
    this.addSql(
      `create table "organization_attribute" ("id" bigserial primary key,
         "organization_id" bigint not null, "name" text not null, "value" jsonb not null,
         "source" text not null, "source_record_id" bigint not null,
         "observed_at" timestamptz not null);`,
    );
    this.addSql(`insert into "organization_attribute" (organization_id, name, value, source,
                   source_record_id, observed_at)
      select l.organization_id, a.key, a.value, l.source, l.source_record_id, l.observed_at
        from "record_link" l cross join lateral jsonb_each(l.attributes) as a(key, value)
        where l.source_record_id is not null;`);
    this.addSql(
      `create index "organization_attribute_source_record_id_index" on "organization_attribute"
         ("source_record_id");`,
    );
    this.addSql(
      `create index "organization_attribute_organization_id_name_index" on "organization_attribute"
         ("organization_id", "name");`,
    );
    this.addSql(
      `alter table "organization_attribute"
         add constraint "organization_attribute_organization_id_foreign"
         foreign key ("organization_id") references "organization" ("id") on update cascade
         on delete cascade;`,
    );
    this.addSql(
      `alter table "record_link" drop column "source_record_id", drop column "attributes",
         drop column "observed_at";`,
    );
  }
}
