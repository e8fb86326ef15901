import { describe, expect, it } from 'vitest';
import { interval, median, medianInterval, quantile, ratioInterval, ratioOfRatiosInterval, verdict } from '../../scripts/bench-stats';

/** Runs spread evenly around `centre` (±spread), in a shuffled order. */
function runs(centre: number, spread: number, n = 20): number[] {
  const list = Array.from({ length: n }, (_, i) => centre - spread + (2 * spread * i) / (n - 1));
  return list.map((_, i) => list[(i * 7) % n]!);
}

describe('median and quantile', () => {
  it('takes the middle, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes the nearest rank: p95 of 20 runs is the 19th smallest', () => {
    const list = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(quantile(list, 0.95)).toBe(19);
    expect(quantile(list, 0.05)).toBe(1);
    expect(quantile(list, 1)).toBe(20);
  });
});

describe('ratioInterval', () => {
  it('is the same for the same runs, every time', () => {
    const top = runs(12, 3);
    const bottom = runs(10, 2);
    expect(ratioInterval(top, bottom)).toEqual(ratioInterval(top, bottom));
  });

  it('holds the ratio of the medians, and is a point when nothing varies', () => {
    const top = runs(12, 3);
    const bottom = runs(10, 2);
    const [low, high] = ratioInterval(top, bottom);
    const ratio = median(top) / median(bottom);
    expect(low).toBeLessThan(ratio);
    expect(high).toBeGreaterThan(ratio);
    expect(ratioInterval([5, 5, 5], [4, 4, 4])).toEqual([1.25, 1.25]);
  });

  it('is wider for noisier runs, and narrower for more of them', () => {
    const width = ([low, high]: [number, number]) => high - low;
    const calm = width(ratioInterval(runs(12, 1), runs(10, 1)));
    const noisy = width(ratioInterval(runs(12, 4), runs(10, 4)));
    const many = width(ratioInterval(runs(12, 4, 80), runs(10, 4, 80)));
    expect(noisy).toBeGreaterThan(calm * 2);
    expect(many).toBeLessThan(noisy);
  });

  it('tells a clear difference from noise', () => {
    // 20 % more, spread ±5 %: the whole interval is above 1.1.
    expect(ratioInterval(runs(120, 6), runs(100, 5))[0]).toBeGreaterThan(1.1);
    // 5 % more, spread ±30 %: the interval reaches both sides of 1.
    const [low, high] = ratioInterval(runs(105, 30), runs(100, 30));
    expect(low).toBeLessThan(1);
    expect(high).toBeGreaterThan(1.05);
  });

  it('is NaN when either side has no runs', () => {
    expect(ratioInterval([], [1, 2])).toEqual([Number.NaN, Number.NaN]);
    expect(ratioInterval([1, 2], [])).toEqual([Number.NaN, Number.NaN]);
  });
});

describe('interval, for other figures of medians', () => {
  it('gives ratioInterval when the figure is the ratio of two medians', () => {
    const top = runs(12, 3);
    const bottom = runs(10, 2);
    expect(interval([top, bottom], ([t, b]) => t! / b!)).toEqual(ratioInterval(top, bottom));
  });

  it('holds one list\'s median, and is a point when nothing varies', () => {
    const list = runs(40, 10);
    const [low, high] = medianInterval(list);
    expect(low).toBeLessThan(median(list));
    expect(high).toBeGreaterThan(median(list));
    expect(low).toBeGreaterThanOrEqual(30);
    expect(high).toBeLessThanOrEqual(50);
    expect(medianInterval([7, 7, 7])).toEqual([7, 7]);
  });

  it('measures a ratio against the floor\'s ratio', () => {
    // 1.2× against a floor of 1.1×: about 1.09, and a point when nothing varies.
    expect(ratioOfRatiosInterval([12, 12], [10, 10], [11, 11], [10, 10])).toEqual([12 / 10 / (11 / 10), 12 / 10 / (11 / 10)]);
    const [low, high] = ratioOfRatiosInterval(runs(120, 10), runs(100, 10), runs(110, 10), runs(100, 10));
    expect(low).toBeLessThan(120 / 110);
    expect(high).toBeGreaterThan(120 / 110);
  });

  it('is NaN when any list has no runs', () => {
    expect(medianInterval([])).toEqual([Number.NaN, Number.NaN]);
    expect(ratioOfRatiosInterval([1], [1], [], [1])).toEqual([Number.NaN, Number.NaN]);
  });
});

describe('verdict', () => {
  it('says yes or no by the value, and whether the interval agrees', () => {
    expect(verdict(1.05, [1.0, 1.09], 1.1)).toBe('yes');
    expect(verdict(1.05, [0.98, 1.15], 1.1)).toBe('yes, within the noise');
    expect(verdict(1.25, [1.21, 1.3], 1.2)).toBe('**no**');
    expect(verdict(1.25, [1.15, 1.3], 1.2)).toBe('**no**, within the noise');
  });

  it('says plainly yes or no when there is no interval', () => {
    expect(verdict(1.05, [Number.NaN, Number.NaN], 1.1)).toBe('yes');
    expect(verdict(1.15, [Number.NaN, Number.NaN], 1.1)).toBe('**no**');
  });
});
