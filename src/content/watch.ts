/**
 * When the content script scans the page: late rendering, re-renders, SPA
 * route changes, the user choosing an option. The page-view manager
 * (page-view.ts) runs one scan loop per page view through watchPage. Bounded
 * cost: a change that matters is scanned in the same task (before it is
 * painted) where asked, a burst of them costs at most one more scan a frame,
 * a busy page's changes that cannot matter cost a cheap look and no scan, and
 * nothing runs after the signal aborts.
 */
import { MAX_ELEMENTS, OWN_ELEMENTS, SKIP_SUBTREES, walkDeep, type Walk } from '../core/find/finder';

export interface Throttle {
  /** Run now (early: in the middle of the page's own work), unless it ran this frame; then once more in the next frame. */
  now(early?: boolean): void;
  /** Run in the next frame (at most once, however often asked). */
  soon(): void;
}

/**
 * Runs `fn` at once on the first call, and at most once a frame after that.
 * At once, because a mark made in the mutation observer's callback is there
 * before the browser paints the option; waiting for a frame left it unmarked
 * for one. The calls that come while it is cooling down (a component that
 * renders again, its shadow content one microtask later) are served once, in
 * the next frame, and so on while they keep coming. `fn` is told whether it
 * runs early (see watchPage) or in a frame.
 */
export function frameThrottle(fn: (early: boolean) => void, signal: AbortSignal): Throttle {
  /** A frame is asked for: calls until then only ask for one more run there. */
  let cooling = false;
  let again = false;
  const tick = () => {
    if (signal.aborted) return;
    cooling = again;
    if (again) {
      again = false;
      // Asked before running: if `fn` throws, the frames still come.
      nextFrame();
      fn(false);
    }
  };
  // rAF runs before the next paint. Hidden tabs get no frames: a timeout keeps them current.
  const nextFrame = () => (document.visibilityState === 'visible' ? requestAnimationFrame(tick) : setTimeout(tick, 50));
  return {
    now(early = true) {
      if (signal.aborted) return;
      if (cooling) again = true;
      else {
        cooling = true;
        nextFrame();
        fn(early);
      }
    },
    soon() {
      again = true;
      if (!cooling && !signal.aborted) {
        cooling = true;
        nextFrame();
      }
    },
  };
}

/**
 * What can hold, name or confirm a choice: controls, labels and groups, ARIA
 * roles and names, live regions (the page's "saved" message), Digdir's
 * components, and any custom element (it may render a choice in its shadow root).
 */
const TAG_SET = new Set(['input', 'label', 'button', 'select', 'option', 'fieldset', 'legend', 'form', 'output']);
const ATTR_SET = new Set(['role', 'aria-label', 'aria-labelledby', 'aria-live', 'aria-checked', 'aria-selected']);

/**
 * Whether an element is one of those (a link with an address too), cheaper
 * than `matches()` for the plain elements a busy page adds by the thousand:
 * names first, then the attributes by their names in one call (half the
 * cost of `matches()` for the span with a class a feed adds; asking first
 * whether there are any is one more call for such a span).
 */
function ownMatters(el: Element, name = el.localName): boolean {
  if (name.includes('-') || TAG_SET.has(name)) return true;
  for (const attr of el.getAttributeNames()) if (ATTR_SET.has(attr) || (attr === 'href' && name === 'a')) return true;
  return false;
}

/**
 * An added or removed node that is, or holds, a control, a label, a component
 * or a shadow root. Each DOM read here is paid for every node a busy page
 * adds: a plain leaf costs four (name, shadow root, attribute names, first child).
 */
function nodeMatters(node: Node): boolean {
  // Text and comments have no local name: they change only their box, which the record's target judges.
  const name = (node as Partial<Element>).localName;
  // What the walk never reads (an icon's svg, a script, our own hint) cannot change what it finds.
  if (!name || SKIP_SUBTREES.has(name)) return false;
  const el = node as Element;
  // Our own hint, or the option's note (mark.ts): the walk skips them.
  if (OWN_ELEMENTS.has(el)) return false;
  if (el.shadowRoot !== null) return true;
  if (ownMatters(el, name)) return true;
  // Most nodes a busy page adds are leaves: nothing inside to look at.
  if (el.firstElementChild === null) return false;
  // A subtree larger than a walk counts without a look through all of it: the scan it
  // sets off is bounded (walkDeep), a look at each of 600 000 elements was not.
  let looked = 0;
  for (const inner of el.getElementsByTagName('*')) if (++looked > MAX_ELEMENTS || inner.shadowRoot !== null || ownMatters(inner)) return true;
  return false;
}

export function anyMatters(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodeMatters(nodes[i]!)) return true;
  return false;
}

