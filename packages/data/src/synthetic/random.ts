/** A seeded source of pseudo-random choices: the same seed always gives the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Up to k distinct items, in the order drawn. */
  sample<T>(items: readonly T[], k: number): T[];
  /** One item, drawn in proportion to a weight table made by `weights()`. */
  weighted<T>(table: WeightTable<T>): T;
}

export interface WeightTable<T> {
  readonly items: readonly T[];
  /** Running totals of the weights. */
  readonly cumulative: readonly number[];
}

export function weights<T>(entries: readonly (readonly [T, number])[]): WeightTable<T> {
  let total = 0;
  return {
    items: entries.map(([item]) => item),
    cumulative: entries.map(([, weight]) => (total += weight)),
  };
}

/** 32-bit FNV-1a, to turn a string seed into a number. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function seedNumber(seed: number | string): number {
  if (typeof seed === 'number' && Number.isInteger(seed)) return seed >>> 0;
  return hashString(String(seed));
}

/**
 * mulberry32: a small, fast 32-bit generator, good enough for test data (not for cryptography).
 *
 * @example
 * const random = createRandom(42);
 * random.pick(['a', 'b', 'c']); // the same letter on every run with seed 42
 */
export function createRandom(seed: number | string): Random {
  let state = seedNumber(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)]!,
    sample(items, k) {
      const pool = items.slice();
      const count = Math.min(k, pool.length);
      for (let i = 0; i < count; i++) {
        const j = i + int(pool.length - i);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      return pool.slice(0, count);
    },
    weighted(table) {
      const total = table.cumulative[table.cumulative.length - 1] ?? 0;
      const target = next() * total;
      let low = 0;
      let high = table.cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (table.cumulative[middle]! > target) high = middle;
        else low = middle + 1;
      }
      return table.items[low]!;
    },
  };
}
