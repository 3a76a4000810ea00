import { parseCalendarDate, parseInstant } from './dates';

describe('calendar dates as departments write them', () => {
  it.each([
    ['2019-03-12', '2019-03-12'],
    ['20190312', '2019-03-12'],
    ['2019年3月12日', '2019-03-12'],
    ['2019/3/2', '2019-03-02'],
    [43536, '2019-03-12'],
    ['43536', '2019-03-12'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2019-12-31', '2019-12-31'],
  ])('reads %p', (raw, iso) => expect(parseCalendarDate(raw)).toBe(iso));

  it.each([
    '0000-00-00',
    '2026-02-30',
    '2023-02-29',
    '1900-02-29',
    '2019-04-31',
    '2019-13-01',
    '2019-00-10',
    '2019-01-00',
    'yesterday',
    '',
    '1899-01-01',
  ])('refuses %p', (raw) => expect(parseCalendarDate(raw)).toBeNull());
});

describe('instants', () => {
  it('treats times without a zone as China Standard Time', () => {
    expect(parseInstant('2026-11-24T10:00:00')?.toISOString()).toBe('2026-11-24T02:00:00.000Z');
    expect(parseInstant('2026-11-24T10:00:00+08:00')?.toISOString()).toBe(
      '2026-11-24T02:00:00.000Z',
    );
    expect(parseInstant('2026-11-24T10:00:00Z')?.toISOString()).toBe('2026-11-24T10:00:00.000Z');
  });
  it('refuses garbage', () => expect(parseInstant('not a time')).toBeNull());
});