/**
 * Whether a change at `where` is inside a control, a label, a live region or a
 * component (light DOM or shadow root). Asked once per box a batch changed
 * (batchMatters groups its records), so a feed of a thousand spans in one box
 * costs one climb, not one for each span. A text change is asked of its own
 * box, per record: text is watched only where it can matter (watchRoots), so
 * that climb ends at the latest at the watched element or shadow root.
 */
function insideSomething(where: Node | null): boolean {
  for (; where; where = where.parentNode) {
    // A document is the top; a shadow root means a component, whatever its host is called.
    if (where.nodeType !== 1) return (where as Partial<ShadowRoot>).host !== undefined;
    if (ownMatters(where as Element)) return true;
  }
  return true;
}

/** A record that added or removed only PIN-fri's own elements. Its node lists are read: asked only inside a control or component, where a busy page's feed does not go. */
function onlyOurs(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => OWN_ELEMENTS.has(node as Element));
}

/**
 * The nodes that a box's records (every record of the batch on it, in order)
 * added, when each added one node at the end (a feed, a log, a chat): they
 * are then its last children, one per record, each record's previous sibling
 * the node before its own. Found by walking back from the last child, without
 * reading any record's `addedNodes` (a new list, wrapped in this world, per
 * record: a busy page's dearest read after the node itself). Null when the
 * records say anything else (an insertion before a node, a removal, several
 * nodes at once): then each record's own list is read. Why the walk cannot
 * miss a node added there: see the property test in test/unit/watch.test.ts.
 */
export function appendedTail(box: Node, run: readonly MutationRecord[]): Node[] | null {
  const nodes: Node[] = [];
  let node = box.lastChild;
  for (let i = run.length; i-- > 0; ) {
    const record = run[i]!;
    if (!node || record.nextSibling !== null) return null;
    const before = node.previousSibling;
    if (record.previousSibling !== before) return null;
    nodes.push(node);
    node = before;
  }
  return nodes;
}

/**
 * Whether a batch of mutations can change what PIN-fri finds. A busy page (a
 * clock, a feed, an animation made of DOM) changes things that cannot: text
 * in plain elements, plain nodes added to a plain box. Those cost one cheap
 * look here instead of a rescan of the whole page. Attribute changes are
 * already filtered by the observer to the few that matter. Records are
 * judged per box: the box once, then what was added to it (appendedTail).
 *
 * `lost` says whether what left the boxes (the batch's childList targets,
 * with their records) matters; `appended` that each record added one node
 * at its box's end (appendedTail), so it removed at most what followed its
 * previous sibling. See watchRoots: no record's removed nodes are read.
 */
export function batchMatters(records: readonly MutationRecord[], lost: (boxes: Map<Node, MutationRecord[]>, appended: boolean) => boolean): boolean {
  const boxes = new Map<Node, MutationRecord[]>();
  for (const record of records) {
    const type = record.type;
    if (type === 'attributes') return true;
    const target = record.target;
    if (type === 'characterData') {
      if (insideSomething(target.parentNode)) return true;
      continue;
    }
    let run = boxes.get(target);
    if (!run) {
      // Text nodes added or removed change only their box, which is judged here.
      if (insideSomething(target)) {
        // Only the option's note of ours (mark.ts), put beside its control in a component: nothing the walk reads.
        // The box is judged again for its next record: it is not kept.
        if (!onlyOurs(record)) return true;
        continue;
      }
      boxes.set(target, (run = []));
    }
    run.push(record);
  }
  let appended = true;
  for (const [box, run] of boxes) {
    const tail = appendedTail(box, run);
    if (tail) {
      for (const node of tail) if (nodeMatters(node)) return true;
    } else {
      appended = false;
      for (const record of run) if (anyMatters(record.addedNodes)) return true;
    }
  }
  return lost(boxes, appended);
}

/**
 * Observes the document, and every open shadow root and the text of
 * everything that can hold or name a choice as the walks handed to the
 * function it returns find them. Observers stop when the signal aborts.
 * `onChange(relevant)` is told whether any of the mutations may matter (see
 * batchMatters).
 *
 * Text is watched only where it can matter (controls, labels, live regions,
 * components and shadow roots): a busy page's clock or feed of plain text
 * then makes no record at all. Every record costs, even one we drop at once:
 * the browser builds it, and this isolated world wraps each node it names.
 * Wrapping a node the page made is the dearest read (about 1 µs each on the
 * bench machine).
 */
