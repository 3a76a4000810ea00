import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RelayConnection } from '../pagination/relay';

/** A record, page or file that could not be landed, with the reason and where it was. */
@ObjectType()
export class QuarantineEntryView {
  @Field(() => ID)
  id!: string;

  @Field()
  source!: string;

  @Field()
  stream!: string;

  @Field(() => String, { nullable: true, description: 'The sync run that met it.' })
  runId!: string | null;

  @Field({ description: 'File (name + SHA-256) or page URL.' })
  origin!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Line, row or index inside the origin; null when the whole file or page is quarantined.',
  })
  position!: string | null;

  @Field({
    description:
      'Stable reason, e.g. invalid-date, wrong-column-count, truncated-file, unreadable-page.',
  })
  reason!: string;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The first characters of the offending input.',
  })
  excerpt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The department's record key, when it could be read.",
  })
  recordKey!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ simpleResolvers: true })
export class QuarantineConnection extends RelayConnection('QuarantineEdge', QuarantineEntryView) {
  @Field(() => Int)
  totalCount!: number;
}
