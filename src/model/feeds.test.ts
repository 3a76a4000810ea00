import { CONNECTORS } from '../../connectors';
import { SOURCE_PRECEDENCE } from '../resolution/survivorship';
import { FEEDS, SOURCE_IDS, feedsRankedBy, isSourceId } from './feeds';

describe('the feed catalog', () => {
  it("gives survivorship POLICY's orders: owning registries for identity, statistics first for employees and industry", () => {
    expect(SOURCE_PRECEDENCE).toEqual({
      identity: [
        'market-regulation',
        'civil-affairs',
        'tax',
        'statistics',
        'federation',
        'party-org',
        'trade-union',
      ],
      employees: ['statistics', 'tax', 'civil-affairs', 'trade-union', 'federation'],
      industry: ['statistics', 'market-regulation', 'tax', 'civil-affairs', 'federation'],
    });
  });

  it('ranks without ties, and every feed has its connector', () => {
    for (const rank of [
      (f: (typeof FEEDS)[keyof typeof FEEDS]) => f.identityRank,
      (f: (typeof FEEDS)[keyof typeof FEEDS]) => ('employees' in f ? f.employees.rank : undefined),
    ]) {
      const ranks = SOURCE_IDS.map((s) => rank(FEEDS[s])).filter((r) => r !== undefined);
      expect(new Set(ranks).size).toBe(ranks.length);
    }
    for (const source of SOURCE_IDS) expect(CONNECTORS[source].source).toBe(source);
    expect(feedsRankedBy(() => undefined)).toEqual([]);
    expect([isSourceId('tax'), isSourceId('toString'), isSourceId('customs')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
