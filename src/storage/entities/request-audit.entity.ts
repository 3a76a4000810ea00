import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One operation or export someone asked the API for: who, when, what, how many rows, outcome. */
@Entity({ tableName: 'request_audit' })
@Index({ properties: ['at'] })
@Index({ properties: ['subject', 'at'] })
export class RequestAudit {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  /** `key:<id>`, `token:<sub>` or `open:<actor>`; `anonymous` for a refused request. */
  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text', nullable: true })
  role?: string | null;

  @Property({ type: 'text', nullable: true })
  region?: string | null;

  /** `query`, `mutation` or `export`. */
  @Property({ type: 'text' })
  kind!: string;

  /** The operation name, else its root fields (`gaps,coverage`); the export's path. */
  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'jsonb', nullable: true })
  variables?: Record<string, unknown> | null;

  /** Rows returned (list items and single objects at the root); null when nothing was returned. */
  @Property({ type: 'integer', nullable: true })
  rows?: number | null;

  /** `ok`, or the error code (`FORBIDDEN`, `UNAUTHENTICATED`, `BAD_USER_INPUT`, …). */
  @Property({ type: 'text' })
  outcome!: string;

  @Property({ type: 'integer' })
  durationMs!: number;
}
