import type { Pool } from 'pg';
import { EXACT_TIME, badInput, decodeCursor, encodeCursor } from '../pagination/relay';
import { TimelineKind, type TimelineEntry } from './timeline-entry.type';

interface TimelineRow {
  at: Date;
  /** `at` exactly (microseconds), for the cursor. */
  at_text: string;
  kind: TimelineKind;
  id: string;
  source: string;
  title: string;
  detail: unknown;
}

/**
 * An organization's entries from every part of the graph, newest first, in one statement keyset
 * on (at, kind, id): registry events its records state, each record's versions, coverage changes,
 * and merges. `$1` is the organization with the ids retired into it.
 */
const TIMELINE = `
  with ids as (select $1::bigint as id
               union select retired_id from organization_alias where organization_id = $1::bigint),
  entries as (
    select distinct on (a.source, e.value) (e.value->>'date')::timestamptz as at,
           '${TimelineKind.REGISTRY_EVENT}' as kind, a.source || ':' || (e.value->>'date') || ':' ||
           (e.value->>'type') as id, a.source, e.value->>'type' as title, e.value as detail
      from organization_attribute a cross join lateral jsonb_array_elements(a.value) e(value)
     where a.organization_id = $1::bigint and a.name = 'events'
       and e.value->>'date' ~ '^\\d{4}-\\d{2}-\\d{2}'
    union all
    select r.first_seen_at, case when r.id = first.id then '${TimelineKind.RECORD_ARRIVED}'
                                 else '${TimelineKind.RECORD_CHANGED}' end,
           r.id::text, r.source, r.stream || ' ' || r.record_key,
           jsonb_build_object('stream', r.stream, 'key', r.record_key, 'origin', r.origin)
      from record_link l
      join source_record r on r.source = l.source and r.stream = l.stream
        and r.record_key = l.record_key
      cross join lateral (select min(x.id) as id from source_record x
                           where x.source = l.source and x.stream = l.stream
                             and x.record_key = l.record_key) first
     where l.organization_id = $1::bigint
    union all
    select c.at, '${TimelineKind.COVERAGE_CHANGE}', c.id::text, 'coverage',
           c.rule || ' ' || c.change,
           jsonb_build_object('rule', c.rule, 'change', c.change, 'ruleSet', c.rule_set,
                              'reason', c.reason)
      from coverage_change c where c.organization_id in (select id from ids)
    union all
    select m.merged_at, '${TimelineKind.MERGE}', m.id::text, m.decided_by,
           case when m.survivor_id = $1::bigint then 'merged in ' || m.retired_id
                else 'merged into ' || m.survivor_id end,
           jsonb_build_object('survivor', m.survivor_id::text, 'retired', m.retired_id::text,
                              'evidence', m.evidence)
      from organization_merge m where m.survivor_id = $1::bigint or m.retired_id = $1::bigint)
  select *, at::text as at_text from entries`;

/** One page of an organization's timeline, newest first. */
export async function timelinePage(
  pool: Pool,
  organizationId: string,
  limit: number,
  after: string | undefined,
): Promise<{ rows: Array<{ cursor: string; node: TimelineEntry }>; hasNextPage: boolean }> {
  const params: unknown[] = [organizationId];
  let where = '';
  const position = decodeCursor('timeline', after);
  if (position !== undefined) {
    const [at, kind, ...id] = position.split('|');
    if (!EXACT_TIME.test(at) || !kind) throw badInput('"after" is not a cursor of this list');
    params.push(at, kind, id.join('|'));
    where = 'where (at, kind, id) < ($2::timestamptz, $3, $4)';
  }
  params.push(limit + 1);
  const { rows } = await pool.query<TimelineRow>(
    `${TIMELINE} ${where} order by at desc, kind desc, id desc limit $${params.length}`,
    params,
  );
  return {
    rows: rows.slice(0, limit).map(({ at_text, ...node }) => ({
      cursor: encodeCursor('timeline', `${at_text}|${node.kind}|${node.id}`),
      node,
    })),
    hasNextPage: rows.length > limit,
  };
}
