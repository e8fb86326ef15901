/**
 * Watches the page for the changes that matter — late rendering, re-renders,
 * SPA route changes, the user choosing an option — with bounded cost:
 * many mutations in one frame cause at most one callback, and nothing runs
 * after the signal aborts.
 */
import type { Walk } from '../core/find/finder';

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
const MATTER_TAGS = ['input', 'label', 'button', 'select', 'option', 'fieldset', 'legend', 'form', 'output'];
const MATTER_ATTRS = ['role', 'aria-label', 'aria-labelledby', 'aria-live', 'aria-checked', 'aria-selected'];
const MATTERS = `${MATTER_TAGS.join(',')},a[href],${MATTER_ATTRS.map((name) => `[${name}]`).join(',')}`;
const TAG_SET = new Set(MATTER_TAGS);
const ATTR_SET = new Set(MATTER_ATTRS);

/**
 * The same as `el.matches(MATTERS)` or a custom element, cheaper for the
 * plain elements a busy page adds by the thousand: names first, and the
 * attributes only for an element that has some, by their names in one call
 * (half the cost of `matches()` for the span with a class a feed adds).
 */
function ownMatters(el: Element, name = el.localName): boolean {
  if (name.includes('-') || TAG_SET.has(name)) return true;
  if (!el.hasAttributes()) return false;
  for (const attr of el.getAttributeNames()) if (ATTR_SET.has(attr) || (attr === 'href' && name === 'a')) return true;
  return false;
}

/** Our own hint comes and goes with what we find: its coming is no news. */
const OURS = 'pinfri-hint';

/**
 * An added or removed node that is, or holds, a control, a label, a component
 * or a shadow root. Each DOM read here is paid for every node a busy page
 * adds: a plain leaf costs four (name, shadow root, attribute names, first child).
 */
function nodeMatters(node: Node): boolean {
  // Text and comments have no local name: they change only their box, which the record's target judges.
  const name = (node as Partial<Element>).localName;
  if (!name || name === OURS) return false;
  const el = node as Element;
  if (el.shadowRoot !== null || ownMatters(el, name)) return true;
  // Most nodes a busy page adds are leaves: nothing inside to look at.
  if (el.firstElementChild === null) return false;
  if (el.querySelector(MATTERS) !== null) return true;
  const all = el.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.localName.includes('-') || all[i]!.shadowRoot !== null) return true;
  return false;
}

function anyMatters(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodeMatters(nodes[i]!)) return true;
  return false;
}

/**
 * Whether a change at `where` is inside a control, a label, a live region or a
 * component (light DOM or shadow root). Answers are kept for one batch of
 * records, per element, so a feed of a thousand spans in one box costs one
 * look at the box, not a climb to the root for each span.
 */
function insideSomething(where: Node | null, seen: Map<Node, boolean>): boolean {
  if (!where) return true;
  const known = seen.get(where);
  if (known !== undefined) return known;
  let verdict: boolean;
  if (where.nodeType === 1) {
    const el = where as Element;
    verdict = ownMatters(el) || insideSomething(el.parentNode, seen);
  } else {
    // A document is the top; a shadow root means a component, whatever its host is called.
    verdict = (where as Partial<ShadowRoot>).host !== undefined;
  }
  seen.set(where, verdict);
  return verdict;
}

/**
 * Whether a batch of mutations can change what PIN-fri finds. A busy page (a
 * clock, a feed, an animation made of DOM) changes things that cannot: text
 * in plain elements, plain nodes added to a plain box. Those cost one cheap
 * look here instead of a rescan of the whole page. Attribute changes are
 * already filtered by the observer to the few that matter.
 *
 * `removedMatter` judges a record's removed nodes; null when the caller has
 * already judged every removal of the batch (see watchRoots).
 */
export function batchMatters(records: readonly MutationRecord[], removedMatter: ((nodes: NodeList) => boolean) | null = anyMatters): boolean {
  const seen = new Map<Node, boolean>();
  for (const record of records) {
    const type = record.type;
    if (type === 'attributes') return true;
    if (type === 'characterData') {
      if (insideSomething(record.target.parentNode, seen)) return true;
      continue;
    }
    // Text nodes added or removed change only their box, which is judged here.
    if (insideSomething(record.target, seen)) return true;
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i++) if (nodeMatters(added[i]!)) return true;
    if (removedMatter) {
      const removed = record.removedNodes;
      if (removed.length > 0 && removedMatter(removed)) return true;
    }
  }
  return false;
}

/**
 * Observes the document, every open shadow root and the text of everything
 * that can hold or name a choice, as `observeWalk` finds them; each once.
 * Observers stop when the signal aborts. `onChange(relevant)` is told whether
 * any of the mutations may matter (see batchMatters).
 *
 * Text is watched only where it can matter (controls, labels, live regions,
 * components and shadow roots): a busy page's clock or feed of plain text
 * then makes no record at all. Every record costs, even one we drop at once:
 * the browser builds it, and this isolated world wraps each node it names.
 * Wrapping a node the page made is the dearest read (about 1 µs each on the
 * bench machine), so a record's removed nodes are
 * not read at all when a look at what is held is cheaper.
 */
