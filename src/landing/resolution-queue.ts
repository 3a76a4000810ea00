/**
 * The resolution queue (`resolution_queue`, 待归集): landing adds each new current version,
 * resolution takes it off in the transaction that resolves it, and anything that needs a record
 * resolved again puts it back.
 *
 * @param rows - SQL returning `(id, canonical)` of source_record versions
 * @returns the statement queuing them (already queued ones stay as they are)
 */
export function enqueueForResolution(rows: string): string {
  return `insert into resolution_queue (source_record_id, entity, has_uscc)
    select q.id, q.canonical->>'entity', q.canonical->'identifiers' @> '[{"scheme": "uscc", "valid": true}]'
      from (${rows}) as q(id, canonical)
    on conflict (source_record_id) do nothing`;
}
