import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A joint (liaison) meeting of a region's Party and union bodies (联系（席）会议, rule A1). */
@Entity({ tableName: 'joint_meeting' })
@Index({ properties: ['region', 'heldOn'] })
export class JointMeeting {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** Division code of the region (city or county). */
  @Property({ type: 'text' })
  region!: string;

  @Property({ type: 'date' })
  heldOn!: string;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  /** The follow-up cases the meeting reviewed. */
  @Property({ type: 'string[]', columnType: 'bigint[]', default: '{}' })
  reviewedCaseIds: string[] = [];
}
