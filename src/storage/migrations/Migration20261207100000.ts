import { Migration } from '@mikro-orm/migrations';

/**
 * Roster references resolve by any name an organization's records use, not only its golden name:
 * each such name key is stored as an `n:` key beside the organization's blocking keys (see
 * nameLookupKeys), here taken from the profiles already stored.
 */
export class Migration20261207100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "blocking_key" ("key", "organization_id")
      select distinct 'n:' || k.key, p.organization_id from "organization_profile" p
       cross join lateral (
         select p.profile->>'nameKey' as key
         union select jsonb_array_elements_text(p.profile->'formerNameKeys')) k
       where k.key is not null and k.key <> ''
      on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "blocking_key" where "key" like 'n:%';`);
  }
}
