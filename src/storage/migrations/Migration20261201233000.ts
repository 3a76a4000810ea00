import { Migration } from '@mikro-orm/migrations';

/**
 * Roster records with unresolved references get a table of their own (found without scanning the
 * landing zone).
 */
export class Migration20261201233000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "unresolved_reference" ("source_record_id" bigint not null,
         constraint "unresolved_reference_pkey" primary key ("source_record_id"));`,
    );
    this.addSql(`insert into "unresolved_reference" ("source_record_id")
      select p.source_record_id from coverage_edge e join party_organization p on e.side = 'party'
             and p.id = e.body_id
       where e.organization_id is null and p.source_record_id is not null
      union
      select u.source_record_id from coverage_edge e join trade_union u on e.side = 'union'
             and u.id = e.body_id
       where e.organization_id is null and u.source_record_id is not null
      union
      select s.id from source_record s
       where s.is_current and s.canonical->>'entity' = 'member-distribution'
         and not exists (select 1 from record_link l where l.source = s.source
           and l.stream = s.stream and l.record_key = s.record_key);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "unresolved_reference" cascade;`);
  }
}
