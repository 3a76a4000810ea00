import type { Identity } from './identity';
import { MASKED, visibleValue } from './masking';

const as = (role: Identity['role']): Identity => ({ subject: 't', role, region: null, via: 'key' });

describe('personal values', () => {
  it('are masked for analysts, shown to the organization department', () => {
    expect(visibleValue(as('analyst'), 'legalRepresentative', '张三', ['tax'])).toBe(MASKED);
    expect(visibleValue(as('analyst'), 'address', '西安市…', ['tax'])).toBe(MASKED);
    expect(visibleValue(as('org-department'), 'address', '西安市…', ['tax'])).toBe('西安市…');
  });

  it('are shown to a department for its own records only', () => {
    expect(visibleValue(as('department:tax'), 'address', 'x', ['tax'])).toBe('x');
    expect(visibleValue(as('department:tax'), 'address', 'x', ['statistics'])).toBe(MASKED);
  });

  it('leave other attributes alone', () => {
    expect(visibleValue(as('analyst'), 'employees', 30, ['tax'])).toBe(30);
  });
});
