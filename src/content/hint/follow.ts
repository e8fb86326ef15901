/**
 * Keeps the hint beside what it points at, clear of the page's own words and
 * controls. Where the callout goes is core/hint/placement.ts's answer
 * (position: fixed, so shadow DOM offsets do not matter); this module gathers
 * what it must keep clear of and asks it at the right moments: after the next
 * layout, and again when the page scrolls (any scrolling container), the
 * window resizes, or the target or the callout changes size. Layout changes
 * that move the target without resizing it come through the page watcher,
 * which shows the hint again (`again`).
 *
 * Not at once: reading geometry right after the page or the hint changed
 * would make the browser lay out the page there and then, which was most of
 * PIN-fri's time on a page load. A ResizeObserver reports every observed
 * element once after the next layout, still before that frame is painted, so
 * `place` reads a page that is already laid out. Moving the callout there
 * resizes nothing observed (its width is max-content), so no observer loop.
 * `moved` asks for one more report after the next layout (a newly observed
 * element is always reported): on scroll and resize, which the browser
 * handles in the same frame just before that layout, so the callout moves at
 * most once a frame, together with the page; `again` does the same for a page
 * that re-rendered around the target, and gathers its words anew.
 */
import { walkDeep } from '../../core/find/finder';
import { placeCallout, type Box } from '../../core/hint/placement';
import type { HintView } from './view';

/** Gap between the target's ring and the callout, in CSS pixels. */
const GAP = 16;
const RING_PAD = 6;

/**
 * The smallest rectangle around the visible boxes of these elements and their
 * labels: an option as the user sees it, or the whole choice. The first box
 * when none is visible.
 */
function around(elements: readonly [Element, ...Element[]]): Box {
  let first: Box | undefined;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const el of elements) {
    for (const part of [el, ...((el as HTMLInputElement).labels ?? [])]) {
      const box = part.getBoundingClientRect();
      first ??= box;
      if (box.width || box.height) {
        left = Math.min(left, box.left);
        top = Math.min(top, box.top);
        right = Math.max(right, box.right);
        bottom = Math.max(bottom, box.bottom);
      }
    }
  }
  return left > right ? first! : { left, top, width: right - left, height: bottom - top };
}

/** The most elements of the page whose words and controls are read for one placing (see pageObstacles). */
const MAX_READ = 1000;

/** Controls by their element, or by their role: what a person clicks, types in or chooses. */
const CONTROL_TAGS = new Set(['input', 'button', 'a', 'select', 'textarea']);
const CONTROL_ROLES = new Set(['button', 'link', 'radio', 'checkbox', 'switch', 'tab', 'option', 'textbox', 'combobox']);

/**
 * The page's text and controls, through open shadow roots: what the callout
 * keeps clear of, in viewport coordinates. The finder's walk never enters our
 * own hint, so the callout and the ring are never in the way. A text's box is
 * cut to its element's, so text made unseen by a tiny clipped box
 * (visually-hidden labels) is left out.
 *
 * The first MAX_READ elements, in the page's order (its header and main
 * content first): the replica settings pages have under a hundred, and a page
 * of many thousands must not get a long task from the hint (3 000 words in
 * one box took Firefox 80 to 380 ms to read, on a busy test machine). The
 * callout then keeps clear of what was read.
 */
function pageObstacles(): Box[] {
  const boxes: Box[] = [];
  const range = document.createRange();
  const keep = (r: DOMRectReadOnly, within: DOMRectReadOnly = r) => {
    const left = Math.max(r.left, within.left);
    const top = Math.max(r.top, within.top);
    const width = Math.min(r.right, within.right) - left;
    const height = Math.min(r.bottom, within.bottom) - top;
    if (width >= 1 && height >= 1) boxes.push({ left, top, width, height });
  };
  for (const el of walkDeep(document.documentElement, MAX_READ).elements) {
    // The element's own box only when it is a control or holds words: most are neither.
    let own: DOMRect | undefined;
    if (CONTROL_TAGS.has(el.localName) || CONTROL_ROLES.has(el.getAttribute('role') ?? '')) keep((own = el.getBoundingClientRect()));
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== Node.TEXT_NODE || !/\S/.test((node as Text).data)) continue;
      range.selectNodeContents(node);
      keep(range.getBoundingClientRect(), (own ??= el.getBoundingClientRect()));
    }
  }
  return boxes;
}

