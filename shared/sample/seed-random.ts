// Deterministic randomness for the sample county: the same dataset on every machine and in
// every test run, so its totals can be checked against the seed article's figures.

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
};

/** mulberry32: small, fast and good enough for plausible-looking sample data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/**
 * Splits `total` into `parts` integers (each ≥ `min`) that add up to it exactly, with
 * uneven, random-looking sizes.
 */
export function spread(total: number, parts: number, rng: Rng, min = 1): number[] {
  if (parts <= 0) return [];
  if (total < parts * min) throw new RangeError(`spread: ${total} cannot be split into ${parts} parts of at least ${min}`);
  const weights = Array.from({ length: parts }, () => 0.5 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const free = total - parts * min;
  const out = weights.map((w) => min + Math.floor((free * w) / sum));
  let rest = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts, rest--) out[i] += 1;
  return out;
}

/** `n` distinct items of `items`, in a shuffled but reproducible order. */
export function sample<T>(items: readonly T[], n: number, rng: Rng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

export const pad = (n: number, width = 3): string => String(n).padStart(width, '0');
