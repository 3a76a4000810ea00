import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One move of a follow-up case: who, when, from and to, and the note. */
@Entity({ tableName: 'follow_up_transition' })
@Index({ properties: ['caseId', 'at'] })
export class FollowUpTransition {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'bigint' })
  caseId!: string;

  @Property({ type: 'text', nullable: true })
  fromState?: string | null;

  @Property({ type: 'text' })
  toState!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'text' })
  by!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
