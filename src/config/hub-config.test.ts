import { DEFAULT_HTTP_POLICY } from '../../connectors/shared/http-client';
import { ConfigError, loadHubConfig } from './hub-config';

describe('hub configuration from the environment', () => {
  it('defaults every feed to the sandbox', () => {
    const config = loadHubConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(Object.values(config.feeds).every((f) => f.sandbox)).toBe(true);
    expect(config.feeds.statistics.transport).toBe('drop');
  });

  it('uses a configured http feed as given, without the trailing slash', () => {
    const config = loadHubConfig({
      HUB_FEED_MARKET_REGULATION_URL: 'https://samr.example/api/',
      HUB_FEED_MARKET_REGULATION_TOKEN: 't',
    });
    expect(config.feeds['market-regulation']).toEqual({
      source: 'market-regulation',
      transport: 'http',
      url: 'https://samr.example/api',
      token: 't',
      sandbox: false,
      options: { http: DEFAULT_HTTP_POLICY },
    });
    expect(config.feeds.tax.sandbox).toBe(true);
  });

  it('gives every http feed the timeout and retries of HUB_HTTP_TIMEOUT_MS and HUB_HTTP_RETRIES', () => {
    const config = loadHubConfig({
      HUB_HTTP_TIMEOUT_MS: '2500',
      HUB_HTTP_RETRIES: '2',
      HUB_FEED_TAX_URL: 'http://tax',
    });
    const expected = { http: { ...DEFAULT_HTTP_POLICY, timeoutMs: 2500, maxRetries: 2 } };
    expect(config.feeds.tax.options).toEqual(expected);
    expect(config.feeds['party-org'].options).toEqual(expected); // the sandbox's feeds too
    expect(config.feeds.statistics.options).toBeUndefined();
    expect(() => loadHubConfig({ HUB_HTTP_TIMEOUT_MS: '5' })).toThrow(/HUB_HTTP_TIMEOUT_MS/);
  });

  it('treats empty variables as unset', () => {
    expect(loadHubConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(4000);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadHubConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadHubConfig({ HUB_FEED_STATISTICS_URL: 'http://x' })).toThrow(
      new ConfigError('statistics is a drop feed: configure it with HUB_FEED_STATISTICS_INBOX'),
    );
    expect(() => loadHubConfig({ HUB_FEED_TAX_URL: 'ftp://x' })).toThrow(/HUB_FEED_TAX_URL/);
  });
});
