/**
 * The few statistics `npm run bench` reports: medians, quantiles, and how far
 * a ratio of two medians could move by chance. No browser, no file system: the
 * unit tests run them directly (test/unit/bench-stats.test.ts).
 */

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Nearest-rank quantile (p95 of 20 runs is the 19th smallest). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (q === 0.5 && sorted.length % 2 === 0) {
    return (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  }
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** A small seeded generator (mulberry32), so the same runs always give the same interval. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How far a figure made of medians could move with which runs happened to be
 * drawn: each list is drawn again, with replacement, at its own size, and
 * `figure` is taken of the new lists' medians; the 5th and 95th percentiles
 * over `resamples` draws are returned (a bootstrap). On this 2-core machine
 * one figure moved 0.98–1.15× between four runs of the same build; the
 * interval says, within one run, whether a target is clearly met, clearly
 * missed, or within the noise. NaN when a list is empty.
 */
export function interval(lists: readonly (readonly number[])[], figure: (medians: number[]) => number, resamples = 2000, seed = 1): [number, number] {
  if (lists.some((list) => list.length === 0)) return [Number.NaN, Number.NaN];
  const next = random(seed);
  const draw = (list: readonly number[]) => Array.from(list, () => list[Math.floor(next() * list.length)]!);
  const figures: number[] = [];
  for (let i = 0; i < resamples; i++) figures.push(figure(lists.map((list) => median(draw(list)))));
  return [quantile(figures, 0.05), quantile(figures, 0.95)];
}

/** The interval of median(top) / median(bottom). */
export function ratioInterval(top: readonly number[], bottom: readonly number[]): [number, number] {
  return interval([top, bottom], ([t, b]) => t! / b!);
}

/** The interval of (median(top) / median(bottom)) ÷ (median(floorTop) / median(floorBottom)): a ratio measured against the floor's same ratio. */
export function ratioOfRatiosInterval(top: readonly number[], bottom: readonly number[], floorTop: readonly number[], floorBottom: readonly number[]): [number, number] {
  return interval([top, bottom, floorTop, floorBottom], ([t, b, ft, fb]) => t! / b! / (ft! / fb!));
}

/** The interval of one list's median. */
export function medianInterval(values: readonly number[]): [number, number] {
  return interval([values], ([m]) => m!);
}

/**
 * Whether a figure meets a target that is a maximum: by its value, and, given
 * its interval, whether that holds clearly or only within the noise.
 */
export function verdict(value: number, [low, high]: readonly [number, number], max: number): string {
  const met = value <= max;
  const clear = Number.isNaN(low) || (met ? high <= max : low > max);
  return `${met ? 'yes' : '**no**'}${clear ? '' : ', within the noise'}`;
}
