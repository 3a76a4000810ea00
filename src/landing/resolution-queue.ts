import { USCC_SHARDS } from '../storage/entities/resolution-queue.entity';

/**
 * The resolution queue (`resolution_queue`, 待归集): landing adds each new current version,
 * resolution takes it off in the transaction that resolves it, and anything that needs a record
 * resolved again puts it back. A record with a valid USCC is filed under a shard of it (see
 * `ResolutionQueue.usccShard`).
 *
 * @param rows - SQL returning `(id, canonical, first_version)` of source_record versions, where
 *   `first_version` is true only for the first version ever landed of a key (false when unsure)
 * @returns the statement queuing them (already queued ones stay as they are)
 */
export function enqueueForResolution(rows: string): string {
  return `insert into resolution_queue (source_record_id, entity, first_version, uscc_shard)
    select q.id, q.canonical->>'entity', q.first_version,
           abs(hashtext((select c->>'normalized'
             from jsonb_array_elements(q.canonical->'identifiers') c
                          where c->>'scheme' = 'uscc' and (c->>'valid')::boolean
                          limit 1))) % ${USCC_SHARDS}
      from (${rows}) as q(id, canonical, first_version)
    on conflict (source_record_id) do nothing`;
}
