import { BloomFilter } from 'bloomfilter';
import type { Pool } from 'pg';

/** 2 MB a stream: about 0.2% false positives at 1.3M keys (the largest stream of a 1M province). */
const FILTER_BITS = 2 ** 24;
const FILTER_HASHES = 7;

/**
 * What one pull knows of which record keys may already have a current version: of a stream that
 * held no records when the pull started (a feed's first load), only the keys the pull itself has
 * landed since. Those are kept in a Bloom filter — no false negatives; a false positive costs one
 * lookup — so a first load skips looking up the current version of every key it meets for the first
 * time, which is nearly all of them. Streams that had records are always looked up.
 *
 * Sound while the pull is the stream's only writer (one pull per feed at a time) and while two
 * batches that share a key never land at once (`landInOrder` makes the later one wait).
 */
export class FirstLoadKeys {
  private constructor(private readonly filters: Map<string, BloomFilter>) {}

  /** Reads which of the feed's streams hold no records yet. */
  static async open(
    pool: Pool,
    source: string,
    streams: readonly string[],
  ): Promise<FirstLoadKeys> {
    const empty = await pool.query<{ stream: string }>(
      `select s.stream from unnest($2::text[]) as s(stream)
        where not exists (select 1 from source_record r where r.source = $1
          and r.stream = s.stream)`,
      [source, [...streams]],
    );
    return new FirstLoadKeys(
      new Map(empty.rows.map((row) => [row.stream, new BloomFilter(FILTER_BITS, FILTER_HASHES)])),
    );
  }

  /**
   * Of the keys a batch is about to land, those the stream may already hold a current version of
   * (all of them, unless the stream was empty when the pull started); notes the batch's keys as
   * landed.
   */
  keysToLookUp(stream: string, keys: readonly string[]): string[] {
    const filter = this.filters.get(stream);
    if (!filter) return [...keys];
    const maybeLanded = keys.filter((key) => filter.test(key));
    for (const key of keys) filter.add(key);
    return maybeLanded;
  }
}
