import type { Pool, PoolClient } from 'pg';

/** A meeting as rule A1 counts it; the date comes as text so no time zone can shift its day. */
export interface HeldMeetingRow {
  region: string;
  held_on: string;
}

/** What the database assigns to a recorded meeting. */
export interface RecordedMeetingRow {
  id: string;
  recorded_at: Date;
}

export interface NewJointMeeting {
  region: string;
  heldOn: string;
  title: string | null;
  recordedBy: string;
}

/** The meetings the regions held in the calendar year, in date order. */
export async function meetingsHeld(
  pool: Pool,
  regions: string[],
  year: number,
): Promise<HeldMeetingRow[]> {
  const result = await pool.query<HeldMeetingRow>(
    `select region, to_char(held_on, 'YYYY-MM-DD') as held_on from joint_meeting
        where region = any($1::text[]) and held_on >= make_date($2, 1, 1)
          and held_on < make_date($2 + 1, 1, 1)
        order by held_on, id`,
    [regions, year],
  );
  return result.rows;
}

/** Records a meeting on the caller's transaction, so that it commits with its audit entry. */
export async function insertJointMeeting(
  client: PoolClient,
  meeting: NewJointMeeting,
): Promise<RecordedMeetingRow> {
  const inserted = await client.query<RecordedMeetingRow>(
    `insert into joint_meeting (region, held_on, title, recorded_by, recorded_at)
     values ($1, $2, $3, $4, now())
         returning id, recorded_at`,
    [meeting.region, meeting.heldOn, meeting.title, meeting.recordedBy],
  );
  return inserted.rows[0];
}
