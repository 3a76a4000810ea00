import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * "Covered by": a unit a Party organization or union names in its covered units, resolved to an
 * organization when the hand-typed reference allows (else `organizationId` is null and the
 * reference is reported back to the roster's owner).
 */
@Entity({ tableName: 'coverage_edge' })
@Index({ properties: ['organizationId'] })
@Index({ properties: ['side', 'bodyId'] })
// Edges resolved by the unit's name alone, by that name: judged again when the name stops being
// unique.
@Index({
  name: 'coverage_edge_named_unit',
  expression: `create index "coverage_edge_named_unit"
  on "coverage_edge" (("resolution"->>'nameKey')) where "resolution"->>'how' = 'name'`,
})
export class CoverageEdge {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** `party` (bodyId is a party_organization) or `union` (a trade_union). */
  @Property({ type: 'text' })
  side!: 'party' | 'union';

  @Property({ type: 'bigint' })
  bodyId!: string;

  @Property({ type: 'bigint', nullable: true })
  organizationId?: string | null;

  /** The form of the covering body (单独组建 / 单独建会 …), copied for fast coverage queries. */
  @Property({ type: 'text' })
  form!: string;

  /** The reference as typed in the roster. */
  @Property({ type: 'text', nullable: true })
  unitUsccRaw?: string | null;

  @Property({ type: 'text' })
  unitName!: string;

  /** How the reference was resolved (`uscc`, `repaired-uscc`, `name`) or why not. */
  @Property({ type: 'json' })
  resolution!: Record<string, unknown>;
}
