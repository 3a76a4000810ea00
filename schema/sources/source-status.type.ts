import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RelayConnection } from '../pagination/relay';

export enum SyncState {
  NEVER_RUN = 'NEVER_RUN',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(SyncState, { name: 'SyncState' });

/** One pull of one feed. */
@ObjectType()
export class SyncRunView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The feed pulled.' })
  source!: string;

  @Field(() => Int, { description: 'Which attempt of its job this run was: 2 and up are retries.' })
  attempt!: number;

  @Field(() => SyncState)
  state!: SyncState;

  @Field({ description: 'A full resync ignores the saved checkpoint.' })
  full!: boolean;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Int)
  fetched!: number;

  @Field(() => Int, { description: 'Record keys seen for the first time.' })
  new!: number;

  @Field(() => Int, { description: 'Records whose content changed (a new version landed).' })
  changed!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  quarantined!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

/** A feed: where it comes from and how its last pull went. */
@ObjectType()
export class SourceStatus {
  @Field({
    description:
      'Feed id: market-regulation, civil-affairs, statistics, tax, federation, party-org, ' +
      'trade-union.',
  })
  source!: string;

  @Field({ description: 'http (the hub calls the API) or drop (files in an inbox).' })
  transport!: string;

  @Field({
    description: 'True when nobody configured the feed and the sandbox registry serves it.',
  })
  sandbox!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Base URL (http) or inbox directory (drop).',
  })
  endpoint!: string | null;

  @Field({ description: 'False while the hub has no connector for this feed.' })
  available!: boolean;

  @Field(() => SyncState)
  state!: SyncState;

  @Field(() => SyncRunView, { nullable: true })
  lastRun!: SyncRunView | null;

  @Field(() => Date, { nullable: true })
  lastSucceededAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Int, { description: 'Current record versions landed from this feed.' })
  records!: number;
}

@ObjectType({ simpleResolvers: true })
export class SyncRunConnection extends RelayConnection('SyncRunEdge', SyncRunView) {}