export function watchRoots(onChange: (relevant: boolean) => void, signal: AbortSignal): { observeRoot(root: Node): void; observeWalk(walk: Walk): void } {
  const observed = new WeakSet<Node>();
  /**
   * What the last walks found that matters (shadow roots, controls, labels,
   * components). A removal matters when one of these left the page: a look
   * at each of them instead of a search through every removed subtree (a
   * busy page that drops a box of thousands of spans pays for a few hundred
   * isConnected, not for thousands of elements). Anything that matters and
   * was added since the last walk set off a scan, which walks it.
   */
  const held = new Set<Node>();
  const heldGone = (): boolean => {
    let gone = false;
    for (const node of held) {
      if (!node.isConnected) {
        held.delete(node);
        gone = true;
      }
    }
    return gone;
  };
  const observer = new MutationObserver((records) => {
    // Reading a record's removed nodes wraps a new list in this world: for a
    // batch of many records, one look at what is held costs less than that.
    if (records.length * 4 >= held.size) {
      onChange(heldGone() || batchMatters(records, null));
      return;
    }
    // The page as it is now is the same for every record of the batch: one look at what is held.
    let looked = false;
    onChange(batchMatters(records, () => !looked && ((looked = true), heldGone())));
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      held.clear();
    },
    { once: true },
  );
  const tree: MutationObserverInit = {
    subtree: true,
    childList: true,
    attributes: true,
    // Only the attributes that change what an option is, whether it is chosen, or whether text there can matter.
    attributeFilter: ['checked', 'aria-checked', 'aria-selected', 'hidden', 'aria-hidden', 'role', 'aria-label', 'aria-labelledby', 'aria-live', 'type'],
  };
  // A component's shadow root is all internals: any text there may be a label.
  const shadow: MutationObserverInit = { ...tree, characterData: true };
  const text: MutationObserverInit = { subtree: true, characterData: true };
  const observe = (node: Node, options: MutationObserverInit) => {
    if (signal.aborted || observed.has(node)) return;
    observed.add(node);
    observer.observe(node, options);
  };
  return {
    observeRoot(root: Node) {
      observe(root, root.nodeType === 9 ? tree : shadow);
    },
    observeWalk(walk: Walk) {
      for (const root of walk.shadowRoots) {
        observe(root, shadow);
        held.add(root);
      }
      for (const el of walk.elements) {
        if (held.has(el)) continue;
        if (ownMatters(el)) {
          observe(el, text);
          held.add(el);
        }
      }
    },
  };
}

/**
 * Whether this browser tells content scripts of the page's own history.pushState
 * and replaceState: the Navigation API (Chromium 102+, Firefox 147+). Where it
 * is missing (Firefox 142–146), a route change still re-renders, so DOM
 * mutations are the cue (watchPage).
 */
function hearsHistory(): boolean {
  return (globalThis as { navigation?: EventTarget }).navigation !== undefined;
}

/** Calls `onChange` when the URL changes without a page load (SPA routes, back/forward). */
export function watchUrl(onChange: (url: string) => void, signal: AbortSignal): () => void {
  let last = location.href;
  const check = () => {
    if (signal.aborted || location.href === last) return;
    last = location.href;
    onChange(last);
  };
  if (hearsHistory()) (globalThis as unknown as { navigation: EventTarget }).navigation.addEventListener('currententrychange', check, { signal });
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  return check;
}

/** How soon a route change the page made without touching anything that matters is noticed. */
const URL_CHECK_MS = 100;

/**
 * Runs `scan` now, and again (at most once a frame, before it is painted)
 * whenever something that matters changes in the document, or in what `scan`
 * hands to `observeWalk` (open shadow roots; the text of controls, labels and
 * components). Where the browser does not tell of history changes, any
 * mutation is also a cue to check the URL (SPA routes).
 * Returns a function that asks for a scan (e.g. on user input).
 */
export function watchPage(
  ctx: { signal: AbortSignal; checkUrl(): void },
  scan: (observeWalk: (walk: Walk) => void) => void,
): () => void {
  const schedule = frameThrottle(() => scan(roots.observeWalk), ctx.signal);
  const cue = !hearsHistory();
  // Reading location.href costs as much as judging a whole batch: a busy page's
  // batches that cannot matter look at it at most every URL_CHECK_MS.
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const roots = watchRoots((relevant) => {
    if (relevant) {
      if (cue) ctx.checkUrl();
      schedule();
    } else if (cue) {
      urlTimer ??= setTimeout(() => {
        urlTimer = undefined;
        ctx.checkUrl();
      }, URL_CHECK_MS);
    }
  }, ctx.signal);
  ctx.signal.addEventListener('abort', () => clearTimeout(urlTimer), { once: true });
  roots.observeRoot(document);
  scan(roots.observeWalk);
  return schedule;
}
