import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'A value with the department that stated it and when.',
})
export class SourcedText {
  @Field()
  value!: string;

  @Field({ description: 'The feed whose statement won (survivorship).' })
  source!: string;

  @Field({ description: 'When the department says it was true.' })
  observedAt!: Date;
}

@ObjectType({ simpleResolvers: true })
export class SourcedCount {
  @Field(() => Int)
  value!: number;

  @Field()
  source!: string;

  @Field({ description: 'The period or snapshot the count is of.' })
  observedAt!: Date;
}

@ObjectType({
  simpleResolvers: true,
  description: '登记管理机关 and its level (social organizations).',
})
export class RegistrationView {
  @Field(() => String, { nullable: true })
  authority!: string | null;

  @Field(() => String, { nullable: true, description: 'national, provincial, city or county.' })
  level!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What the registries say of its ownership.' })
export class OwnershipView {
  @Field(() => String, { nullable: true, description: 'Market regulation 企业类型.' })
  entType!: string | null;

  @Field(() => String, { nullable: true, description: 'Statistics 控股情况 code.' })
  holding!: string | null;

  @Field(() => String, { nullable: true, description: 'Statistics 机构类型 code.' })
  institutionType!: string | null;

  @Field(() => String, { nullable: true, description: 'Statistics 单位类型.' })
  unitType!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'GB/T 4754-2017 class.' })
export class IndustryView {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Section letter (门类).' })
  section!: string | null;

  @Field(() => String, { nullable: true })
  sectionName!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Township or street (乡镇街道).' })
export class StreetView {
  @Field()
  code!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Party members the organization department counts.',
})
export class PartyMembersView {
  @Field(() => Int)
  full!: number;

  @Field(() => Int, { nullable: true })
  probationary!: number | null;

  @Field()
  source!: string;

  @Field()
  observedAt!: Date;
}
