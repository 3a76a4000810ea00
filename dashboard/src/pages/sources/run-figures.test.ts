import { describe, expect, it } from 'vitest';
import { durationText, runSeconds, stateColor } from './run-figures';

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
});
