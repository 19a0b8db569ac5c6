/**
 * A small seeded pseudo-random generator (mulberry32), so every run of the
 * benchmarks generates exactly the same data.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const result: T[] = [];
    while (result.length < count && pool.length > 0) {
      result.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    }
    return result;
  }

  /** Lower-case letters and digits, e.g. for fake video ids. */
  token(length: number): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i++) {
      out += alphabet[Math.floor(this.next() * alphabet.length)];
    }
    return out;
  }
}

/**
 * Picks items with Zipf-like popularity: the first item is the most common,
 * like Kubernetes or Prometheus among the tools people write about.
 */
export class ZipfPicker<T> {
  readonly #items: readonly T[];
  readonly #cumulative: number[];

  constructor(items: readonly T[], exponent: number) {
    this.#items = items;
    let total = 0;
    this.#cumulative = items.map((_, rank) => {
      total += 1 / Math.pow(rank + 1, exponent);
      return total;
    });
    this.#cumulative = this.#cumulative.map(value => value / total);
  }

  pick(random: Random): T {
    const r = random.next();
    let low = 0;
    let high = this.#cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.#cumulative[mid] < r) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return this.#items[low];
  }

  /** `count` distinct items (fewer if there are not that many). */
  pickDistinct(random: Random, count: number): T[] {
    const chosen = new Set<T>();
    const wanted = Math.min(count, this.#items.length);
    // Bounded: popular items repeat, so give up after enough tries.
    for (let tries = 0; chosen.size < wanted && tries < wanted * 50; tries++) {
      chosen.add(this.pick(random));
    }
    return [...chosen];
  }
}
