import type { PoolClient } from 'pg';
import type { LinkRow } from './link-writes';

/**
 * Federation members name their chambers of commerce / associations (工商联 `chambers`): each
 * becomes a membership row (rule J1's industry grouping), replacing the record's earlier ones.
 */
export async function replaceChamberMemberships(
  client: PoolClient,
  links: LinkRow[],
): Promise<void> {
  const withChambers = links.filter((l) => l.record.canonical.chambers !== undefined);
  if (withChambers.length === 0) return;
  await client.query(
    `delete from chamber_membership c using source_record s
      where c.source_record_id = s.id and (s.source, s.stream, s.record_key) in
            (select * from unnest($1::text[], $2::text[], $3::text[]))`,
    [
      withChambers.map((l) => l.record.source),
      withChambers.map((l) => l.record.stream),
      withChambers.map((l) => l.record.record_key),
    ],
  );
  const org: string[] = [],
    name: string[] = [],
    role: Array<string | null> = [],
    recordId: string[] = [];
  for (const link of withChambers) {
    for (const chamber of link.record.canonical.chambers ?? []) {
      org.push(link.organizationId);
      name.push(chamber.name);
      role.push(chamber.role || null);
      recordId.push(link.record.id);
    }
  }
  if (org.length === 0) return;
  await client.query(
    `insert into chamber_membership (organization_id, chamber_name, role, source_record_id)
     select * from unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[])`,
    [org, name, role, recordId],
  );
}
