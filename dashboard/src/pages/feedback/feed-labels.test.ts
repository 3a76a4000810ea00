import { describe, expect, it } from 'vitest';
import { FEED_IDS, feedOrFirst } from './feed-labels';

describe('feed labels', () => {
  it('takes a known feed from the address, else the first', () => {
    expect(feedOrFirst('statistics')).toBe('statistics');
    expect(feedOrFirst('nowhere')).toBe(FEED_IDS[0]);
    expect(feedOrFirst(undefined)).toBe('market-regulation');
  });
});
