import { describe, expect, it } from 'vitest';
import { feedLabel } from './feed-label';

describe('feedLabel', () => {
  it('names a feed as its clerks do in Chinese, by its id in English', () => {
    expect(feedLabel('tax')).toBe('税务');
    expect(feedLabel('tax', 'zh')).toBe('税务');
    expect(feedLabel('tax', 'en')).toBe('tax');
  });

  it('keeps an id the catalog lacks', () => {
    expect(feedLabel('nowhere')).toBe('nowhere');
    expect(feedLabel('nowhere', 'zh')).toBe('nowhere');
  });
});
