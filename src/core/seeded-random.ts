// SPDX-License-Identifier: EUPL-1.2
/**
 * A small seeded generator (mulberry32) for data that must be the same on every run: the demo's
 * figures and the benchmarks' populations. Never for anything secret (use node:crypto there).
 * @param seed any 32-bit number
 * @returns a function giving numbers in [0, 1)
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
