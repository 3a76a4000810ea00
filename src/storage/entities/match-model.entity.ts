import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { FellegiSunterModel } from '../../matching/fellegi-sunter';

/**
 * A Fellegi–Sunter model estimated from the hub's own records (EM over blocked record pairs). The
 * newest active one is what the matcher uses; without any, it uses the built-in default model.
 */
@Entity({ tableName: 'match_model' })
export class MatchModel {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'json' })
  model!: FellegiSunterModel;

  @Property({ type: 'integer' })
  records!: number;

  @Property({ type: 'integer' })
  pairs!: number;

  @Property({ type: 'integer' })
  iterations!: number;

  @Property({ type: 'boolean' })
  converged!: boolean;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
