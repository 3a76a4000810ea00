import { Field, InputType } from 'type-graphql';
import { OrganizationKind } from './organization.type';

@InputType({ description: 'Filters combine with AND; every field is optional.' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name.' })
  nameContains?: string;

  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: string[];

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Division code or prefix: 61 (province), 6101 (city), 610113 (county).' })
  division?: string;

  @Field(() => String, { nullable: true, description: 'Industry section letter (I) or class code (I6510 / 6510).' })
  industry?: string;

  @Field(() => String, { nullable: true, description: 'Only organizations with a record from this feed (e.g. tax).' })
  source?: string;
}
