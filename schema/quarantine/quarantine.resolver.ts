import { Arg, Ctx, Int, Query, Resolver, Authorized } from 'type-graphql';
import { SOURCE_IDS, isSourceId } from '../../src/model/feeds';
import { sourceFor } from '../access/access-guard';
import type { HubContext } from '../context';
import { badInput, decodeCursor, encodeCursor, pageInfoOf, pageSize } from '../pagination/relay';
import { quarantineCount, quarantinePage } from './quarantine-query';
import { QuarantineConnection } from './quarantine.type';

@Resolver()
export class QuarantineResolver {
  @Authorized('quarantine:read')
  @Query(() => QuarantineConnection, {
    description: 'What could not be landed, newest first, with reasons and positions.',
  })
  async quarantine(
    @Ctx() { pool, identity }: HubContext,
    @Arg('source', () => String, { nullable: true }) asked?: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<QuarantineConnection> {
    const source = sourceFor(identity, asked);
    if (source && !isSourceId(source))
      throw badInput(`"source" must be one of ${SOURCE_IDS.join(', ')}, got ${source}`);
    const limit = pageSize(first);
    const filter = { source, reason };
    const total = await quarantineCount(pool, filter);
    const before = decodeCursor('quarantine', after);
    if (before !== undefined && !/^\d+$/.test(before))
      throw badInput('"after" is not a cursor of this list');
    const rows = await quarantinePage(pool, filter, before, limit + 1);
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
