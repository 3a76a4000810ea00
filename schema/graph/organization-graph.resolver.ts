import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { visibleValue } from '../../src/access/masking';
import type { AttributeName } from '../../src/model/attributes';
import { industryClass, industrySectionName } from '../../src/reference/industries';
import type { HubContext } from '../context';
import { OrganizationNode } from '../organization/organization.type';
import { winners, type Winners } from '../organization/attribute-winners';
import { BodySide, ChamberMembershipView, CoveringBody } from './covering-body.type';
import { bodiesCovering, chambersOf, organizationByUscc } from './graph-query';
import {
  IndustryView,
  OwnershipView,
  PartyMembersView,
  RegistrationView,
  SourcedCount,
  SourcedText,
  StreetView,
} from './registry-facts.type';

const text = (w: Winners, name: AttributeName) => {
  const o = w.get(name);
  return o === undefined || o.value === null ? null : String(o.value);
};

const sourced = (w: Winners, name: AttributeName, ctx: HubContext): SourcedText | null => {
  const o = w.get(name);
  if (!o || o.value === null || o.value === undefined) return null;
  const value = String(visibleValue(ctx.identity, name, o.value, [o.source]));
  return { value, source: o.source, observedAt: o.observedAt };
};

/**
 * The graph around an organization: the bodies that cover it, its chambers and parent, and its
 * registry facts as survivorship chose them, each with the department that said so and when.
 * Personal values follow the field rules of the identity (masked for analysts).
 */
@Resolver(() => OrganizationNode)
export class OrganizationGraphResolver {
  @FieldResolver(() => [CoveringBody], { description: 'Party organizations that cover it.' })
  partyOrganizations(@Root() o: OrganizationNode, @Ctx() { pool }: HubContext) {
    return bodiesCovering(pool, BodySide.PARTY, o.id);
  }

  @FieldResolver(() => [CoveringBody], { description: 'Trade unions that cover it.' })
  unions(@Root() o: OrganizationNode, @Ctx() { pool }: HubContext) {
    return bodiesCovering(pool, BodySide.UNION, o.id);
  }

  @FieldResolver(() => [ChamberMembershipView], { description: 'Chambers it is a member of.' })
  chambers(@Root() o: OrganizationNode, @Ctx() { pool }: HubContext) {
    return chambersOf(pool, o.id);
  }

  @FieldResolver(() => OrganizationNode, {
    nullable: true,
    description: 'The enterprise a branch (分支机构) belongs to (隶属企业), when the hub has it.',
  })
  async parent(@Root() o: OrganizationNode, @Ctx() ctx: HubContext) {
    const uscc = text(await winners(o, ctx), 'parentUscc');
    return uscc ? organizationByUscc(ctx.pool, uscc) : null;
  }

  @FieldResolver(() => SourcedText, { nullable: true, description: '法定代表人 (personal).' })
  async legalRepresentative(@Root() o: OrganizationNode, @Ctx() ctx: HubContext) {
    return sourced(await winners(o, ctx), 'legalRepresentative', ctx);
  }

  @FieldResolver(() => SourcedText, { nullable: true, description: '住所 (personal).' })
  async address(@Root() o: OrganizationNode, @Ctx() ctx: HubContext) {
    return sourced(await winners(o, ctx), 'address', ctx);
  }

  @FieldResolver(() => SourcedText, { nullable: true, description: '成立日期, YYYY-MM-DD.' })
  async establishedOn(@Root() o: OrganizationNode, @Ctx() ctx: HubContext) {
    return sourced(await winners(o, ctx), 'establishedOn', ctx);
  }

  @FieldResolver(() => SourcedText, { nullable: true, description: '所在园区.' })
  async park(@Root() o: OrganizationNode, @Ctx() ctx: HubContext) {
    return sourced(await winners(o, ctx), 'park', ctx);
  }

  @FieldResolver(() => StreetView, { nullable: true })
  async street(@Root() o: OrganizationNode, @Ctx() ctx: HubContext): Promise<StreetView | null> {
    const code = text(await winners(o, ctx), 'streetCode');
    return code ? { code, name: null } : null;
  }

  @FieldResolver(() => RegistrationView, { nullable: true })
  async registration(@Root() o: OrganizationNode, @Ctx() ctx: HubContext) {
    const w = await winners(o, ctx);
    const [authority, level] = [text(w, 'registrationAuthority'), text(w, 'registrationLevel')];
    return authority || level ? { authority, level } : null;
  }

  @FieldResolver(() => OwnershipView, { nullable: true })
  async ownership(@Root() o: OrganizationNode, @Ctx() ctx: HubContext) {
    const w = await winners(o, ctx);
    const view = {
      entType: text(w, 'entType'),
      holding: text(w, 'holding'),
      institutionType: text(w, 'institutionType'),
      unitType: text(w, 'unitType'),
    };
    return Object.values(view).some((v) => v !== null) ? view : null;
  }

  @FieldResolver(() => IndustryView, { nullable: true, description: 'Its industry class, named.' })
  industryClass(@Root() o: OrganizationNode): IndustryView | null {
    if (!o.industry) return null;
    const found = industryClass(o.industry);
    const section = found?.section ?? (/^[A-T]/.test(o.industry) ? o.industry[0] : null);
    return {
      code: o.industry,
      name: found?.name ?? null,
      section,
      sectionName: section ? (industrySectionName(section) ?? null) : null,
    };
  }

  @FieldResolver(() => SourcedCount, {
    nullable: true,
    description: 'The employee count survivorship chose, with its source and period.',
  })
  async employeeCount(@Root() o: OrganizationNode, @Ctx() ctx: HubContext) {
    const w = (await winners(o, ctx)).get('employees');
    return w && typeof w.value === 'number'
      ? { value: w.value, source: w.source, observedAt: w.observedAt }
      : null;
  }

  @FieldResolver(() => PartyMembersView, { nullable: true })
  async partyMembers(@Root() o: OrganizationNode, @Ctx() ctx: HubContext) {
    const w = await winners(o, ctx);
    const full = w.get('fullPartyMembers');
    if (!full || typeof full.value !== 'number') return null;
    const probationary = w.get('probationaryMembers')?.value;
    return {
      full: full.value,
      probationary: typeof probationary === 'number' ? probationary : null,
      source: full.source,
      observedAt: full.observedAt,
    };
  }
}
