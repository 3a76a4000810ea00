import { Migration } from '@mikro-orm/migrations';

/**
 * Roster references resolve by any name an organization's records use, not only its golden name:
 * the names are in its matcher profile (`formerNameKeys`), found through this index.
 */
export class Migration20261207100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "organization_profile_name_keys"
      on "organization_profile" using gin (("profile"->'formerNameKeys'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "organization_profile_name_keys";`);
  }
}
