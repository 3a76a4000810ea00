import type { EntityManager } from '@mikro-orm/postgresql';
import { classifyIdentifier, normalizeUsccInput } from '../../src/identifiers';
import { Organization } from '../../src/storage/entities';
import { divisionPrefix } from '../../src/reference/divisions';
import { badInput } from '../pagination/relay';

/**
 * Finds an organization by id (a retired id resolves to its survivor), by USCC as typed, or by any
 * identifier (USCC, organization code with or without hyphen, registration number, legacy tax id).
 */
export async function findOrganization(
  em: EntityManager,
  id?: string | null,
  uscc?: string | null,
  identifier?: string | null,
): Promise<Organization | null> {
  if (!id && !uscc && !identifier) throw badInput('give "id", "uscc" or "identifier"');
  if (identifier) return findByIdentifier(em, identifier);
  if (id) {
    if (!/^\d{1,18}$/.test(id)) throw badInput(`"id" is not an organization id: ${id}`);
    const found = await em.findOne(Organization, { id });
    if (found) return found;
    const alias = await em
      .getConnection()
      .execute<Array<{ organization_id: string }>>(
        'select organization_id from organization_alias where retired_id = ?',
        [id],
      );
    return alias[0] ? em.findOne(Organization, { id: String(alias[0].organization_id) }) : null;
  }
  const normalized = normalizeUsccInput(uscc);
  if (!normalized) throw badInput('"uscc" is empty');
  const viaIdentifier = await em
    .getConnection()
    .execute<Array<{ organization_id: string }>>(
      `select organization_id from organization_identifier where scheme = 'uscc' and value = ?`,
      [normalized],
    );
  return viaIdentifier[0]
    ? em.findOne(Organization, { id: String(viaIdentifier[0].organization_id) })
    : null;
}

/** An organization whose name resembles the text searched for, with pg_trgm's similarity. */
export interface NameMatchRow {
  id: string;
  similarity: number;
}

/** Organizations whose name is trigram-similar to `name` (`%`), most similar first, ties by id. */
export async function organizationsNamedLike(
  em: EntityManager,
  name: string,
  limit: number,
  region: string | undefined,
): Promise<NameMatchRow[]> {
  const inRegion = region ? 'and division_code like ?' : '';
  return em.getConnection().execute<NameMatchRow[]>(
    `select id, similarity(name, ?) as similarity from organization
      where name % ? ${inRegion} order by similarity desc, id limit ?`,
    [name, name, ...(region ? [`${divisionPrefix(region)}%`] : []), limit],
  );
}

async function findByIdentifier(em: EntityManager, raw: string): Promise<Organization | null> {
  const classified = classifyIdentifier(raw);
  if (!classified.normalized) throw badInput('"identifier" is empty');
  const values = [classified.normalized, classified.organizationCode].filter(
    (v): v is string => !!v,
  );
  const rows = await em.getConnection().execute<Array<{ organization_id: string }>>(
    `select organization_id from organization_identifier
     where value in (${values.map(() => '?').join(',')})
      order by case scheme when 'uscc' then 0 else 1 end limit 1`,
    values,
  );
  return rows[0] ? em.findOne(Organization, { id: String(rows[0].organization_id) }) : null;
}
