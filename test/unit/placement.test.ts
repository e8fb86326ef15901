import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeBeside, type Box } from '../../src/core/hint/placement';

const VIEW = { width: 1280, height: 800 };
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeBeside', () => {
  it('goes to the right, top-aligned, when there is room', () => {
    expect(placeBeside({ left: 320, top: 230, width: 200, height: 40 }, { width: 350, height: 230 }, VIEW, 22)).toEqual({ x: 542, y: 230, side: 'right', fits: true });
  });

  it('flips to the left at the right edge, then below, then above', () => {
    expect(placeBeside({ left: 900, top: 100, width: 300, height: 40 }, { width: 350, height: 200 }, VIEW, 20).side).toBe('left');
    expect(placeBeside({ left: 100, top: 100, width: 1000, height: 40 }, { width: 350, height: 200 }, VIEW, 20).side).toBe('bottom');
    expect(placeBeside({ left: 100, top: 600, width: 1000, height: 150 }, { width: 350, height: 200 }, VIEW, 20).side).toBe('top');
  });

  it('slides along the edge to stay on screen, never across the option', () => {
    const p = placeBeside({ left: 100, top: 760, width: 100, height: 30 }, { width: 300, height: 200 }, VIEW, 20);
    expect(p.side).toBe('right');
    expect(p.y).toBe(800 - 8 - 200);
    expect(p.x).toBe(220);
  });

  it('stays on screen even when no side has room', () => {
    const p = placeBeside({ left: 0, top: 0, width: 320, height: 240 }, { width: 300, height: 200 }, { width: 320, height: 240 }, 20);
    expect(p.fits).toBe(false);
    expect(p.x).toBeGreaterThanOrEqual(8);
    expect(p.y).toBeGreaterThanOrEqual(8);
  });

  it('property: whenever it fits, the box is on screen and clear of the option', () => {
    const box = fc.record({ left: fc.integer({ min: -50, max: 1300 }), top: fc.integer({ min: -50, max: 850 }), width: fc.integer({ min: 1, max: 900 }), height: fc.integer({ min: 1, max: 400 }) });
    const size = fc.record({ width: fc.integer({ min: 100, max: 500 }), height: fc.integer({ min: 60, max: 500 }) });
    fc.assert(
      fc.property(box, size, fc.integer({ min: 0, max: 40 }), (reference, s, gap) => {
        const p = placeBeside(reference, s, VIEW, gap);
        const placed = { left: p.x, top: p.y, width: s.width, height: s.height };
        if (p.fits) {
          expect(overlaps(placed, reference)).toBe(false);
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.x + s.width).toBeLessThanOrEqual(VIEW.width);
          expect(p.y + s.height).toBeLessThanOrEqual(VIEW.height);
        }
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
