import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCallout, type Box, type CalloutRoom } from '../../src/core/hint/placement';

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const CALLOUT = { width: 350, height: 230 };
const GAP = 22;

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
const placed = (room: CalloutRoom) => {
  const p = placeCallout(room);
  return { ...p, box: box(p.x, p.y, room.size.width, room.size.height) };
};

/** A settings form in a 640 px column at 1280 × 800: heading, intro, the group of two options, a link, a checkbox, Save. */
const GROUP = box(340, 230, 130, 50);
const OPTION = box(334, 252, 142, 30);
const COLUMN = [box(320, 80, 320, 40), box(320, 140, 516, 20), box(340, 185, 290, 20), box(320, 325, 164, 20), box(320, 360, 400, 20), box(320, 730, 150, 40)];

describe('placeCallout', () => {
  const cases: { name: string; room: CalloutRoom; side: string; at?: { x: number; y: number } }[] = [
    {
      name: 'free room right: beside the group, level with its top',
      room: { group: GROUP, option: OPTION, obstacles: [], size: CALLOUT, viewport: WIDE, gap: GAP },
      side: 'right',
      at: { x: 492, y: 230 },
    },
    {
      name: 'text right of the group: further right, past the checkbox label below it',
      room: { group: GROUP, option: OPTION, obstacles: COLUMN, size: CALLOUT, viewport: WIDE, gap: GAP },
      side: 'right',
      at: { x: 728, y: 230 },
    },
    {
      name: 'the group at the right edge: left of it',
      room: { group: box(900, 230, 300, 50), option: box(894, 252, 200, 30), obstacles: [], size: CALLOUT, viewport: WIDE, gap: GAP },
      side: 'left',
    },
    {
      name: 'only below: text fills both sides, the space under the form is free',
      room: { group: GROUP, option: OPTION, obstacles: [box(0, 200, 330, 120), box(480, 200, 800, 120)], size: CALLOUT, viewport: WIDE, gap: GAP },
      side: 'bottom',
      at: { x: 340, y: 328 },
    },
    {
      name: 'only above: the page goes on below and beside the group',
      room: { group: box(340, 600, 130, 50), option: box(334, 622, 142, 30), obstacles: [box(0, 560, 330, 240), box(480, 560, 800, 240), box(320, 680, 600, 100)], size: CALLOUT, viewport: WIDE, gap: GAP },
      side: 'top',
    },
    {
      name: 'narrow screen: below the group, though the right has room',
      room: { group: box(16, 200, 100, 60), option: box(10, 230, 112, 36), obstacles: [], size: { width: 300, height: 230 }, viewport: { width: 480, height: 800 }, gap: GAP },
      side: 'bottom',
      at: { x: 16, y: 282 },
    },
    {
      name: 'phone: below the group, past the link and the checkbox under it',
      room: { group: box(16, 200, 200, 60), option: box(10, 230, 212, 36), obstacles: [box(16, 290, 150, 20), box(16, 320, 300, 44)], size: { width: 344, height: 300 }, viewport: PHONE, gap: GAP },
      side: 'bottom',
      at: { x: 8, y: 372 },
    },
    {
      name: 'nothing beside, below or above: the free corner elsewhere',
      room: { group: box(400, 300, 200, 60), option: box(394, 330, 212, 36), obstacles: [box(0, 0, 1280, 250), box(0, 250, 390, 300), box(610, 250, 670, 300), box(0, 550, 900, 250)], size: CALLOUT, viewport: WIDE, gap: GAP },
      side: 'elsewhere',
      at: { x: 908, y: 558 },
    },
  ];
  it.each(cases)('$name', ({ room, side, at }) => {
    const p = placed(room);
    expect(p.side).toBe(side);
    expect(p.covers).toBe(0);
    if (at) expect({ x: p.x, y: p.y }).toEqual(at);
    for (const o of [...room.obstacles, room.group, room.option]) expect(overlaps(p.box, o)).toBe(false);
  });

  it('no room anywhere: covers as little as it can, never the option or its label', () => {
    // A phone full of text: every line is a word, the group at the middle.
    const lines = Array.from({ length: 24 }, (_, i) => box(8, 10 + i * 30, 340, 20));
    const group = box(16, 330, 200, 60);
    const option = box(10, 360, 212, 36);
    const p = placed({ group, option, obstacles: lines, size: { width: 344, height: 300 }, viewport: PHONE, gap: GAP });
    expect(p.side).toBe('elsewhere');
    expect(p.covers).toBeGreaterThan(0);
    expect(overlaps(p.box, option)).toBe(false);
    expect(overlaps(p.box, group)).toBe(false);
    // Least: no other place on this phone covers less of the lines and keeps clear of the group.
    const cover = (b: Box) => lines.reduce((sum, l) => sum + Math.max(0, Math.min(b.left + b.width, l.left + l.width) - Math.max(b.left, l.left)) * Math.max(0, Math.min(b.top + b.height, l.top + l.height) - Math.max(b.top, l.top)), 0);
    for (let y = 8; y <= 740 - 8 - 300; y++) {
      const other = box(8, y, 344, 300);
      if (!overlaps(other, group)) expect(cover(other)).toBeGreaterThanOrEqual(p.covers);
    }
  });

  it('a viewport smaller than the callout: still over neither the option nor its label where it can be', () => {
    const option = box(10, 10, 150, 30);
    const p = placed({ group: option, option, obstacles: [], size: { width: 300, height: 200 }, viewport: { width: 320, height: 260 }, gap: GAP });
    expect(overlaps(p.box, option)).toBe(false);
    expect(p.x).toBeGreaterThanOrEqual(8);
  });

  it('property: on screen; clear of every obstacle whenever a free place exists; never over the option when the viewport has room for both', () => {
    const anyBox = (w: number, h: number) => fc.record({ left: fc.integer({ min: -50, max: w }), top: fc.integer({ min: -50, max: h }), width: fc.integer({ min: 1, max: 500 }), height: fc.integer({ min: 1, max: 200 }) });
    const room = fc
      .record({ viewport: fc.constantFrom(WIDE, PHONE, { width: 800, height: 600 }), size: fc.record({ width: fc.integer({ min: 100, max: 344 }), height: fc.integer({ min: 60, max: 400 }) }) })
      .chain(({ viewport, size }) =>
        fc.record({
          viewport: fc.constant(viewport),
          size: fc.constant(size),
          group: anyBox(viewport.width, viewport.height),
          obstacles: fc.array(anyBox(viewport.width, viewport.height), { maxLength: 12 }),
          gap: fc.constant(GAP),
        }),
      )
      .map((r) => ({ ...r, option: r.group }));
    fc.assert(
      fc.property(room, (r) => {
        const p = placed(r);
        expect(p.x).toBeGreaterThanOrEqual(8);
        expect(p.y).toBeGreaterThanOrEqual(8);
        expect(p.x + r.size.width).toBeLessThanOrEqual(r.viewport.width - 8);
        expect(p.y + r.size.height).toBeLessThanOrEqual(r.viewport.height - 8);
        if (p.covers === 0) for (const o of [...r.obstacles, r.option]) expect(overlaps(p.box, o)).toBe(false);
        // On a 4 px grid: a free place (8 px from every obstacle, the gap from the group) means it found one;
        // a place off the option means it is not over the option.
        const clear = (b: Box) => r.obstacles.every((o) => !overlaps(b, box(o.left - 8, o.top - 8, o.width + 16, o.height + 16))) && !overlaps(b, box(r.group.left - GAP, r.group.top - GAP, r.group.width + 2 * GAP, r.group.height + 2 * GAP));
        let free = false;
        let offOption = false;
        for (let x = 8; !free && x <= r.viewport.width - 8 - r.size.width; x += 4) {
          for (let y = 8; !free && y <= r.viewport.height - 8 - r.size.height; y += 4) {
            const b = box(x, y, r.size.width, r.size.height);
            free = clear(b);
            offOption ||= !overlaps(b, r.option);
          }
        }
        if (free) expect(p.covers).toBe(0);
        if (offOption) expect(overlaps(p.box, r.option)).toBe(false);
      }),
      { numRuns: 600, seed: 7 },
    );
  });
});
