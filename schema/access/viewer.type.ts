import { Field, ObjectType } from 'type-graphql';
import { Division } from '../organization/organization.type';

/** Who the caller is, as the hub sees it: what a client needs to show only what it may. */
@ObjectType({ simpleResolvers: true })
export class Viewer {
  @Field({ description: 'key:<id>, token:<sub>, or open.' })
  subject!: string;

  @Field({ description: 'admin, org-department, trade-union, department:<feed>, analyst, portal.' })
  role!: string;

  @Field(() => String, {
    nullable: true,
    description: "A data-sharing department's feed (department:<feed>), else null.",
  })
  department!: string | null;

  @Field(() => Division, { nullable: true, description: 'The region; null: province-wide.' })
  region!: Division | null;

  @Field(() => [String], { description: "The role's capabilities (src/access/roles.ts)." })
  capabilities!: string[];

  @Field({ description: 'key, token or open.' })
  via!: string;
}
