import { Migration } from '@mikro-orm/migrations';

/**
 * Organizations listed by employees or Party members, largest first, walk the current facts in
 * that order and stop at the page (keyset on the value and the organization id) instead of
 * sorting every match for every page.
 */
export class Migration20261207170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "coverage_fact_current_employees" on "coverage_fact"
         ("rule_set", (coalesce("employees", -1)) desc, "organization_id" desc)
         where "valid_to" is null;`,
    );
    this.addSql(
      `create index "coverage_fact_current_party_members" on "coverage_fact"
         ("rule_set", (coalesce("party_members", 0)) desc, "organization_id" desc)
         where "valid_to" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "coverage_fact_current_employees";`);
    this.addSql(`drop index "coverage_fact_current_party_members";`);
  }
}
