import { xoroshiro128plus, unsafeUniformIntDistribution } from 'pure-rand';
import type { RandomGenerator } from 'pure-rand';

/** Mixes two 32-bit integers into a new seed (murmur3 finaliser), so streams never overlap. */
export function mixSeed(a: number, b: number): number {
  let h = (a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Seeded random source over pure-rand's xoroshiro128+ (mutating, "unsafe" API for speed).
 * Every random choice of the generator goes through one of these, so a seed fixes the output.
 */
export class Rng {
  private readonly gen: RandomGenerator;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed | 0);
  }

  /**
   * A child stream for an independent concern (chunk, feed, noise), stable under code changes
   * elsewhere.
   */
  fork(label: number): Rng {
    return new Rng(mixSeed(this.int(0, 0x7fffffff), label));
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.gen);
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.int(0, 0x3fffffff) / 0x40000000;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return p > 0 && this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** Picks by weight from [value, weight] pairs. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let x = this.float() * total;
    for (const [v, w] of entries) {
      x -= w;
      if (x < 0) return v;
    }
    return entries[entries.length - 1][0];
  }

  /** Log-normal-ish positive integer with the given median and spread (sigma of ln). */
  logNormalInt(median: number, sigma: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    // Box-Muller from two uniforms; 1 - float() avoids log(0).
    const z = Math.sqrt(-2 * Math.log(1 - this.float())) * Math.cos(2 * Math.PI * this.float());
    const v = Math.round(median * Math.exp(sigma * z));
    return Math.min(max, Math.max(min, v));
  }

  /** k distinct items drawn without replacement (k clipped to the list length). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = this.int(i, copy.length - 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
}
