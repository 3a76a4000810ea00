import { Field, ID, ObjectType } from 'type-graphql';

/** An API key as listed: never the key itself. */
@ObjectType({ description: 'An API key (the key itself is shown once, when it is made).' })
export class ApiKeyView {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'admin, org-department, trade-union, department:<feed>, analyst, portal.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Division code; null: province-wide.' })
  region!: string | null;

  @Field({ description: 'The first characters of the key, to tell keys apart.' })
  prefix!: string;

  @Field()
  createdBy!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A new key: `key` is shown this once and never stored.' })
export class CreatedApiKey {
  @Field(() => ApiKeyView)
  apiKey!: ApiKeyView;

  @Field()
  key!: string;
}
