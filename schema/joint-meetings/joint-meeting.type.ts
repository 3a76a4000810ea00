import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Division } from '../organization/organization.type';

/** A recorded joint (liaison) meeting (联系（席）会议) of a region's Party and union bodies. */
@ObjectType('JointMeeting', {
  description:
    "A joint (liaison) meeting (联系（席）会议) of a region's Party and union bodies (rule A1).",
})
export class JointMeetingView {
  @Field(() => ID)
  id!: string;

  @Field(() => Division, { description: 'The region that held it.' })
  division!: Division;

  @Field({ description: 'YYYY-MM-DD.' })
  heldOn!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field({ description: 'Who recorded it (the audited actor).' })
  recordedBy!: string;

  @Field()
  recordedAt!: Date;
}

/** Rule A1 for one region and one year. */
@ObjectType('JointMeetingCompliance', {
  description: 'Rule A1 for one region and one year: at least one joint meeting.',
})
export class JointMeetingComplianceView {
  @Field(() => Division)
  division!: Division;

  @Field({ description: 'province, city or county.' })
  level!: string;

  @Field(() => Int, {
    description: 'Meetings the region itself held in the year (not those of the regions under it).',
  })
  meetings!: number;

  @Field({ description: 'At least one meeting in the year.' })
  compliant!: boolean;

  @Field(() => [String], { description: 'The dates held, YYYY-MM-DD, in order.' })
  dates!: string[];
}
