import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Division } from '../organization/organization.type';
import { RelayConnection } from '../pagination/relay';
import { VENUE_ITEMS, type VenueItem } from '../../src/model/venue-items';

/** Whose venue: a Party organization's or a trade union's. */
export enum VenueSide {
  PARTY = 'PARTY',
  UNION = 'UNION',
}
registerEnumType(VenueSide, {
  name: 'VenueSide',
  description:
    "PARTY: a Party organization's (党组织) activity venue; UNION: a trade union's (工会).",
});

export { VENUE_ITEMS, type VenueItem };

/** One roster entry and its activity venue against the "six haves" (六有, rule V1). */
@ObjectType('Venue', {
  description:
    'A Party organization or union and its activity venue against the six haves (六有, rule V1).',
})
export class VenueNode {
  @Field(() => VenueSide)
  side!: VenueSide;

  @Field(() => ID, {
    description: 'The party_organization / trade_union row id: unique together with `side`.',
  })
  id!: string;

  @Field({ description: "The roster's own key (org_id / union_id)." })
  recordKey!: string;

  @Field()
  name!: string;

  @Field({
    description:
      '单独组建 / 联合组建 / 区域性 / 行业性 (Party); 单独建会 / 联合建会 / 区域性 / 行业性 (union).',
  })
  form!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Party organizations only: 党委, 党总支, 党支部, 联合党支部, 临时党支部.',
  })
  level!: string | null;

  @Field(() => Division, { nullable: true })
  division!: Division | null;

  @Field()
  active!: boolean;

  @Field({
    description:
      'False when the roster states no venue: then none of the six counts and it is not compliant.',
  })
  reported!: boolean;

  @Field({ description: '有场所: a place.' })
  place!: boolean;

  @Field({ description: '有设施: facilities.' })
  facilities!: boolean;

  @Field({ description: '有标志: signage.' })
  signage!: boolean;

  @Field({ description: '有党旗 (Party) / 有会徽 (union): the Party flag or the union emblem.' })
  flagOrEmblem!: boolean;

  @Field({ description: '有书报: books and newspapers.' })
  books!: boolean;

  @Field({ description: '有制度: rules.' })
  rules!: boolean;

  @Field(() => Int, { description: 'How many of the six are present.' })
  count!: number;

  @Field({ description: 'All six present.' })
  compliant!: boolean;

  @Field(() => [String], {
    description:
      'The items missing, by field name (place, facilities, signage, flagOrEmblem, books, ' +
      'rules); all six when not reported.',
  })
  missing!: VenueItem[];
}

@ObjectType({ simpleResolvers: true })
export class VenueConnection extends RelayConnection('VenueEdge', VenueNode) {
  countTotal!: () => Promise<number>;
}

/** How many bodies have each of the six. */
@ObjectType()
export class VenueItemCounts {
  @Field(() => Int) place!: number;
  @Field(() => Int) facilities!: number;
  @Field(() => Int) signage!: number;
  @Field(() => Int) flagOrEmblem!: number;
  @Field(() => Int) books!: number;
  @Field(() => Int) rules!: number;
}

@ObjectType({ description: 'Rule V1 over the Party organizations and / or unions of a region.' })
export class VenueSummary {
  @Field(() => Int, { description: 'Party organizations and / or unions counted.' })
  bodies!: number;

  @Field(() => Int, { description: 'Of those, with venue data on the roster.' })
  reported!: number;

  @Field(() => Int, { description: 'Of those, with all six haves.' })
  compliant!: number;

  @Field(() => VenueItemCounts, { description: 'Bodies having each item.' })
  byItem!: VenueItemCounts;
}
