import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RelayConnection } from '../pagination/relay';

@ObjectType({
  simpleResolvers: true,
  description: 'Where the change feed is posted, and what of it.',
})
export class WebhookSubscriptionView {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field(() => [String], { description: 'OPENED, CLOSED, THRESHOLD_REACHED, THRESHOLD_LEFT.' })
  events!: string[];

  @Field(() => String, { nullable: true, description: 'Only this GapRule, when set.' })
  rule!: string | null;

  @Field(() => String, { nullable: true, description: 'Only this region, when set.' })
  region!: string | null;

  @Field()
  ruleSet!: string;

  @Field()
  active!: boolean;

  @Field()
  createdBy!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A new subscription: `secret` signs its deliveries; shown this once.' })
export class CreatedWebhookSubscription {
  @Field(() => WebhookSubscriptionView)
  subscription!: WebhookSubscriptionView;

  @Field()
  secret!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One change posted (or to post) to one subscription.',
})
export class WebhookDeliveryView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => ID, { description: 'The coverage change delivered.' })
  changeId!: string;

  @Field({ description: 'The `X-Hub-Delivery` header: the same on every retry.' })
  idempotencyKey!: string;

  @Field({ description: 'pending, delivered or failed (every retry spent).' })
  status!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true })
  lastStatus!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
}

@ObjectType({ simpleResolvers: true })
export class WebhookDeliveryConnection extends RelayConnection(
  'WebhookDeliveryEdge',
  WebhookDeliveryView,
) {}
