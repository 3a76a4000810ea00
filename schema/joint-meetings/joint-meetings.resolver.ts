import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { casesByIds } from '../../src/follow-up/case-store';
import { followUpCaseView } from '../follow-up/follow-up-view';
import { FollowUpCaseView } from '../follow-up/follow-up.type';
import { jointMeetingCompliance } from '../../src/coverage/joint-meeting-compliance';
import { divisionName } from '../../src/reference/divisions';
import { audit } from '../../src/resolution/organization-merge';
import { inTransaction } from '../../src/storage/sql-pool';
import { regionFor } from '../access/access-guard';
import type { HubContext } from '../context';
import { ruleSetOrError } from '../coverage/coverage.resolver';
import { badInput } from '../pagination/relay';
import { JointMeetingComplianceView, JointMeetingView } from './joint-meeting.type';
import {
  casesOfRegion,
  insertJointMeeting,
  meetingsHeld,
  reviewedCaseIds,
} from './joint-meetings-query';
import { meetingDateOrError, meetingYearOrError } from './meeting-date';
import { childRegions, meetingRegionOrError, regionLevel } from './meeting-regions';

const TITLE_MAX = 200;

function division(code: string) {
  return { code, name: divisionName(code) ?? null };
}

@Resolver()
export class JointMeetingsResolver {
  @Authorized('joint:read')
  @Query(() => [JointMeetingComplianceView], {
    description:
      'Rule A1 (each region holds a joint meeting at least once a year): the region first, ' +
      'then the regions directly under it (province → cities, city → counties with Yangling ' +
      '610403 under 咸阳市 610400).',
  })
  async jointMeetings(
    @Ctx() { pool, identity }: HubContext,
    @Arg('region', () => String, { description: '610000, a city (610100) or a county (610113).' })
    region: string,
    @Arg('year', () => Int) year: number,
    @Arg('ruleSet', () => String, {
      defaultValue: 'shaanxi-2021',
      description: 'Whose city roll-ups to use.',
    })
    ruleSet?: string,
  ): Promise<JointMeetingComplianceView[]> {
    const code = meetingRegionOrError(regionFor(identity, region)!);
    meetingYearOrError(year);
    const regions = [code, ...childRegions(code, ruleSetOrError(ruleSet ?? 'shaanxi-2021'))];
    const held = await meetingsHeld(pool, regions, year);
    const meetings = held.map((row) => ({ region: row.region, date: row.held_on }));
    return jointMeetingCompliance(meetings, regions, year).map((outcome) => ({
      division: division(outcome.region),
      level: regionLevel(outcome.region),
      meetings: outcome.meetings,
      compliant: outcome.compliant,
      dates: meetings.filter((m) => m.region === outcome.region).map((m) => m.date),
    }));
  }

  @Authorized('meetings:record')
  @Mutation(() => JointMeetingView, {
    description:
      'Records a joint meeting a region held (rule A1); audited under the acting person.',
  })
  async recordJointMeeting(
    @Ctx() { pool, actor, identity }: HubContext,
    @Arg('region', () => String, { description: '610000, a city (610100) or a county (610113).' })
    region: string,
    @Arg('heldOn', () => String, { description: 'YYYY-MM-DD, not in the future.' }) heldOn: string,
    @Arg('title', () => String, { nullable: true }) title?: string,
    @Arg('reviewedCases', () => [ID], {
      nullable: true,
      description: "Follow-up cases of the region's the meeting reviewed.",
    })
    reviewedCases?: string[],
  ): Promise<JointMeetingView> {
    const code = meetingRegionOrError(regionFor(identity, region)!);
    const cases = reviewedCases ?? [];
    if (cases.some((id) => !/^\d{1,18}$/.test(id)))
      throw badInput('"reviewedCases" holds a non-id');
    const { outside } = await casesOfRegion(pool, cases, code);
    if (outside.length > 0)
      throw badInput(`no follow-up case of region ${code}: ${outside.join(', ')}`);
    const date = meetingDateOrError(heldOn);
    const text = title?.trim() || null;
    if (text && text.length > TITLE_MAX)
      throw badInput(`"title" is longer than ${TITLE_MAX} characters`);
    // The meeting and its audit entry are committed together or not at all.
    const row = await inTransaction(pool, async (client) => {
      const meeting = await insertJointMeeting(client, {
        region: code,
        heldOn: date,
        title: text,
        recordedBy: actor,
        reviewedCaseIds: cases,
      });
      await audit(client, actor, 'record-joint-meeting', text, {
        meetingId: String(meeting.id),
        region: code,
        heldOn: date,
        title: text,
        reviewedCases: cases,
      });
      return meeting;
    });
    return {
      id: String(row.id),
      division: division(code),
      heldOn: date,
      title: text,
      recordedBy: actor,
      recordedAt: row.recorded_at,
    };
  }
}

@Resolver(() => JointMeetingView)
export class JointMeetingCasesResolver {
  @FieldResolver(() => [FollowUpCaseView], { description: 'The follow-up cases it reviewed.' })
  async reviewedCases(@Root() meeting: JointMeetingView, @Ctx() { pool }: HubContext) {
    const ids = await reviewedCaseIds(pool, meeting.id);
    return ids.length ? (await casesByIds(pool, ids)).map(followUpCaseView) : [];
  }
}
