/** The hub's default limit on a query's estimated cost (schema/server/api-server.ts). */
export const COMPLEXITY_LIMIT = 50_000;
/** The cost of one member as MemberTable asks for it: four fields and a division (5 + 2), + 1. */
export const MEMBER_COST = 11;
export const MEMBERS_WANTED = 20;

/**
 * How many members of the group at `rank` (1-based) one query may ask for. The API cannot give
 * one group's members alone, so the query lists the groups down to it; its estimator counts
 * `first` groups × 10 (a list) × the members' cost, which the answer must stay under.
 */
export function membersWithinBudget(rank: number, limit = COMPLEXITY_LIMIT): number {
  const perGroup = (limit * 0.95) / rank - 1;
  const members = Math.floor((perGroup / 10 - 2) / MEMBER_COST);
  return Math.max(1, Math.min(MEMBERS_WANTED, members));
}

/** The estimate of the members query, as the hub's complexity plugin computes it. */
export function membersQueryCost(rank: number, members: number): number {
  return rank * (10 * (2 + members * MEMBER_COST) + 1);
}
