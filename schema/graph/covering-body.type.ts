import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Division, OrganizationNode } from '../organization/organization.type';
import { RelayConnection } from '../pagination/relay';

export enum BodySide {
  PARTY = 'PARTY',
  UNION = 'UNION',
}
registerEnumType(BodySide, { name: 'BodySide', description: 'Party organization or trade union.' });

@ObjectType({
  simpleResolvers: true,
  description: 'A unit a body names, and how the hub resolved it.',
})
export class CoveredUnit {
  @Field(() => OrganizationNode, { nullable: true, description: 'Null while unresolved.' })
  organization!: OrganizationNode | null;

  @Field({ description: 'The unit as the roster typed it.' })
  unitName!: string;

  @Field(() => String, { nullable: true })
  unitUscc!: string | null;

  @Field(() => GraphQLJSON, {
    description: 'How the reference was resolved (uscc, repaired-uscc, name) or why not.',
  })
  resolution!: unknown;
}

/** A Party organization (党组织) or trade union (工会) of the rosters. */
@ObjectType({ simpleResolvers: true })
export class CoveringBody {
  @Field(() => ID)
  id!: string;

  @Field(() => BodySide)
  side!: BodySide;

  @Field({ description: "The roster's own id." })
  recordKey!: string;

  @Field()
  name!: string;

  @Field({ description: '单独组建 / 联合组建 / 区域性 / 行业性; 单独建会 / 联合建会 / …' })
  form!: string;

  @Field(() => String, { nullable: true, description: 'Party: 党委, 党总支, 党支部, …' })
  level!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field()
  active!: boolean;

  @Field(() => String, { nullable: true })
  established!: string | null;

  @Field(() => Division, { nullable: true })
  division!: Division | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The six haves of rule V1.' })
  venue!: unknown;

  @Field(() => Int, { nullable: true, description: 'Union members.' })
  members!: number | null;

  @Field(() => Int, { nullable: true, description: "A union's employees_reported." })
  employeesReported!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class CoveringBodyConnection extends RelayConnection('CoveringBodyEdge', CoveringBody) {}

@InputType({ description: 'Which bodies; fields combine with AND.' })
export class CoveringBodyFilter {
  @Field(() => String, { nullable: true, description: 'Division code or prefix.' })
  region?: string;

  @Field(() => String, { nullable: true })
  form?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A chamber of commerce membership (工商联).' })
export class ChamberMembershipView {
  @Field()
  chamber!: string;

  @Field(() => String, { nullable: true, description: '会长单位, 副会长单位, 理事单位, 会员.' })
  role!: string | null;

  @Field(() => OrganizationNode, { nullable: true, description: 'The chamber as an organization.' })
  organization!: OrganizationNode | null;
}
