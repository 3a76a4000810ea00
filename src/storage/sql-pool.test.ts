import { retryingDeadlocks } from './sql-pool';

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

describe('retryingDeadlocks', () => {
  it('runs a transaction again after it lost a deadlock, until it commits', async () => {
    let calls = 0;
    const result = await retryingDeadlocks(async () => {
      calls += 1;
      if (calls < 3) throw deadlock();
      return 'committed';
    });
    expect({ result, calls }).toEqual({ result: 'committed', calls: 3 });
  });

  it('gives up after the last attempt, with the deadlock', async () => {
    let calls = 0;
    await expect(retryingDeadlocks(async () => { calls += 1; throw deadlock(); }, 2)).rejects.toMatchObject({ code: '40P01' });
    expect(calls).toBe(2);
  });

  it('passes any other error through at once', async () => {
    let calls = 0;
    await expect(retryingDeadlocks(async () => { calls += 1; throw new Error('unique violation'); })).rejects.toThrow('unique violation');
    expect(calls).toBe(1);
  });
});
