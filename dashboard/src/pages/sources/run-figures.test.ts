import { describe, expect, it } from 'vitest';
import { durationText, lastSuccessOf, runSeconds, stateColor } from './run-figures';

describe('run figures', () => {
  it('measures a finished run only', () => {
    expect(runSeconds('2025-01-01T00:00:00Z', '2025-01-01T00:00:02.5Z')).toBe(2.5);
    expect(runSeconds('2025-01-01T00:00:00Z', null)).toBeNull();
  });

  it('writes durations', () => {
    expect(durationText(0.42)).toBe('0.4 s');
    expect(durationText(12.4)).toBe('12 s');
    expect(durationText(185)).toBe('3 min 05 s');
    expect(durationText(3720)).toBe('1 h 02 min');
    expect(durationText(null)).toBe('—');
  });

  it('colours states', () => {
    expect(stateColor('FAILED')).toBe('red');
    expect(stateColor('NEVER_RUN')).toBe('default');
  });

  it('takes the last success as stated, else from a succeeded last run', () => {
    const run = { state: 'SUCCEEDED', finishedAt: '2025-01-01T00:00:02Z' };
    expect(lastSuccessOf('2024-12-31T00:00:00Z', run)).toBe('2024-12-31T00:00:00Z');
    expect(lastSuccessOf(null, run)).toBe('2025-01-01T00:00:02Z');
    expect(lastSuccessOf(null, { state: 'FAILED', finishedAt: '2025-01-01T00:00:02Z' })).toBeNull();
    expect(lastSuccessOf(undefined, null)).toBeNull();
  });
});
