import { describe, expect, it } from 'vitest';
import { formatValue, isField, type ValueWords } from './discrepancy-values';

const words: ValueWords = {
  empty: '（空）',
  active: '在营',
  inactive: '不在营',
  persons: (n) => `${n} 人`,
  lastSeen: (d) => `（最后出现于 ${d}）`,
  typed: (c) => `填报代码 ${c}`,
  notTyped: '未填报代码',
};

describe('formatValue', () => {
  it('writes counts, names and codes', () => {
    expect(formatValue('EMPLOYEES', 30, words)).toBe('30 人');
    expect(formatValue('NAME', '某某公司', words)).toBe('「某某公司」');
    expect(formatValue('DIVISION', '610113', words)).toBe('610113');
    expect(formatValue('EMPLOYEES', null, words)).toBe('（空）');
  });

  it('writes a status with whether it is active', () => {
    expect(formatValue('STATUS', { active: false, status: '注销' }, words)).toBe(
      '「注销」（不在营）',
    );
    expect(formatValue('STATUS', { active: true, status: null }, words)).toBe('在营');
  });

  it('writes identifier claims and roster references', () => {
    expect(
      formatValue('IDENTIFIER', { name: '甲', invalid: [{ raw: 'X1' }, { raw: 'X2' }] }, words),
    ).toBe('「甲」 X1、X2');
    expect(formatValue('IDENTIFIER', { unitName: '乙', typed: null }, words)).toBe(
      '「乙」 未填报代码',
    );
  });

  it('writes a vanished record and a requested correction', () => {
    expect(
      formatValue(
        'ABSENT',
        { name: '丙', status: '存续', lastSeenAt: '2025-01-02T03:00:00Z' },
        words,
      ),
    ).toBe('「丙」 存续（最后出现于 2025-01-02）');
    expect(formatValue('FEEDBACK', { correction: '职工人数应为 12' }, words)).toBe(
      '职工人数应为 12',
    );
  });

  it('knows the fields', () => {
    expect(isField('NAME')).toBe(true);
    expect(isField('OTHER')).toBe(false);
    expect(isField(undefined)).toBe(false);
  });
});
