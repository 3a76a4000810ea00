import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A full-snapshot file being landed (civil affairs, federation, union roster). When its last batch
 * lands, the stream's records it no longer contains are marked absent from `startedAt` on.
 */
@Entity({ tableName: 'snapshot_file' })
export class SnapshotFile {
  @PrimaryKey({ type: 'text' })
  source!: string;

  @PrimaryKey({ type: 'text' })
  stream!: string;

  /** File name (and version) as the connector identifies it. */
  @PrimaryKey({ type: 'text' })
  file!: string;

  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  /** Records the snapshot no longer contained when it completed. */
  @Property({ type: 'integer', nullable: true })
  absentCount?: number | null;
}
