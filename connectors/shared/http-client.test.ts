import { DEFAULT_HTTP_POLICY, retryDelayMs } from './http-client';

describe('retry delays', () => {
  const policy = { ...DEFAULT_HTTP_POLICY, baseDelayMs: 100, maxDelayMs: 5000 };

  it('honours Retry-After in seconds, capped by the policy', () => {
    expect(retryDelayMs(1, '2', policy)).toBe(2000);
    expect(retryDelayMs(1, '3600', policy)).toBe(5000);
  });

  it('backs off exponentially with full jitter', () => {
    expect(retryDelayMs(1, undefined, policy, () => 1)).toBe(100);
    expect(retryDelayMs(4, undefined, policy, () => 1)).toBe(800);
    expect(retryDelayMs(4, undefined, policy, () => 0.5)).toBe(400);
    expect(retryDelayMs(20, undefined, policy, () => 1)).toBe(5000);
  });
});