export function watchRoots(onChange: (relevant: boolean) => void, signal: AbortSignal): (walk: Walk) => void {
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
  /**
   * Each box's last child when the last batch that could not matter ended. A
   * batch whose every box only had nodes appended, the first right after
   * that child, removed nothing at all (each later one follows the one
   * before): then not even what is held needs a look. A batch that counts
   * forgets them, as it may have ended early.
   */
  let last = new WeakMap<Node, Node | null>();
  const lost = (boxes: Map<Node, MutationRecord[]>, appended: boolean) => {
    for (const [box, run] of boxes) {
      if (run[0]!.previousSibling !== last.get(box)) appended = false;
      last.set(box, box.lastChild);
    }
    return !appended && heldGone();
  };
  // No record's removed nodes read (each a new list wrapped in this world): what is held is looked at instead.
  const observer = new MutationObserver((records) => {
    const relevant = batchMatters(records, lost);
    if (relevant) last = new WeakMap();
    onChange(relevant);
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
  if (!signal.aborted) observer.observe(document, tree);
  // Observing a node again only sets its options again: what is held is what is observed.
  return (walk: Walk) => {
    if (signal.aborted) return;
    for (const root of walk.shadowRoots) {
      if (!held.has(root)) observer.observe(root, shadow);
      held.add(root);
    }
    for (const el of walk.elements) {
      if (!held.has(el) && ownMatters(el)) {
        observer.observe(el, text);
        held.add(el);
      }
    }
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
  // Firefox 147+). Its one event also comes for Back, Forward and a new #hash
  // (every change of the current entry), so it needs no other listener.
  // Where it is missing (Firefox 142–146), a route change still re-renders, so
  // DOM mutations are the cue (watchPage); popstate covers Back, hashchange a #hash.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', check, { signal });
  else for (const type of ['popstate', 'hashchange']) window.addEventListener(type, check, { signal });
  return check;
}

/** How soon a route change the page made without touching anything that matters is noticed. */
const URL_CHECK_MS = 100;

export interface PageWatch {
  signal: AbortSignal;
  /** Look at the address now (cheap; see watchUrl). */
  checkUrl(): void;
  /** Scan a change at once, in the observer's callback (see below); false: in the next frame. */
  scanEarly: boolean;
}

/**
 * Scans the page in a task of its own, and again whenever something that
 * matters changes in the document, or in what a scan walked (open shadow
 * roots; the text of controls, labels and components). A scan is one walk of
 * the document through its open shadow roots, observed from then on and
 * handed to `read`: however many features read it, the page is walked once a
 * scan.
 *
 * With `scanEarly`, a change is scanned at once in the mutation observer's
 * callback, so before it is painted, and a burst at most once more a frame
 * (frameThrottle); without it, in the next frame, still before the paint
 * unless the page itself changed in a frame. Where the browser does not tell
 * of history changes, any mutation is also a cue to check the URL (SPA routes).
 *
 * `read` is told whether it reads early: the page may be halfway through
 * its own rendering (a component fills its shadow root a microtask later), so
 * what the page *says* is better read in the frame; such a reader asks for
 * that with the function this returns. That function also serves user input
 * (a component may change its state after our listener).
 */
export function watchPage({ signal, checkUrl, scanEarly }: PageWatch, read: (walk: Walk, early: boolean) => void): () => void {
  /** What the first scan walked, observed once the page is (below). */
  let firstWalk: Walk | undefined;
  let observeWalk: (walk: Walk) => void = (walk) => (firstWalk = walk);
  const throttle = frameThrottle((early) => {
    const walk = walkDeep(document);
    observeWalk(walk);
    read(walk, early);
  }, signal);
  // Only where the Navigation API is missing (see watchUrl) is a mutation the cue to look at the address.
  const cue = !(globalThis as { navigation?: unknown }).navigation;
  // Reading location.href costs as much as judging a whole batch: a busy page's
  // batches that cannot matter look at it at most every URL_CHECK_MS.
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const observe = () => watchRoots((relevant) => {
    if (relevant) {
      checkUrl();
      if (scanEarly) throttle.now();
      else throttle.soon();
    } else if (cue) {
      urlTimer ??= setTimeout(() => {
        urlTimer = undefined;
        checkUrl();
      }, URL_CHECK_MS);
    }
  }, signal);
  signal.addEventListener('abort', () => clearTimeout(urlTimer), { once: true });
  // The first scan runs in a task of its own, after the one that started the page view: on a
  // slow machine the script's start, its first scan and the hint's first build together were
  // one long task, and the page could not answer meanwhile. (A hidden tab may hold it back up
  // to a second; no one sees the page then.)
  // It is not early: the content script starts at document_idle, between the page's tasks.
  // The page is observed from the end of this first scan, not before it: the scan is
  // one synchronous run, so no script of the page's changes anything during it (but
  // for what reacts at once to our own writes: a custom element's callbacks, old
  // mutation events). Observed before it, the page reported only our own writes,
  // above all the hint's host, which cannot change what PIN-fri finds: judging that
  // was about half a millisecond of every page load with the hint.
  // (A view aborted before then neither scans nor observes: see frameThrottle, and below.)
  setTimeout(() => {
    try {
      throttle.now(false);
    } finally {
      if (!signal.aborted) {
        observeWalk = observe();
        if (firstWalk) observeWalk(firstWalk);
      }
    }
  });
  return throttle.soon;
}
