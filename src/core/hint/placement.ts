/**
 * Where the hint's callout goes: in the viewport, clear of the page's own
 * words and controls, as near the option's group as it can. Pure geometry in
 * viewport coordinates (the callout is position: fixed, so shadow roots and
 * scrolling containers do not matter): boxes in, a position out.
 *
 * The order of places (issue 24):
 * 1. beside the group: right, then left, at the group's top and sliding
 *    along it, and further out past page text in the way;
 * 2. below the group, then above it, the same way;
 * 3. anywhere else in the viewport, nearest the option first.
 * On a narrow screen (480 px or less) only below, above and elsewhere.
 * The first of these that covers nothing wins. Where none does (a tiny
 * window, a page full of text), it covers as little as it can, never the
 * option, its label or the rest of the group.
 */

export type Side = 'right' | 'left' | 'bottom' | 'top' | 'elsewhere';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CalloutRoom {
  /** The option and its siblings, with their labels: the callout goes beside this, `gap` away. */
  group: Box;
  /** The option and its label, as its ring draws it: never covered while the viewport can avoid it. */
  option: Box;
  /** The page's visible text and controls: covered only when there is no room anywhere. */
  obstacles: readonly Box[];
  size: Size;
  viewport: Size;
  /** Between the group and the callout. */
  gap: number;
}

export interface Placement {
  x: number;
  y: number;
  side: Side;
  /** How much of the group and the page's text and controls the callout covers, in square pixels: 0 when there was room. */
  covers: number;
}

/** At or below this viewport width, the callout goes below the group, never beside it. */
export const NARROW_WIDTH = 480;
/** Kept free between the callout and the viewport's edges. */
const PADDING = 8;
/** Kept free between the callout and the page's words, so it never touches them. */
const MARGIN = 8;

/** A stretch of one axis: [start, end). */
type Span = readonly [start: number, end: number];

const spanX = (b: Box): Span => [b.left, b.left + b.width];
const spanY = (b: Box): Span => [b.top, b.top + b.height];
const meets = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
const grown = (b: Box, by: number): Box => ({ left: b.left - by, top: b.top - by, width: b.width + 2 * by, height: b.height + 2 * by });
const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));

/** Something in the way, seen from one search: its span along the axis the callout moves on, and across it. */
interface Extent {
  along: Span;
  across: Span;
}

/**
 * Along one axis: the start of a free stretch of `length` nearest `from` in
 * direction `dir`, inside [min, max], among the extents that meet `band`
 * across; null when there is none. `extents` come in the order the search
 * meets them (by start going up, by end going down). Searched upwards on a
 * mirrored axis when `dir` is -1, so one loop serves both ways.
 */
function nearestFree(from: number, dir: 1 | -1, length: number, min: number, max: number, extents: readonly Extent[], band: Span): number | null {
  let at = dir === 1 ? Math.max(from, min) : Math.max(-(from + length), -max);
  const last = dir === 1 ? max : -min;
  for (const { along, across } of extents) {
    // `at` only moves on: once the callout does not fit before the end, it never will.
    if (at + length > last) return null;
    if (!meets(across, band)) continue;
    const start = dir === 1 ? along[0] : -along[1];
    const end = dir === 1 ? along[1] : -along[0];
    if (end <= at) continue;
    if (start >= at + length) break;
    at = end;
  }
  if (at + length > last) return null;
  return dir === 1 ? at : -(at + length);
}

/**
 * One way to search: the callout moves along `axis` from `from`, in each of
 * `dirs`, at each of the `across` positions on the other axis, tried nearest
 * `level` first.
 */
interface Search {
  side: Side;
  axis: 'x' | 'y';
  dirs: readonly (1 | -1)[];
  from: number;
  across: readonly number[];
  level: number;
}

