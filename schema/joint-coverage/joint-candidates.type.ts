import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type {
  JointGrouping as Grouping,
  JointSide as Side,
} from '../../src/coverage/joint-candidates';
import type { OrganizationNode } from '../organization/organization.type';

/** The J1 sides as a GraphQL enum (values of src/coverage's `JointSide`). */
export const JointSide: { [K in Side]: K } = { PARTY: 'PARTY', UNION: 'UNION' };
registerEnumType(JointSide, {
  name: 'JointSide',
  description:
    'PARTY: candidates for a joint Party organization (党组织); UNION: for a joint trade union (工会).',
});

/** The J1 groupings as a GraphQL enum (values of src/coverage's `JointGrouping`). */
export const JointGrouping: { [K in Grouping]: K } = {
  PARK: 'PARK',
  STREET: 'STREET',
  BUILDING: 'BUILDING',
  CHAMBER: 'CHAMBER',
};
registerEnumType(JointGrouping, {
  name: 'JointGrouping',
  description:
    'What a joint organization groups by: development zone or park (开发区/园区), township or ' +
    'street (乡镇街道), commercial building (商务楼宇, from the address), or chamber of ' +
    'commerce / industry association (商会/行业协会).',
});

/**
 * One proposed joint organization: the J1 candidates sharing a park, street, building or chamber.
 */
@ObjectType({
  description:
    'One proposed regional or industry joint organization (rule J1): the candidates sharing ' +
    'one key.',
})
export class JointCandidateGroup {
  @Field({
    description: 'Park name, 9-digit township / street code, building name or chamber name.',
  })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Township / street name for STREET (null for an unknown code); the key itself otherwise.',
  })
  label!: string | null;

  @Field(() => Int, { description: 'Candidates in the group.' })
  organizations!: number;

  @Field(() => Int, { description: 'Sum of the known employee counts.' })
  employees!: number;

  @Field(() => Int, {
    description: 'Candidates whose employee count is unknown (not in `employees`).',
  })
  employeesUnknown!: number;

  @Field(() => Int, { description: 'Sum of full Party members.' })
  partyMembers!: number;

  /** The first members, as many as the query asks for (see requested-members.ts). */
  firstMembers!: OrganizationNode[];
}

/** The J1 grouping of one side by one attribute. */
@ObjectType({
  description: 'J1 candidates of one side grouped by one attribute, largest group first.',
})
export class JointCandidateGroups {
  @Field(() => JointSide)
  side!: Side;

  @Field(() => JointGrouping)
  groupBy!: Grouping;

  @Field({ description: 'Rule set the candidates were evaluated under.' })
  ruleSet!: string;

  @Field(() => Int, {
    description: 'All J1 candidates on that side under the filter, grouped or not.',
  })
  totalCandidates!: number;

  @Field(() => Int, {
    description:
      'Candidates without the grouping attribute (no park, street, building or chamber): in no ' +
      'group.',
  })
  ungrouped!: number;

  @Field(() => Int, { description: 'All groups; `groups` holds the first of them.' })
  totalGroups!: number;

  @Field(() => [JointCandidateGroup], {
    description:
      'Largest first: by organizations, then employees, then key. With CHAMBER an organization ' +
      'in two chambers is counted in both groups, so the groups can add up to more than ' +
      'totalCandidates.',
  })
  groups!: JointCandidateGroup[];
}
