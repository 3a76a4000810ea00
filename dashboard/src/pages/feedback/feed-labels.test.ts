import { describe, expect, it } from 'vitest';
import { FEED_IDS, feedLabel, feedOrFirst } from './feed-labels';

describe('feed labels', () => {
  it('names a feed as its clerks do in Chinese, by its id in English', () => {
    expect(feedLabel('tax', 'zh')).toBe('税务');
    expect(feedLabel('tax', 'en')).toBe('tax');
    expect(feedLabel('nowhere', 'zh')).toBe('nowhere');
  });

  it('takes a known feed from the address, else the first', () => {
    expect(feedOrFirst('statistics')).toBe('statistics');
    expect(feedOrFirst('nowhere')).toBe(FEED_IDS[0]);
    expect(feedOrFirst(undefined)).toBe('market-regulation');
  });
});
