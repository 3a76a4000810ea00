import type { Pool } from 'pg';
import type { CanonicalRecord } from '../canonical/canonical-record';
import {
  DEFAULT_MODEL,
  candidatePairs,
  compareProfiles,
  estimateModel,
  profileFromRecord,
  type FellegiSunterModel,
} from '../matching';

export interface ModelEstimate {
  id: string;
  records: number;
  pairs: number;
  iterations: number;
  converged: boolean;
  model: FellegiSunterModel;
}

/**
 * Estimates the matcher's m/u probabilities from the hub's own organization records: a sample of
 * current record versions is blocked into candidate pairs, compared, and EM fits the model (pairs
 * sharing a valid code label themselves as matches). The estimate is stored and becomes the model
 * later resolution runs use.
 */
export async function estimateMatchModel(pool: Pool, sample = 100_000): Promise<ModelEstimate> {
  const rows = await pool.query<{
    source: string;
    stream: string;
    record_key: string;
    canonical: CanonicalRecord;
  }>(
    `select source, stream, record_key, canonical from current_source_record
      where canonical->>'entity' = 'organization' order by md5(source || record_key) limit $1`,
    [sample],
  );
  const profiles = rows.rows.map((r) =>
    profileFromRecord(r.canonical, `${r.source}/${r.stream}/${r.record_key}`),
  );
  const { pairs } = candidatePairs(profiles);
  const vectors = pairs.map(([i, j]) => compareProfiles(profiles[i], profiles[j]));
  const result = estimateModel(vectors, DEFAULT_MODEL, { iterations: 100, tolerance: 1e-5 });
  const stored = await pool.query<{ id: string }>(
    `insert into match_model (model, records, pairs, iterations, converged, active, created_at)
     values ($1, $2, $3, $4, $5, true, now()) returning id`,
    [
      JSON.stringify(result.model),
      profiles.length,
      pairs.length,
      result.iterations,
      result.converged,
    ],
  );
  return {
    id: String(stored.rows[0].id),
    records: profiles.length,
    pairs: pairs.length,
    iterations: result.iterations,
    converged: result.converged,
    model: result.model,
  };
}

/** The model resolution uses: the newest active estimate, else the built-in default. */
export async function currentMatchModel(
  pool: Pool,
): Promise<{ model: FellegiSunterModel; version: string }> {
  const row = await pool.query<{ id: string; model: FellegiSunterModel }>(
    'select id, model from match_model where active order by id desc limit 1',
  );
  return row.rows[0]
    ? { model: row.rows[0].model, version: `model:fellegi-sunter-em-${row.rows[0].id}` }
    : { model: DEFAULT_MODEL, version: 'model:fellegi-sunter-default' };
}
