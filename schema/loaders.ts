import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface SourceRecordRef {
  organizationId: string;
  source: string;
  stream: string;
  key: string;
  contentHash: string;
  origin: string;
  firstSeenAt: Date;
  fetchedAt: Date;
}

/** Batching loaders, so a page of organizations costs one query per field, not one per row. */
export interface Loaders {
  sourceRecords: DataLoader<string, SourceRecordRef[]>;
}

export function createLoaders(em: EntityManager): Loaders {
  return {
    sourceRecords: new DataLoader(async (ids: readonly string[]) => {
      const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(
        `select l.organization_id, s.source, s.stream, s.record_key, s.content_hash, s.origin, s.first_seen_at, s.last_seen_at
           from record_link l
           join source_record s on s.source = l.source and s.stream = l.stream and s.record_key = l.record_key and s.is_current
          where l.organization_id in (${ids.map(() => '?').join(',')})
          order by s.source, s.stream, s.record_key`,
        [...ids],
      );
      const byOrganization = new Map<string, SourceRecordRef[]>();
      for (const row of rows) {
        const ref: SourceRecordRef = {
          organizationId: String(row.organization_id),
          source: String(row.source),
          stream: String(row.stream),
          key: String(row.record_key),
          contentHash: String(row.content_hash),
          origin: String(row.origin),
          firstSeenAt: new Date(row.first_seen_at as string),
          fetchedAt: new Date(row.last_seen_at as string),
        };
        const list = byOrganization.get(ref.organizationId) ?? [];
        list.push(ref);
        byOrganization.set(ref.organizationId, list);
      }
      return ids.map((id) => byOrganization.get(id) ?? []);
    }),
  };
}
