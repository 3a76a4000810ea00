import { RepeatedErrors } from './repeated-errors';

describe('RepeatedErrors', () => {
  it('logs the first of a kind at once, then once an interval with the count passed over', () => {
    let now = 0;
    const errors = new RepeatedErrors(30_000, () => now);
    const logged: Array<[string, number]> = [];
    const report = (kind: string) =>
      errors.report(kind, (passedOver) => logged.push([kind, passedOver]));
    report('pull');
    for (now = 10; now < 30_000; now += 1000) report('pull');
    report('resolve');
    now = 30_000;
    report('pull');
    expect(logged).toEqual([
      ['pull', 0],
      ['resolve', 0],
      ['pull', 30],
    ]);
  });
});
