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
 * What can hold, name or confirm a choice: controls, labels and groups, ARIA
 * roles and names, live regions (the page's "saved" message), Digdir's
 * components, and any custom element (it may render a choice in its shadow root).
 */
const MATTERS =
  'input,label,button,a[href],select,option,fieldset,legend,form,output,[role],[aria-label],[aria-labelledby],[aria-live],[aria-checked],[aria-selected]';

function elementMatters(el: Element): boolean {
  return el.localName.includes('-') || el.shadowRoot !== null || el.matches(MATTERS) || el.querySelector(MATTERS) !== null || hasCustomElement(el);
}

function hasCustomElement(el: Element): boolean {
  for (const child of Array.from(el.getElementsByTagName('*'))) if (child.localName.includes('-')) return true;
  return false;
}

/** In a custom element's light DOM (its slotted label) or anywhere in a shadow root. */
function insideComponent(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.localName.includes('-')) return true;
  return (el.getRootNode() as Partial<ShadowRoot>).host !== undefined;
}

/** The nearest element of a node, across a shadow boundary. */
function elementOf(node: Node): Element | null {
  if (node instanceof Element) return node;
  return node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
}

/**
 * Whether a mutation can change what PIN-fri finds. A busy page (a clock, a
 * feed, an animation made of DOM) changes things that cannot: text in plain
 * elements, spans added to a plain box. Those cost one cheap look here instead
 * of a rescan of the whole page. Attribute changes are already filtered by the
 * observer to the few that matter.
 */
export function mayMatter(record: MutationRecord): boolean {
  if (record.type === 'attributes') return true;
  const where = elementOf(record.target);
  // Inside a control, a label, a live region or a component: its name or state may have changed.
  if (!where || where.closest(MATTERS) !== null || insideComponent(where)) return true;
  if (record.type === 'characterData') return false;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of Array.from(list)) {
      if (node instanceof Element && elementMatters(node)) return true;
    }
  }
  return false;
}

/**
 * Observes the document and every open shadow root handed to `observeRoot`.
 * Each root is observed once; observers stop when the signal aborts.
 * `onChange(relevant)` is told whether any of the mutations may matter (see mayMatter).
 */
export function watchRoots(onChange: (relevant: boolean) => void, signal: AbortSignal): { observeRoot(root: Node): void } {
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver((records) => onChange(records.some(mayMatter)));
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
  // The Navigation API tells of the page's own history.pushState and replaceState,
  // which no window event does, and content scripts see it (Chromium 102+,
  // Firefox 147+). Where it is missing (Firefox 142–146), a route change still
  // re-renders, so DOM mutations are the cue (watchPage); popstate covers Back.
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', check, { signal });
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  return check;
}

/**
 * Runs `scan` now, and again (at most once a frame) whenever something that
 * matters changes in the document or in an open shadow root that `scan` hands
 * to `observeRoot`. Any mutation is also a cue to check the URL (SPA routes).
 * Returns a function that asks for a scan (e.g. on user input).
 */
export function watchPage(
  ctx: { signal: AbortSignal; checkUrl(): void },
  scan: (observeRoot: (root: Node) => void) => void,
): () => void {
  const schedule = frameThrottle(() => scan(roots.observeRoot), ctx.signal);
  const roots = watchRoots((relevant) => {
    ctx.checkUrl();
    if (relevant) schedule();
  }, ctx.signal);
  roots.observeRoot(document);
  scan(roots.observeRoot);
  return schedule;
}
