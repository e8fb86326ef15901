/**
 * Watches the page for the changes that matter — late rendering, re-renders,
 * SPA route changes, the user choosing an option — with bounded cost:
 * many mutations in one frame cause at most one callback, and nothing runs
 * after the signal aborts.
 */

/** Run `fn` at most once per animation frame, however often `schedule` is called. */
export function frameThrottle(fn: () => void, signal: AbortSignal): () => void {
  let pending = false;
  return () => {
    if (pending || signal.aborted) return;
    pending = true;
    const run = () => {
      pending = false;
      if (!signal.aborted) fn();
    };
    // rAF runs before the next paint, so a mark lands in the frame the option
    // first shows. Hidden tabs get no frames; a timeout keeps them current.
    if (document.visibilityState === 'visible') requestAnimationFrame(run);
    else setTimeout(run, 50);
  };
}

/**
 * Observes the document and every open shadow root handed to `observeRoot`.
 * Each root is observed once; observers stop when the signal aborts.
 */
export function watchRoots(onChange: () => void, signal: AbortSignal): { observeRoot(root: Node): void } {
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver(onChange);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  const options: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    // Only the attributes that change what an option is or whether it is chosen.
    attributeFilter: ['checked', 'aria-checked', 'aria-selected', 'hidden', 'aria-hidden', 'role', 'aria-label', 'aria-labelledby', 'type'],
  };
  return {
    observeRoot(root: Node) {
      if (signal.aborted || observed.has(root)) return;
      observed.add(root);
      observer.observe(root, options);
    },
  };
}

/** Calls `onChange` when the URL changes without a page load (SPA routes, back/forward). */
export function watchUrl(onChange: (url: string) => void, signal: AbortSignal): () => void {
  let last = location.href;
  const check = () => {
    if (signal.aborted || location.href === last) return;
    last = location.href;
    onChange(last);
  };
  // Content scripts cannot see the page's history.pushState calls, but a route
  // change always re-renders, so DOM mutations are the cue; popstate covers Back.
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  return check;
}
