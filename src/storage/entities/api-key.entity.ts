import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** An API key (接口密钥): only its SHA-256 is kept; the key itself is shown once, when made. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** A label for people (`西安市委组织部 dashboard`). */
  @Property({ type: 'text' })
  name!: string;

  /** `admin`, `org-department`, `trade-union`, `department:<feed>`, `analyst` or `portal`. */
  @Property({ type: 'text' })
  role!: string;

  /** Division code the key is limited to; null: province-wide. */
  @Property({ type: 'text', nullable: true })
  region?: string | null;

  /** Hex SHA-256 of the key. */
  @Property({ type: 'text', unique: true })
  keyHash!: string;

  /** The key's first characters, to tell keys apart in listings. */
  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
