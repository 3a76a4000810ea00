import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import { requireCapability, scopedFilter } from '../access/access-guard';
import type { HubContext } from '../context';
import { CoverageFilter } from '../coverage/coverage-filter.input';
import { ruleSetOrError } from '../coverage/coverage.resolver';
import { GapRule } from '../coverage/gap.type';
import { CoverageChangeView } from './coverage-change.type';
import { changeStream } from './change-stream';

interface ChangeArgs {
  rule?: GapRule;
  filter?: CoverageFilter;
  ruleSet?: string;
  since?: Date;
}

/** The change feed over a socket (graphql-ws at /graphql), for portals that prefer one. */
@Resolver()
export class CoverageChangedResolver {
  @Authorized('gaps:read')
  @Subscription(() => CoverageChangeView, {
    description:
      'Each coverage change as it is recorded (from now, or from `since`), region-scoped like ' +
      '`coverageChanges`; over graphql-ws at /graphql with the key in connectionParams.',
    subscribe: ({ args, context }) => {
      const { rule, filter, ruleSet, since } = args as ChangeArgs;
      const { pool, identity } = context as HubContext;
      // Checked when subscribing: @Authorized checks each event only.
      requireCapability(identity, 'gaps:read');
      return changeStream(pool, {
        ruleSet: ruleSetOrError(ruleSet ?? 'shaanxi-2021').id,
        rule,
        filter: scopedFilter(identity, filter),
        since,
      });
    },
  })
  coverageChanged(
    @Root() change: CoverageChangeView,
    @Arg('rule', () => GapRule, { nullable: true }) _rule?: GapRule,
    @Arg('filter', () => CoverageFilter, { nullable: true }) _filter?: CoverageFilter,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) _ruleSet?: string,
    @Arg('since', () => Date, { nullable: true }) _since?: Date,
  ): CoverageChangeView {
    return change;
  }
}