export function placeCallout(room: CalloutRoom): Placement {
  const { group, option, size, viewport, gap } = room;
  const { width, height } = size;
  // What the callout keeps clear of: the page's words and controls, and the whole group by the gap.
  const keepOut = [...room.obstacles.map((b) => grown(b, MARGIN)), grown(group, gap)];
  const maxX = viewport.width - PADDING - width;
  const maxY = viewport.height - PADDING - height;
  const onScreen = (value: number, max: number) => Math.max(PADDING, Math.min(value, max));
  const positions = (values: number[], max: number) => [...new Set(values)].filter((v) => v >= PADDING && v <= max);
  // Where the group's top (beside it) or left edge (below or above it) would put the callout.
  const alongY = onScreen(group.top, maxY);
  const alongX = onScreen(group.left, maxX);
  // Positions on the cross axis worth trying: the group's edge, the viewport's, and just clear of each obstacle.
  const crossY = positions([alongY, PADDING, maxY, ...keepOut.flatMap((b) => [b.top + b.height, b.top - height])], maxY);
  const crossX = positions([alongX, PADDING, maxX, ...keepOut.flatMap((b) => [b.left + b.width, b.left - width])], maxX);
  // Beside the group means level with some of it; below or above, under or over some of it.
  const levelWithGroup = crossY.filter((y) => meets([y, y + height], spanY(group)));
  const underGroup = crossX.filter((x) => meets([x, x + width], spanX(group)));
  const near = {
    right: group.left + group.width + gap,
    left: group.left - gap - width,
    bottom: group.top + group.height + gap,
    top: group.top - gap - height,
  };
  const centre = { x: option.left + option.width / 2, y: option.top + option.height / 2 };
  const searches: Search[] = [
    ...(viewport.width > NARROW_WIDTH
      ? ([
          { side: 'right', axis: 'x', dirs: [1], from: near.right, across: levelWithGroup, level: alongY },
          { side: 'left', axis: 'x', dirs: [-1], from: near.left, across: levelWithGroup, level: alongY },
        ] as const)
      : []),
    { side: 'bottom', axis: 'y', dirs: [1], from: near.bottom, across: underGroup, level: alongX },
    { side: 'top', axis: 'y', dirs: [-1], from: near.top, across: underGroup, level: alongX },
    // Every column that starts at the left edge or just right of something, up and down from the option's
    // level: if the viewport has a free place anywhere, one of these finds it.
    { side: 'elsewhere', axis: 'y', dirs: [1, -1], from: centre.y - height / 2, across: crossX, level: centre.x - width / 2 },
  ];

  const distance = (x: number, y: number) => Math.abs(x + width / 2 - centre.x) + Math.abs(y + height / 2 - centre.y);
  for (const { side, axis, dirs, from, across, level } of searches) {
    const [length, end, thickness] = axis === 'x' ? [width, viewport.width, height] : [height, viewport.height, width];
    const extents = keepOut.map((b): Extent => (axis === 'x' ? { along: spanX(b), across: spanY(b) } : { along: spanY(b), across: spanX(b) }));
    // In the order each direction searched meets them.
    const inOrder = new Map(dirs.map((dir) => [dir, [...extents].sort(dir === 1 ? (a, b) => a.along[0] - b.along[0] : (a, b) => b.along[1] - a.along[1])]));
    let best: { x: number; y: number; far: number } | null = null;
    for (const at of [...across].sort((a, b) => Math.abs(a - level) - Math.abs(b - level))) {
      // Every later position is at least this far: nothing nearer to find.
      if (best && Math.abs(at - level) >= best.far) break;
      for (const dir of dirs) {
        const main = nearestFree(from, dir, length, PADDING, end - PADDING, inOrder.get(dir)!, [at, at + thickness]);
        if (main === null) continue;
        const [x, y] = axis === 'x' ? [main, at] : [at, main];
        // Beside, below or above: the shortest way from the group's own edge; elsewhere: nearest the option.
        const far = side === 'elsewhere' ? distance(x, y) : Math.abs(main - from) + Math.abs(at - level);
        if (!best || far < best.far) best = { x, y, far };
      }
    }
    if (best) return { x: best.x, y: best.y, side, covers: 0 };
  }

  // No room anywhere: the place that covers the least, from the places near the group and along the edges
  // of what is in the way. The option first (its ring must show), then the rest of the group, then the page.
  const nearX = [alongX, onScreen(near.right, maxX), onScreen(near.left, maxX)];
  const nearY = [alongY, onScreen(near.bottom, maxY), onScreen(near.top, maxY)];
  const pairs = (xs: readonly number[], ys: readonly number[]) => [...new Set(xs)].flatMap((x) => [...new Set(ys)].map((y) => [x, y] as const));
  let best = { x: nearX[0]!, y: nearY[0]!, option: Infinity, group: Infinity, page: Infinity, far: Infinity };
  for (const [x, y] of [...pairs([...crossX, ...nearX], nearY), ...pairs(nearX, crossY)]) {
    const box = { left: x, top: y, width, height };
    const covered = { option: overlapArea(box, option), group: overlapArea(box, group) };
    if (covered.option > best.option || (covered.option === best.option && covered.group > best.group)) continue;
    const even = covered.option === best.option && covered.group === best.group;
    let page = 0;
    // Stops adding once this place cannot beat the best so far.
    for (const b of room.obstacles) if ((page += overlapArea(box, b)) > best.page && even) break;
    const far = distance(x, y);
    if (!even || page < best.page || (page === best.page && far < best.far)) best = { x, y, ...covered, page, far };
  }
  return { x: best.x, y: best.y, side: 'elsewhere', covers: best.group + best.page };
}
