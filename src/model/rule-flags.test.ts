import { useTestDatabase } from '../../test/support/test-database';
import { COUNT_NAMES } from '../coverage-stage/refresh-rollup';
import { COVERAGE_FLAGS, GAP_FLAGS, RULE_FLAGS, flagLabel, noFlags } from './rule-flags';

describe('the rule-flag catalog', () => {
  const db = useTestDatabase();
  const columnsOf = async (table: string) =>
    new Map(
      (
        await db.pool.query<{ column_name: string; data_type: string }>(
          `select column_name, data_type from information_schema.columns where table_name = $1`,
          [table],
        )
      ).rows.map((r) => [r.column_name, r.data_type]),
    );

  it('names a boolean coverage_fact column and a rollup counter for every flag (the migrations agree)', async () => {
    const facts = await columnsOf('coverage_fact');
    const rollup = await columnsOf('coverage_rollup');
    for (const flag of COVERAGE_FLAGS) {
      expect({ flag, column: facts.get(RULE_FLAGS[flag].column) }).toEqual({
        flag,
        column: 'boolean',
      });
      expect({ flag, counter: rollup.get(RULE_FLAGS[flag].counter) }).toEqual({
        flag,
        counter: 'integer',
      });
    }
    // Every counter of the rollup table is computed, and nothing else.
    const keys = ['rule_set', 'division', 'industry_section', 'kind', 'category'];
    expect([...COUNT_NAMES].sort()).toEqual(
      [...rollup.keys()].filter((c) => !keys.includes(c)).sort(),
    );
  });

  it('spells each flag once: unique columns, counters and gap names', () => {
    const entries = Object.values(RULE_FLAGS);
    for (const field of ['column', 'counter', 'label'] as const) {
      expect(new Set(entries.map((e) => e[field])).size).toBe(entries.length);
    }
    expect(GAP_FLAGS).toEqual([
      'P1_gap',
      'U1_gap',
      'K1_party_gap',
      'K1_union_gap',
      'M1',
      'M2',
      'C1_gap',
    ]);
    expect(Object.values(noFlags()).every((set) => set === false)).toBe(true);
    expect(Object.keys(noFlags())).toEqual(COVERAGE_FLAGS);
  });

  it("names the thresholds of the rule set in force, not the built-in one's", () => {
    const edited = { partyMembersForStandalone: 5, employeesForStandaloneUnion: 30 };
    expect(flagLabel('U1_gap', edited)).toBe('职工30人以上未单独建立工会');
    expect(flagLabel('P1_gap', edited)).toBe('正式党员5人以上未单独建立党组织');
    expect(flagLabel('M1', edited)).toBe(RULE_FLAGS.M1.label);
  });
});
