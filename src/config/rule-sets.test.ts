import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHAANXI_2021 } from '../coverage/rule-set';
import { loadRuleSetFiles } from './rule-sets';

describe('rule sets from files', () => {
  it('reads every JSON file of the folder as a rule set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rule-sets-'));
    writeFileSync(
      join(dir, 'other-2024.json'),
      JSON.stringify({
        ...SHAANXI_2021,
        id: 'other-2024',
        thresholds: { ...SHAANXI_2021.thresholds, employeesForStandaloneUnion: 50 },
      }),
    );
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const [set] = loadRuleSetFiles(dir);
    expect(set.id).toBe('other-2024');
    expect(set.thresholds).toMatchObject({ employeesForStandaloneUnion: 50 });
  });

  it('names the file that does not parse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rule-sets-'));
    writeFileSync(join(dir, 'broken.json'), '{"id": 3}');
    expect(() => loadRuleSetFiles(dir)).toThrow(/broken\.json/);
  });
});
