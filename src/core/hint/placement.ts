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
  const right = reference.left + reference.width;
  const bottom = reference.top + reference.height;
  const room: Record<Side, number> = {
    right: viewport.width - padding - (right + gap),
    left: reference.left - gap - padding,
    bottom: viewport.height - padding - (bottom + gap),
    top: reference.top - gap - padding,
  };
  const need: Record<Side, number> = { right: size.width, left: size.width, bottom: size.height, top: size.height };
  // The near edge must be on screen too (the option may be partly scrolled away).
  const nearOnScreen: Record<Side, boolean> = {
    right: right + gap >= 0,
    left: reference.left - gap <= viewport.width,
    bottom: bottom + gap >= 0,
    top: reference.top - gap <= viewport.height,
  };
  const fitting = order.find((side) => room[side] >= need[side] && nearOnScreen[side]);
  const side = fitting ?? [...order].sort((a, b) => room[b] - need[b] - (room[a] - need[a]))[0] ?? 'right';

  const alongY = () => clamp(reference.top, padding, viewport.height - padding - size.height);
  const alongX = () => clamp(reference.left, padding, viewport.width - padding - size.width);
  let x: number;
  let y: number;
  switch (side) {
    case 'right':
      x = right + gap;
      y = alongY();
      break;
    case 'left':
      x = reference.left - gap - size.width;
      y = alongY();
      break;
    case 'bottom':
      x = alongX();
      y = bottom + gap;
      break;
    case 'top':
      x = alongX();
      y = reference.top - gap - size.height;
      break;
  }
  if (!fitting) {
    // No room anywhere: at least stay on screen.
    x = clamp(x, padding, viewport.width - padding - size.width);
    y = clamp(y, padding, viewport.height - padding - size.height);
  }
  return { x, y, side, fits: fitting !== undefined };
}