export interface Follower {
  /** Points the hint at `target` from now on, placed after the next layout; null: the corner, nothing to follow. */
  follow(target: Element | null): void;
  /** Places it once more after the next layout (the page re-rendered around the target). */
  again(): void;
}

/** @param quietly runs our own writes past the guard (guard.ts). */
export function followTarget(view: HintView, quietly: (write: () => void) => void): Follower {
  const { values } = view;
  const root = document.documentElement;
  /**
   * The page's text and controls as last gathered, where the window was
   * scrolled then, and for which target, place and viewport. Gathering reads
   * a box for every text of the page: on a page of thousands that is
   * milliseconds, too much for every frame of a scroll, or for every frame of
   * a page that keeps growing below (the root's size changes). So it is
   * gathered again only when the target moves on the page, the viewport
   * changes size, or the page re-rendered around the target (`again`);
   * scrolling the window only shifts it. What does not scroll with the page
   * (a fixed header, a box scrolled on its own) is then where it was when
   * gathered, until the next gather: a known limit, none of the replicas has one.
   */
  let gathered: { key: string; scrollX: number; scrollY: number; boxes: Box[] } | null = null;
  const obstacles = (rect: Box, viewport: { width: number; height: number }): Box[] => {
    const key = [rect.left + scrollX, rect.top + scrollY, rect.width, rect.height, viewport.width, viewport.height].map(Math.round).join();
    if (gathered?.key !== key) gathered = { key, scrollX, scrollY, boxes: pageObstacles() };
    const dx = gathered.scrollX - scrollX;
    const dy = gathered.scrollY - scrollY;
    return gathered.boxes
      .map((b) => ({ ...b, left: b.left + dx, top: b.top + dy }))
      .filter((b) => b.left < viewport.width && b.left + b.width > 0 && b.top < viewport.height && b.top + b.height > 0);
  };
  // All geometry is read first, then written: one layout, never one per property.
  const place = () =>
    quietly(() => {
      const { target, others } = values;
      if (!target?.isConnected) return;
      const { callout } = view;
      const rect = around([target]);
      const ring = { left: rect.left - RING_PAD, top: rect.top - RING_PAD, width: rect.width + RING_PAD * 2, height: rect.height + RING_PAD * 2 };
      const viewport = { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight };
      // The callout goes beside the whole choice (this option and its siblings), so it covers none of them,
      // and clear of the page's own words and controls.
      const { x, y, side } = placeCallout({
        group: around([target, ...others.filter((o) => o.isConnected)]),
        option: ring,
        obstacles: obstacles(rect, viewport),
        size: { width: callout.offsetWidth, height: callout.offsetHeight },
        viewport,
        gap: GAP + RING_PAD,
      });
      view.place(`left:${ring.left}px;top:${ring.top}px;width:${ring.width}px;height:${ring.height}px`, `left:${x}px;top:${y}px`, side);
    });
  const resized = new ResizeObserver(place);
  // Once more after the next layout: a newly observed element is always reported.
  const moved = () => {
    resized.unobserve(root);
    resized.observe(root);
  };
  return {
    follow(next) {
      resized.disconnect();
      values.target = next;
      gathered = null;
      for (const type of ['scroll', 'resize']) {
        // Added once however often it follows: the same listener twice is one.
        if (next) addEventListener(type, moved, { capture: true, passive: true });
        else removeEventListener(type, moved, true);
      }
      if (next) {
        for (const el of [next, view.callout, root]) resized.observe(el);
      } else {
        view.unplace();
      }
    },
    again() {
      gathered = null;
      moved();
    },
  };
}
