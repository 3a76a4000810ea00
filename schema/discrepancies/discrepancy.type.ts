import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationNode } from '../organization/organization.type';
import { RelayConnection } from '../pagination/relay';

/** What a department's records can disagree on (差异类型), one list per field. */
export enum DiscrepancyField {
  EMPLOYEES = 'EMPLOYEES',
  STATUS = 'STATUS',
  DIVISION = 'DIVISION',
  NAME = 'NAME',
  IDENTIFIER = 'IDENTIFIER',
  ABSENT = 'ABSENT',
  FEEDBACK = 'FEEDBACK',
}
registerEnumType(DiscrepancyField, {
  name: 'DiscrepancyField',
  description:
    "Where a department's records disagree with the others' (信息反馈): the value compared, or " +
    'the kind of record problem.',
  valuesConfig: {
    EMPLOYEES: {
      description:
        "Employees (从业人员) differ from another department's for the same organization.",
    },
    STATUS: {
      description:
        'Active or not differs (e.g. tax 注销 while market regulation 存续); the raw statuses ' +
        'are shown.',
    },
    DIVISION: { description: 'Division code (所属区划) differs.' },
    NAME: { description: 'Name differs after normalization (width, brackets, legal form).' },
    IDENTIFIER: {
      description:
        'Invalid identifier claims; for the rosters also references that resolved to no ' +
        'organization or only via a repaired code or the name.',
    },
    ABSENT: {
      description:
        "Records missing from the department's newer full snapshot (kept, never deleted).",
    },
    FEEDBACK: {
      description:
        'Follow-up cases a region closed as DATA_ERROR against this department, with the ' +
        'correction it asked for (核查反馈).',
    },
  },
});

/** One other department's value for the same organization. */
@ObjectType()
export class DiscrepancyValue {
  @Field({ description: 'Feed id, e.g. tax.' })
  source!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  value!: unknown;
}

/**
 * One record of a department that disagrees with the others, with a sentence a clerk can act on.
 */
@ObjectType({
  description:
    "One record of a department that disagrees with the other departments' records (数据差异).",
})
export class Discrepancy {
  @Field(() => OrganizationNode, {
    nullable: true,
    description: 'Null when the record or reference resolved to no organization.',
  })
  organization!: OrganizationNode | null;

  @Field({ description: 'The department whose record this is.' })
  source!: string;

  @Field(() => DiscrepancyField)
  field!: DiscrepancyField;

  @Field()
  stream!: string;

  @Field({
    description:
      "The department's own record key (for roster references: the Party organization's / " +
      "union's key).",
  })
  recordKey!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "The department's value." })
  value!: unknown;

  @Field(() => [DiscrepancyValue], { description: "The other departments' disagreeing values." })
  others!: DiscrepancyValue[];

  @Field({ description: "What is wrong, in Chinese, for the department's clerk." })
  detail!: string;
}

@ObjectType({ simpleResolvers: true })
export class DiscrepancyConnection extends RelayConnection('DiscrepancyEdge', Discrepancy) {
  /** Counted only when asked for. */
  countTotal!: () => Promise<number>;
}
