import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Organization } from '../../src/storage/entities';
import { assertInRegion, regionFor } from '../access/access-guard';
import type { HubContext } from '../context';
import { SOURCE_RECORD_PROVENANCE } from '../loaders';
import { selectsPath } from '../selection';
import { badInput, pageInfoOf, pageSize } from '../pagination/relay';
import { OrganizationFilter, OrganizationOrder } from './organization-filter.input';
import { findOrganization, organizationsNamedLike } from './organization-query';
import { nodeOfEntity } from './organization-row';
import { organizationCount, organizationPage } from './organization-list';
import { ruleSetOrError } from '../coverage/coverage.resolver';
import {
  OrganizationConnection,
  OrganizationMatch,
  OrganizationNode,
  SourceRecordRef,
} from './organization.type';

@Resolver(() => OrganizationNode)
export class OrganizationResolver {
  @Authorized('organizations:read')
  @Query(() => OrganizationNode, {
    nullable: true,
    description:
      'One organization by id (retired ids still resolve), by USCC, or by any identifier.',
  })
  async organization(
    @Ctx() { em, identity }: HubContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('uscc', () => String, { nullable: true }) uscc?: string,
    @Arg('identifier', () => String, {
      nullable: true,
      description: 'USCC, organization code, registration number or legacy tax id, as typed.',
    })
    identifier?: string,
  ): Promise<OrganizationNode | null> {
    const found = await findOrganization(em, id, uscc, identifier);
    if (found) assertInRegion(identity, found.divisionCode);
    return found ? nodeOfEntity(found) : null;
  }

  @Authorized('organizations:read')
  @Query(() => [OrganizationMatch], {
    description: 'Organizations whose name resembles the text (trigram similarity), best first.',
  })
  async searchOrganizations(
    @Ctx() { em, identity }: HubContext,
    @Arg('name', () => String) name: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<OrganizationMatch[]> {
    if (name.trim().length < 2) throw badInput('"name" needs at least two characters');
    const region = regionFor(identity, undefined);
    const rows = await organizationsNamedLike(em, name, pageSize(first), region);
    const found = await em.find(Organization, { id: { $in: rows.map((r) => String(r.id)) } });
    const byId = new Map(found.map((o) => [String(o.id), o]));
    return rows.flatMap((r) =>
      byId.has(String(r.id))
        ? [
            {
              organization: nodeOfEntity(byId.get(String(r.id))!),
              similarity: Number(r.similarity),
            },
          ]
        : [],
    );
  }

  @Authorized('organizations:read')
  @Query(() => OrganizationConnection, {
    description: 'Organizations matching a filter (registry and coverage dimensions), Relay-paged.',
  })
  async organizations(
    @Ctx() { pool, identity }: HubContext,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) asked?: OrganizationFilter,
    @Arg('orderBy', () => OrganizationOrder, { defaultValue: OrganizationOrder.ID })
    orderBy?: OrganizationOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<OrganizationConnection> {
    const division = regionFor(identity, asked?.division);
    const filter: OrganizationFilter | undefined = division ? { ...asked, division } : asked;
    const ruleSet = ruleSetOrError(filter?.ruleSet ?? 'shaanxi-2021').id;
    const page = await organizationPage(
      pool,
      filter,
      orderBy ?? OrganizationOrder.ID,
      ruleSet,
      pageSize(first),
      after,
    );
    return {
      edges: page.rows,
      pageInfo: pageInfoOf(page.rows, page.hasNextPage, after),
      countTotal: () => organizationCount(pool, filter, ruleSet),
    };
  }

  @FieldResolver(() => [SourceRecordRef], {
    description: 'The department records behind this organization.',
  })
  sourceRecords(
    @Root() organization: OrganizationNode,
    @Ctx() { loaders }: HubContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Where only the keys are asked for here, a page's keys-only rows answer.
    return SOURCE_RECORD_PROVENANCE.some((field) => selectsPath(info, [field]))
      ? loaders.sourceRecordsOf(organization.id)
      : loaders.sourceRecordKeysOf(organization.id);
  }
}

@Resolver(() => OrganizationConnection)
export class OrganizationConnectionResolver {
  @FieldResolver(() => Int, {
    description: 'All organizations matching the filter (counted on request).',
  })
  totalCount(@Root() connection: OrganizationConnection): Promise<number> {
    return connection.countTotal();
  }
}
