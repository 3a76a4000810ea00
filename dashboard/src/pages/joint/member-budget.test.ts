import { describe, expect, it } from 'vitest';
import { COMPLEXITY_LIMIT, membersQueryCost, membersWithinBudget } from './member-budget';

describe('membersWithinBudget', () => {
  it('asks for twenty members of the first groups', () => {
    expect(membersWithinBudget(1)).toBe(20);
    expect(membersWithinBudget(20)).toBe(20);
  });

  it('asks for fewer further down, never none, and stays under the limit', () => {
    expect(membersWithinBudget(100)).toBeLessThan(20);
    expect(membersWithinBudget(500)).toBe(1);
    for (const rank of [1, 20, 21, 50, 100, 200])
      expect(membersQueryCost(rank, membersWithinBudget(rank))).toBeLessThan(COMPLEXITY_LIMIT);
  });
});
