/**
 * Where the hint's callout goes: beside a rectangle (the option and its group),
 * never over it, inside the viewport. Pure geometry, in viewport coordinates
 * (the callout is position: fixed, so shadow roots and scrolling containers do
 * not matter).
 *
 * The rule: try each side in order (right, left, below, above); the first side
 * where the whole box fits on the main axis wins. Along that side the box
 * starts at the rectangle's start edge (top for left/right, left edge for
 * below/above) and slides only along the edge to stay on screen — never across
 * the rectangle. When no side fits (a tiny window at 400 % zoom), the side
 * with the most room is used and the box is kept on screen.
 */

export type Side = 'right' | 'left' | 'bottom' | 'top';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  x: number;
  y: number;
  side: Side;
  /** false when no side had room: the box may then cover the rectangle. */
  fits: boolean;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

export function placeBeside(reference: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, gap: number, padding = 8): Placement {
  const { left, top } = reference;
  const right = left + reference.width;
  const bottom = top + reference.height;
  // Per side, in order: the room there, the room the box needs, and whether the near edge is on screen
  // (the option may be partly scrolled away).
  const sides: [side: Side, room: number, need: number, near: boolean][] = [
    ['right', viewport.width - padding - (right + gap), size.width, right + gap >= 0],
    ['left', left - gap - padding, size.width, left - gap <= viewport.width],
    ['bottom', viewport.height - padding - (bottom + gap), size.height, bottom + gap >= 0],
    ['top', top - gap - padding, size.height, top - gap <= viewport.height],
  ];
  const fitting = sides.find(([, room, need, near]) => room >= need && near);
  // None fits: the side with the most room to spare (the first of equals).
  const [side] = fitting ?? sides.reduce((best, next) => (next[1] - next[2] > best[1] - best[2] ? next : best));
  const onScreenX = (x: number) => clamp(x, padding, viewport.width - padding - size.width);
  const onScreenY = (y: number) => clamp(y, padding, viewport.height - padding - size.height);

  // Beside the option on the main axis; along the other, from its start edge, sliding only to stay on screen.
  const x = side === 'right' ? right + gap : side === 'left' ? left - gap - size.width : onScreenX(left);
  const y = side === 'bottom' ? bottom + gap : side === 'top' ? top - gap - size.height : onScreenY(top);
  // No room anywhere: at least stay on screen.
  return fitting ? { x, y, side, fits: true } : { x: onScreenX(x), y: onScreenY(y), side, fits: false };
}
