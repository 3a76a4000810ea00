import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ORGANIZATION_KINDS } from '../../src/canonical/organization-kind';
import { RelayConnection } from '../pagination/relay';

export const OrganizationKind = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, k])) as Record<
  (typeof ORGANIZATION_KINDS)[number],
  (typeof ORGANIZATION_KINDS)[number]
>;
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description:
    'What an organization is, as the policy distinguishes it (企业, 个体工商户, 社会团体, 律师事务所, …).',
});

/** A GB/T 2260 division (行政区划). */
@ObjectType({ simpleResolvers: true })
export class Division {
  @Field()
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name from the national division list, null for an unknown code.',
  })
  name!: string | null;
}

/** A department record behind an organization (its current version in the landing zone). */
@ObjectType({ simpleResolvers: true })
export class SourceRecordRef {
  @Field({ description: 'Feed id, e.g. market-regulation.' })
  source!: string;

  @Field()
  stream!: string;

  @Field({ description: "The department's own record key." })
  key!: string;

  @Field({ description: 'When the hub last fetched this version.' })
  fetchedAt!: Date;

  @Field({ description: 'When this version first arrived.' })
  firstSeenAt!: Date;

  @Field({ description: 'File (name + SHA-256) or page URL the version arrived in.' })
  origin!: string;

  @Field()
  contentHash!: string;
}

/** A resolved organization (the golden record). */
@ObjectType('Organization', {
  simpleResolvers: true,
  description: 'A resolved organization: one node of the organization graph, with a stable id.',
})
export class OrganizationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Validated unified social credit code (统一社会信用代码).',
  })
  uscc!: string | null;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Status as the owning registry states it (存续, 注销, 正常…).',
  })
  status!: string | null;

  @Field({ description: 'False when cancelled, revoked or moved out (注销, 吊销, 撤销, 迁出).' })
  active!: boolean;

  @Field(() => Division, { nullable: true })
  division!: Division | null;

  @Field(() => String, {
    nullable: true,
    description: 'GB/T 4754-2017 class with section letter, e.g. I6510.',
  })
  industry!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Employees by the POLICY precedence; null when no source gives a number.',
  })
  employees!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class OrganizationConnection extends RelayConnection('OrganizationEdge', OrganizationNode) {
  /** Counted only when asked for. */
  countTotal!: () => Promise<number>;
}

@ObjectType({ simpleResolvers: true })
export class OrganizationMatch {
  @Field(() => OrganizationNode)
  organization!: OrganizationNode;

  @Field(() => Float, { description: 'Trigram similarity of the names, 0..1.' })
  similarity!: number;
}
