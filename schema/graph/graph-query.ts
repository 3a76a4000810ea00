import type { Pool } from 'pg';
import { divisionName, divisionPrefix } from '../../src/reference/divisions';
import { badInput, decodeCursor, encodeCursor } from '../pagination/relay';
import { nodeOfRowOrNull, organizationColumns } from '../organization/organization-row';
import {
  BodySide,
  type ChamberMembershipView,
  type CoveredUnit,
  type CoveringBody,
  type CoveringBodyFilter,
} from './covering-body.type';

const TABLE: Record<BodySide, string> = {
  [BodySide.PARTY]: 'party_organization',
  [BodySide.UNION]: 'trade_union',
};
const EDGE_SIDE: Record<BodySide, string> = {
  [BodySide.PARTY]: 'party',
  [BodySide.UNION]: 'union',
};

/** The columns both roster tables answer (nulls where one has none). */
const BODY_COLUMNS = (side: BodySide) =>
  `b.id::text, b.record_key, b.name, b.form, b.status, b.active, b.division_code,
   b.established_on::text as established, b.venue,
   ${side === BodySide.PARTY ? 'b.level' : 'null::text as level'},
   ${side === BodySide.UNION ? 'b.members, b.employees_reported' : 'null::int as members, null::int as employees_reported'}`;

type BodyRow = Record<string, unknown>;

const bodyOf = (side: BodySide, r: BodyRow): CoveringBody => {
  const division = (r.division_code as string | null) ?? null;
  return {
    id: String(r.id),
    side,
    recordKey: String(r.record_key),
    name: String(r.name),
    form: String(r.form),
    level: (r.level as string | null) ?? null,
    status: (r.status as string | null) ?? null,
    active: Boolean(r.active),
    established: (r.established as string | null) ?? null,
    division: division ? { code: division, name: divisionName(division) ?? null } : null,
    venue: r.venue ?? null,
    members: (r.members as number | null) ?? null,
    employeesReported: (r.employees_reported as number | null) ?? null,
  };
};

/** The bodies that cover an organization, on one side. */
export async function bodiesCovering(
  pool: Pool,
  side: BodySide,
  organizationId: string,
): Promise<CoveringBody[]> {
  const { rows } = await pool.query<BodyRow>(
    `select ${BODY_COLUMNS(side)} from ${TABLE[side]} b
      where b.id in (select e.body_id from coverage_edge e where e.side = $1 and e.organization_id = $2)
      order by b.id`,
    [EDGE_SIDE[side], organizationId],
  );
  return rows.map((r) => bodyOf(side, r));
}

export async function bodyById(
  pool: Pool,
  side: BodySide,
  id: string,
): Promise<CoveringBody | null> {
  if (!/^\d{1,18}$/.test(id)) throw badInput(`"id" is not a body id: ${id}`);
  const { rows } = await pool.query<BodyRow>(
    `select ${BODY_COLUMNS(side)} from ${TABLE[side]} b where b.id = $1`,
    [id],
  );
  return rows[0] ? bodyOf(side, rows[0]) : null;
}

/** Bodies of one side in id order, keyset-paged, filtered where the SQL is built. */
export async function bodyPage(
  pool: Pool,
  side: BodySide,
  filter: CoveringBodyFilter | undefined,
  limit: number,
  after: string | undefined,
): Promise<{ rows: Array<{ cursor: string; node: CoveringBody }>; hasNextPage: boolean }> {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (condition: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(condition(params.length));
  };
  if (filter?.region) add((n) => `b.division_code like $${n}`, `${divisionPrefix(filter.region)}%`);
  if (filter?.form) add((n) => `b.form = $${n}`, filter.form);
  if (filter?.active !== undefined && filter.active !== null)
    add((n) => `b.active = $${n}`, filter.active);
  const position = decodeCursor(`body:${side}`, after);
  if (position !== undefined) {
    if (!/^\d+$/.test(position)) throw badInput('"after" is not a cursor of this list');
    add((n) => `b.id > $${n}`, position);
  }
  params.push(limit + 1);
  const { rows } = await pool.query<BodyRow>(
    `select ${BODY_COLUMNS(side)} from ${TABLE[side]} b
      ${where.length ? `where ${where.join(' and ')}` : ''} order by b.id limit $${params.length}`,
    params,
  );
  return {
    rows: rows.slice(0, limit).map((r) => ({
      cursor: encodeCursor(`body:${side}`, String(r.id)),
      node: bodyOf(side, r),
    })),
    hasNextPage: rows.length > limit,
  };
}

/** The units a body names: resolved to organizations, or with why not. */
export async function coveredUnits(
  pool: Pool,
  side: BodySide,
  bodyId: string,
): Promise<CoveredUnit[]> {
  const { rows } = await pool.query<BodyRow>(
    `select e.unit_name, e.unit_uscc_raw, e.resolution, ${organizationColumns('o', 'org_')}
       from coverage_edge e left join organization o on o.id = e.organization_id
      where e.side = $1 and e.body_id = $2 order by e.id`,
    [EDGE_SIDE[side], bodyId],
  );
  return rows.map((r) => ({
    organization: nodeOfRowOrNull(r, 'org_'),
    unitName: String(r.unit_name),
    unitUscc: (r.unit_uscc_raw as string | null) ?? null,
    resolution: r.resolution,
  }));
}

export async function chambersOf(
  pool: Pool,
  organizationId: string,
): Promise<ChamberMembershipView[]> {
  const { rows } = await pool.query<BodyRow>(
    `select m.chamber_name, m.role, ${organizationColumns('o', 'org_')}
       from chamber_membership m left join organization o on o.id = m.chamber_organization_id
      where m.organization_id = $1 order by m.chamber_name`,
    [organizationId],
  );
  return rows.map((r) => ({
    chamber: String(r.chamber_name),
    role: (r.role as string | null) ?? null,
    organization: nodeOfRowOrNull(r, 'org_'),
  }));
}

/** The organization holding a USCC (a branch's parent). */
export async function organizationByUscc(pool: Pool, uscc: string) {
  const { rows } = await pool.query<BodyRow>(
    `select ${organizationColumns()} from organization_identifier i
       join organization o on o.id = i.organization_id
      where i.scheme = 'uscc' and i.value = $1 limit 1`,
    [uscc],
  );
  return rows[0] ? nodeOfRowOrNull(rows[0], '') : null;
}
