import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { createApiKey, listApiKeys, revokeApiKey } from '../../src/access/api-key-store';
import type { HubContext } from '../context';
import { badInput, decodeCursor, encodeCursor, pageInfoOf, pageSize } from '../pagination/relay';
import { ApiKeyView, CreatedApiKey } from './api-key.type';
import { auditPage } from './audit-trail-query';
import { AuditedRequestConnection } from './audit-trail.type';

/** API keys and the audit trail, for admins. */
@Resolver()
export class AccessResolver {
  @Authorized('keys:manage')
  @Query(() => [ApiKeyView], { description: 'Every API key, revoked ones too (never the keys).' })
  apiKeys(@Ctx() { pool }: HubContext): Promise<ApiKeyView[]> {
    return listApiKeys(pool);
  }

  @Authorized('keys:manage')
  @Mutation(() => CreatedApiKey, {
    description: 'Makes an API key; the answer is the only time the key is shown.',
  })
  async createApiKey(
    @Ctx() { pool, actor }: HubContext,
    @Arg('role', { description: 'admin, org-department, trade-union, department:<feed>, …' })
    role: string,
    @Arg('region', () => String, { nullable: true, description: 'Division code, e.g. 610100.' })
    region?: string,
    @Arg('name', () => String, { nullable: true }) name?: string,
  ): Promise<CreatedApiKey> {
    try {
      const made = await createApiKey(pool, { role, region, name, createdBy: actor });
      return { apiKey: made.view, key: made.key };
    } catch (error) {
      throw badInput((error as Error).message);
    }
  }

  @Authorized('keys:manage')
  @Mutation(() => Boolean, { description: 'Revokes a key at once (false: no such active key).' })
  async revokeApiKey(
    @Ctx() { pool, forgetKeys }: HubContext,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    const revoked = await revokeApiKey(pool, id);
    forgetKeys?.();
    return revoked;
  }

  @Authorized('audit:read')
  @Query(() => AuditedRequestConnection, {
    description: 'Who asked what, when, how many rows, and the outcome; newest first.',
  })
  async auditTrail(
    @Ctx() { pool }: HubContext,
    @Arg('subject', () => String, { nullable: true }) subject?: string,
    @Arg('outcome', () => String, { nullable: true }) outcome?: string,
    @Arg('since', () => Date, { nullable: true }) since?: Date,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditedRequestConnection> {
    const limit = pageSize(first);
    const before = decodeCursor('audit', after);
    if (before !== undefined && !/^\d+$/.test(before))
      throw badInput('"after" is not a cursor of this list');
    const rows = await auditPage(pool, { subject, outcome, since }, before, limit + 1);
    const edges = rows.slice(0, limit).map((row) => ({
      cursor: encodeCursor('audit', row.id),
      node: {
        id: row.id,
        at: row.at,
        subject: row.subject,
        role: row.role,
        region: row.region,
        kind: row.kind,
        operation: row.operation,
        variables: row.variables,
        rows: row.rows,
        outcome: row.outcome,
        durationMs: row.duration_ms,
      },
    }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  }
}
