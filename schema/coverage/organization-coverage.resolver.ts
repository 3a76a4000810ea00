import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../context';
import { OrganizationNode } from '../organization/organization.type';
import { ruleSetOrError } from './coverage.resolver';
import { OrganizationCoverage } from './organization-coverage.type';

@Resolver(() => OrganizationNode)
export class OrganizationCoverageResolver {
  @FieldResolver(() => OrganizationCoverage, {
    nullable: true,
    description: 'The current coverage evaluation, with reasons; null until evaluated.',
  })
  async coverage(
    @Root() organization: OrganizationNode,
    @Ctx() { loaders }: HubContext,
    @Arg('ruleSet', () => String, { defaultValue: 'shaanxi-2021' }) ruleSet?: string,
  ): Promise<OrganizationCoverage | null> {
    const rules = ruleSetOrError(ruleSet ?? 'shaanxi-2021');
    const [row] = await loaders.coverage(rules.id).load(organization.id);
    if (!row) return null;
    const f = row.facts;
    return {
      ruleSet: rules.id,
      asOf: f.asOf,
      evaluatedAt: row.validFrom,
      inScope: f.inScope,
      outOfScopeReason: f.outOfScopeReason ?? null,
      category: f.category,
      employees: f.employees?.value ?? null,
      employeesSource: f.employees?.source ?? null,
      employeesUnknown: f.employeesUnknown,
      partyMembers: f.partyMembers,
      partyCoverage: f.partyCoverage,
      unionCoverage: f.unionCoverage,
      flags: Object.entries(f.flags)
        .filter(([, on]) => on)
        .map(([flag]) => flag),
      reasons: f.reasons.map((r) => ({
        rule: r.rule,
        flag: r.flag ?? null,
        text: r.text,
        numbers: r.numbers,
        sources: r.sources,
      })),
    };
  }
}
