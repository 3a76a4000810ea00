import { divisionPrefix } from '../../src/reference/divisions';
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
  /** Follow-up cases it reviewed. */
  reviewedCaseIds: string[];
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
    `insert into joint_meeting (region, held_on, title, recorded_by, recorded_at, reviewed_case_ids)
     values ($1, $2, $3, $4, now(), $5::bigint[])
         returning id, recorded_at`,
    [meeting.region, meeting.heldOn, meeting.title, meeting.recordedBy, meeting.reviewedCaseIds],
  );
  return inserted.rows[0];
}

/** The cases a meeting reviewed, or an error naming one not of the meeting's region. */
export async function casesOfRegion(
  pool: Pool,
  ids: string[],
  region: string,
): Promise<{ found: string[]; outside: string[] }> {
  const { rows } = await pool.query<{ id: string; inside: boolean }>(
    `select id::text, coalesce(region like $2, false) as inside from follow_up_case
      where id = any($1::bigint[])`,
    [ids, `${divisionPrefix(region)}%`],
  );
  return {
    found: rows.filter((r) => r.inside).map((r) => r.id),
    outside: ids.filter((id) => !rows.some((r) => r.id === id && r.inside)),
  };
}

/** The cases a recorded meeting reviewed. */
export async function reviewedCaseIds(pool: Pool, meetingId: string): Promise<string[]> {
  const { rows } = await pool.query<{ ids: string[] }>(
    'select reviewed_case_ids::text[] as ids from joint_meeting where id = $1',
    [meetingId],
  );
  return rows[0]?.ids ?? [];
}
