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

export const SIDES: readonly Side[] = ['right', 'left', 'bottom', 'top'];

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

export function placeBeside(
  reference: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap: number,
  padding = 8,
  order: readonly Side[] = SIDES,
): Placement {
  const { left, top } = reference;
  const right = left + reference.width;
  const bottom = top + reference.height;
  // Per side: the room there, the room the box needs, and whether the near edge is on screen
  // (the option may be partly scrolled away).
  const sides: Record<Side, [room: number, need: number, near: boolean]> = {
    right: [viewport.width - padding - (right + gap), size.width, right + gap >= 0],
    left: [left - gap - padding, size.width, left - gap <= viewport.width],
    bottom: [viewport.height - padding - (bottom + gap), size.height, bottom + gap >= 0],
    top: [top - gap - padding, size.height, top - gap <= viewport.height],
  };
  const spare = (side: Side) => sides[side][0] - sides[side][1];
  const fitting = order.find((side) => sides[side][0] >= sides[side][1] && sides[side][2]);
  const side = fitting ?? [...order].sort((a, b) => spare(b) - spare(a))[0] ?? 'right';

  // Beside the option on the main axis; along the other, from its start edge, sliding only to stay on screen.
  let x = side === 'right' ? right + gap : side === 'left' ? left - gap - size.width : clamp(left, padding, viewport.width - padding - size.width);
  let y = side === 'bottom' ? bottom + gap : side === 'top' ? top - gap - size.height : clamp(top, padding, viewport.height - padding - size.height);
  if (!fitting) {
    // No room anywhere: at least stay on screen.
    x = clamp(x, padding, viewport.width - padding - size.width);
    y = clamp(y, padding, viewport.height - padding - size.height);
  }
  return { x, y, side, fits: fitting !== undefined };
}
