import { FieldResolver, Resolver, Root } from 'type-graphql';
import { chineseGapReason } from '../exports/gap-reasons';
import { Gap } from './gap.type';

/** The reason as the departments read it, from the same numbers as `reason`. */
@Resolver(() => Gap)
export class GapReasonResolver {
  @FieldResolver(() => String, {
    description:
      'Why, in Chinese (原因), as the exports write it: e.g. "从业人员37人（税务）≥ 25人，应单独建会，…".',
  })
  reasonChinese(@Root() gap: Gap): string {
    return chineseGapReason(gap);
  }
}
