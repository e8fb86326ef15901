/**
 * The marks PIN-fri writes into the page's own elements, and nothing else of
 * ours goes there: data-pinfri-page on <html> says which kind of page this is,
 * data-pinfri-target on the one element a feature points at says what it is
 * (README, "Observable contract"). One module, so the names and the clean-up
 * live in one place and no page feature needs another to mark.
 */
import type { PageKind } from '../core/sites';

const TARGET_ATTR = 'data-pinfri-target';
const PAGE_ATTR = 'data-pinfri-page';

/** Marks the page's kind; null takes the mark away (not an official page we serve). */
export function markPage(kind: PageKind | null): void {
  if (kind) document.documentElement.setAttribute(PAGE_ATTR, kind);
  else document.documentElement.removeAttribute(PAGE_ATTR);
}

/** One feature's target: at most one element marked at a time. */
export interface Marker {
  /** Marks `el` as `what`; the element marked before, if another, loses its mark. */
  mark(el: Element, what: string): void;
  unmark(): void;
  /** Forgets the marked element if the page took it away. */
  dropIfGone(): void;
}

/** A marker whose mark goes when the signal aborts (SPA navigation, unload). */
export function createMarker(signal: AbortSignal): Marker {
  let marked: Element | null = null;
  const unmark = () => {
    marked?.removeAttribute(TARGET_ATTR);
    marked = null;
  };
  signal.addEventListener('abort', unmark, { once: true });
  return {
    mark(el, what) {
      if (marked !== el) unmark();
      if (el.getAttribute(TARGET_ATTR) !== what) el.setAttribute(TARGET_ATTR, what);
      marked = el;
    },
    unmark,
    dropIfGone() {
      if (marked && !marked.isConnected) unmark();
    },
  };
}
