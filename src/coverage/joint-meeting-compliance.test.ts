import { jointMeetingCompliance } from './joint-meeting-compliance';

describe('jointMeetingCompliance (A1)', () => {
  const meetings = [
    { region: '610100', date: '2026-03-15' },
    { region: '610100', date: '2026-11-02' },
    { region: '610400', date: '2025-12-31' },
    { region: '610403', date: '2026-01-01' },
    { region: '620100', date: '2026-05-05' },
  ];

  it('counts meetings per listed region in the year; none means not compliant', () => {
    expect(
      jointMeetingCompliance(meetings, ['610100', '610400', '610403', '610100'], 2026),
    ).toEqual([
      { region: '610100', meetings: 2, compliant: true },
      { region: '610400', meetings: 0, compliant: false },
      { region: '610403', meetings: 1, compliant: true },
    ]);
  });

  it('uses the year asked for', () => {
    expect(jointMeetingCompliance(meetings, ['610400'], 2025)).toEqual([
      { region: '610400', meetings: 1, compliant: true },
    ]);
  });
});
