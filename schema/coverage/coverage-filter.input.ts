import { Field, InputType, registerEnumType } from 'type-graphql';
import { CATEGORIES } from '../../src/coverage/rule-set';
import { OrganizationKind } from '../organization/organization.type';

export const Ownership = Object.fromEntries(CATEGORIES.map((c) => [c, c])) as Record<
  (typeof CATEGORIES)[number],
  (typeof CATEGORIES)[number]
>;
registerEnumType(Ownership, {
  name: 'Ownership',
  description:
    'POLICY category: non-public economic (非公经济组织), public economic, social organization ' +
    '(社会组织), professional firm.',
});

@InputType({
  description: 'Which organizations a coverage question is about; fields combine with AND.',
})
export class CoverageFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Division code or prefix: 61, 6101 / 610100 (city), 610113 (county).',
  })
  region?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Industry section letter (I) or class (I6510).',
  })
  industry?: string;

  @Field(() => [OrganizationKind], { nullable: true })
  kind?: string[];

  @Field(() => [Ownership], { nullable: true })
  ownership?: string[];
}
