/** A joint (liaison) meeting (联系（席）会议) held by a region. */
export interface JointMeeting {
  /** Division code of the region that held it. */
  region: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** A1 outcome of one region for one year. */
export interface JointMeetingCompliance {
  region: string;
  meetings: number;
  compliant: boolean;
}

/**
 * POLICY A1: each region holds a joint meeting at least once a year. Per region of `regions`
 * (in that order, duplicates once), the meetings it held in `year`; a meeting counts only for the
 * exact region code that held it. Meetings of regions not listed are ignored.
 */
export function jointMeetingCompliance(
  meetings: readonly JointMeeting[],
  regions: readonly string[],
  year: number,
): JointMeetingCompliance[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const held = new Map<string, number>();
  for (const meeting of meetings) {
    if (meeting.date.startsWith(prefix))
      held.set(meeting.region, (held.get(meeting.region) ?? 0) + 1);
  }
  return [...new Set(regions)].map((region) => {
    const count = held.get(region) ?? 0;
    return { region, meetings: count, compliant: count >= 1 };
  });
}
