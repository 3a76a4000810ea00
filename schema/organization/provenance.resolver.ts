import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { visibleValue } from '../../src/access/masking';
import { CONFLICT_ATTRIBUTES, type AttributeName } from '../../src/model/attributes';
import { winners } from './attribute-winners';
import { normalizeOrganizationName } from '../../src/names';
import type { HubContext } from '../context';
import type { AttributeRow, MergeRow } from '../loaders';
import { OrganizationMergeView } from './organization-merge.type';
import { OrganizationNode, type SourceRecordRef } from './organization.type';
import {
  AttributeConflict,
  AttributeValue,
  IdentifierView,
  RecordLinkView,
} from './provenance.type';

@Resolver(() => OrganizationNode)
export class ProvenanceResolver {
  @FieldResolver(() => [AttributeValue], {
    description: 'Every stated value behind the golden record, with its source and time.',
  })
  async attributes(
    @Root() organization: OrganizationNode,
    @Ctx() ctx: HubContext,
  ): Promise<Array<AttributeRow & { survives: boolean }>> {
    const { loaders, identity } = ctx;
    const rows = await loaders.attributes.load(organization.id);
    const kept = await winners(organization, ctx);
    return rows.map((row) => {
      const winner = kept.get(row.name as AttributeName);
      // The winner is made from the same loaded row: its value and time are that row's own.
      const survives =
        winner !== undefined &&
        winner.source === row.source &&
        winner.value === row.value &&
        winner.observedAt === row.observedAt;
      return { ...row, value: visibleValue(identity, row.name, row.value, [row.source]), survives };
    });
  }

  @FieldResolver(() => [AttributeConflict], {
    description: 'Attributes on which departments disagree.',
  })
  async conflicts(
    @Root() organization: OrganizationNode,
    @Ctx() { loaders, identity }: HubContext,
  ): Promise<AttributeConflict[]> {
    return conflictsOf(await loaders.attributes.load(organization.id)).map((conflict) => ({
      ...conflict,
      values: conflict.values.map((v) => ({
        ...v,
        value: visibleValue(identity, conflict.name, v.value, v.sources),
      })),
    }));
  }

  @FieldResolver(() => [RecordLinkView], {
    description: 'The records linked to this organization and why.',
  })
  async links(
    @Root() organization: OrganizationNode,
    @Ctx() { loaders }: HubContext,
  ): Promise<RecordLinkView[]> {
    const [links, records] = await Promise.all([
      loaders.links.load(organization.id),
      loaders.sourceRecords.load(organization.id),
    ]);
    const byKey = new Map<string, SourceRecordRef>(
      records.map((r) => [`${r.source}/${r.stream}/${r.key}`, r]),
    );
    return links.flatMap((link) => {
      const record = byKey.get(`${link.source}/${link.stream}/${link.key}`);
      return record
        ? [
            {
              record,
              weight: link.weight,
              reasons: link.reasons,
              decidedBy: link.decidedBy,
              decidedAt: link.decidedAt,
            },
          ]
        : [];
    });
  }

  @FieldResolver(() => [OrganizationMergeView], {
    description:
      'The merges that made this organization: by re-resolution on new evidence, or by a person.',
  })
  merges(
    @Root() organization: OrganizationNode,
    @Ctx() { loaders }: HubContext,
  ): Promise<MergeRow[]> {
    return loaders.merges.load(organization.id);
  }

  @FieldResolver(() => [IdentifierView], {
    description: 'Every identifier that resolves to this organization.',
  })
  identifiers(
    @Root() organization: OrganizationNode,
    @Ctx() { loaders }: HubContext,
  ): Promise<IdentifierView[]> {
    return loaders.identifiers.load(organization.id);
  }
}

/**
 * Groups stated values per attribute; an attribute with more than one distinct value is a conflict.
 */
export function conflictsOf(attributes: AttributeRow[]): AttributeConflict[] {
  const conflicts: AttributeConflict[] = [];
  for (const name of CONFLICT_ATTRIBUTES) {
    const values = new Map<string, { value: unknown; sources: Set<string> }>();
    for (const attribute of attributes.filter((a) => a.name === name)) {
      const key =
        name === 'name'
          ? normalizeOrganizationName(String(attribute.value)).key
          : JSON.stringify(attribute.value);
      const entry = values.get(key) ?? { value: attribute.value, sources: new Set<string>() };
      entry.sources.add(attribute.source);
      values.set(key, entry);
    }
    if (values.size > 1)
      conflicts.push({
        name,
        values: [...values.values()].map((v) => ({
          value: v.value,
          sources: [...v.sources].sort(),
        })),
      });
  }
  return conflicts;
}
