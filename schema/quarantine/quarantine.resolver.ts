import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { SOURCE_IDS, isSourceId } from '../../src/model/feeds';
import type { HubContext } from '../context';
import { badInput, decodeCursor, encodeCursor, pageInfoOf, pageSize } from '../pagination/relay';
import { QuarantineConnection } from './quarantine.type';

interface EntryRow {
  id: string;
  source: string;
  stream: string;
  run_id: string | null;
  origin: string;
  position: string | null;
  reason: string;
  detail: string | null;
  excerpt: string | null;
  record_key: string | null;
  created_at: Date;
}

@Resolver()
export class QuarantineResolver {
  @Query(() => QuarantineConnection, {
    description: 'What could not be landed, newest first, with reasons and positions.',
  })
  async quarantine(
    @Ctx() { pool }: HubContext,
    @Arg('source', () => String, { nullable: true }) source?: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<QuarantineConnection> {
    if (source && !isSourceId(source))
      throw badInput(`"source" must be one of ${SOURCE_IDS.join(', ')}, got ${source}`);
    const limit = pageSize(first);
    const params: unknown[] = [];
    const where: string[] = [];
    if (source) where.push(`source = $${params.push(source)}`);
    if (reason) where.push(`reason = $${params.push(reason)}`);
    const total = (
      await pool.query<{ n: number }>(
        `select count(*)::int as n from quarantine_entry ${where.length ? `where ${where.join(' and ')}` : ''}`,
        params,
      )
    ).rows[0].n;
    const before = decodeCursor('quarantine', after);
    if (before !== undefined) {
      if (!/^\d+$/.test(before)) throw badInput('"after" is not a cursor of this list');
      where.push(`id < $${params.push(before)}`);
    }
    const rows = (
      await pool.query<EntryRow>(
        `select * from quarantine_entry ${where.length ? `where ${where.join(' and ')}` : ''} order by id desc limit $${params.push(limit + 1)}`,
        params,
      )
    ).rows;
    const edges = rows.slice(0, limit).map((row) => ({
      cursor: encodeCursor('quarantine', String(row.id)),
      node: {
        id: String(row.id),
        source: row.source,
        stream: row.stream,
        runId: row.run_id ? String(row.run_id) : null,
        origin: row.origin,
        position: row.position,
        reason: row.reason,
        detail: row.detail,
        excerpt: row.excerpt,
        recordKey: row.record_key,
        createdAt: row.created_at,
      },
    }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > limit, after), totalCount: total };
  }
}
