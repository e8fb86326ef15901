/**
 * The on-page hint: a ring around the option and a callout beside it.
 *
 * - Lives in a shadow root of its own, so page CSS cannot break it and it
 *   cannot break the page; events stop at its boundary.
 * - NOT modal: no focus trap, no dimming; the option stays reachable by
 *   keyboard and screen reader while the hint shows. The host is the first
 *   child of <body>, so the first Tab reaches "Vis meg", which moves focus to
 *   the option (never clicks it).
 * - Announced once through a polite live region; Escape closes it.
 * - Built with createElement/textContent only: no HTML strings.
 * - Positioned by core/hint/placement.ts (position: fixed, so shadow DOM offsets do
 *   not matter), following scroll, resize and size changes; at most once a frame.
 */
import { placeBeside } from '../../core/hint/placement';
import { HELP_PHONE_HREF, HELP_SITE_HREF } from '../../core/links';
import type { Language } from '../../core/language';
import { HINT_CSS } from './style';

export type HintState =
  | 'choose'
  | 'pin'
  | 'save'
  | 'done'
  | 'not-found'
  | 'sms-active'
  | 'mobile'
  | 'login-first'
  /** A <select> offers the choice: pick «Kode på SMS» in it. */
  | 'select'
  /** A summary row shows PIN: press the button that opens the choice. */
  | 'open-choice'
  /** Already off PIN codes (the MinID app, an authenticator, a security key, or a method we do not know): change nothing. */
  | 'off-pin'
  /** An error or "not found" page: the way on, with the help links. */
  | 'page-missing';

export const HINT_TAG = 'pinfri-hint';

/** Gap between the option's ring and the callout, in CSS pixels. */
const GAP = 16;
const RING_PAD = 6;

export interface Hint {
  /**
   * Show or update the hint; target null = no option (the not-found state).
   * `others` are the other choices in the same group: the callout keeps clear
   * of them too, so every option stays readable while the hint shows.
   * `words` picks other words for the state (e.g. 'off-pin-app'); default: the state's own.
   */
  show(target: Element | null, state: HintState, others?: readonly Element[], words?: string): void;
  /** Remove everything we added. */
  destroy(): void;
  readonly dismissed: boolean;
}

/** The hint when there are no words to show (the background did not answer): marks still work. */
export const silentHint: Hint = { show: () => undefined, destroy: () => undefined, dismissed: true };

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The smallest rectangle around the visible ones; the first when none is visible. */
function union(rects: readonly DOMRect[]): DOMRect {
  const visible = rects.filter((r) => r.width > 0 || r.height > 0);
  if (visible.length === 0) return rects[0] ?? new DOMRect();
  const left = Math.min(...visible.map((r) => r.left));
  const top = Math.min(...visible.map((r) => r.top));
  const right = Math.max(...visible.map((r) => r.right));
  const bottom = Math.max(...visible.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/** An option and its visible label(s) together: what the user sees as "the option". */
function optionRect(target: Element): DOMRect {
  const rects = [target.getBoundingClientRect()];
  const labels = (target as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) rects.push(label.getBoundingClientRect());
  return union(rects);
}

/**
 * Calls `update` after the next layout, and again when the page scrolls (any
 * scrolling container; at most once a frame), the window resizes, or the
 * option or the callout changes size. Layout changes that move the option
 * without resizing it come through the page watcher, which shows the hint again.
 *
 * Not at once: reading geometry right after the page or the hint changed
 * would make the browser lay out the page there and then, which was most of
 * PIN-fri's time on a page load. A ResizeObserver reports every observed
 * element once after the next layout, still before that frame is painted, so
 * `update` reads a page that is already laid out. Moving the callout there
 * resizes nothing observed (its width is max-content), so no observer loop.
 */
function followLayout(target: Element, callout: HTMLElement, update: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    }
  };
  const stop = new AbortController();
  const resized = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = 0;
    update();
  });
  for (const el of [target, callout, document.documentElement]) resized.observe(el);
  addEventListener('scroll', schedule, { capture: true, passive: true, signal: stop.signal });
  addEventListener('resize', schedule, { passive: true, signal: stop.signal });
  return () => {
    cancelAnimationFrame(frame);
    resized.disconnect();
    stop.abort();
  };
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** A page that rewrites the hint more often than this within TAMPER_WINDOW_MS gets no hint at all, not a fight. */
export const TAMPER_LIMIT = 3;
export const TAMPER_WINDOW_MS = 5000;
/**
 * Style sheets a page adopts into the hint, and CSSOM edits, change no node, so
 * no observer reports them: the hint also looks at itself this often while shown.
 */
const PATROL_MS = 1000;

/** What one of our elements must carry: its attributes exactly, and its text or its children. */
interface Shape {
  el: Element;
  attrs: Record<string, string>;
  /** `style` set by placement (left/top/width/height only) is ours too. */
  placed?: boolean;
  text?: string;
  children?: readonly Node[];
}

const PLACEMENT_PROPERTIES = new Set(['left', 'top', 'width', 'height']);

/** The style attribute holds only what placement sets. */
function placementOnly(el: Element): boolean {
  const style = (el as HTMLElement).style;
  for (let i = 0; i < style.length; i++) if (!PLACEMENT_PROPERTIES.has(style.item(i))) return false;
  return true;
}

function sameAttrs(shape: Shape): boolean {
  const { el, attrs } = shape;
  for (const name of el.getAttributeNames()) {
    if (name === 'style' && shape.placed) {
      if (!placementOnly(el)) return false;
    } else if (el.getAttribute(name) !== attrs[name]) return false;
  }
  return Object.keys(attrs).every((name) => el.hasAttribute(name));
}

function fixAttrs(shape: Shape): void {
  const { el, attrs } = shape;
  for (const name of el.getAttributeNames()) {
    if (name === 'style' && shape.placed) {
      if (!placementOnly(el)) {
        const style = (el as HTMLElement).style;
        const kept = [...PLACEMENT_PROPERTIES].map((p) => [p, style.getPropertyValue(p)] as const);
        el.removeAttribute('style');
        for (const [p, v] of kept) if (v) style.setProperty(p, v);
      }
    } else if (!(name in attrs)) el.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(attrs)) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function sameChildren(shape: Shape): boolean {
  const nodes = shape.el.childNodes;
  if (shape.children) return nodes.length === shape.children.length && shape.children.every((child, i) => nodes[i] === child);
  const text = shape.text ?? '';
  if (text === '') return nodes.length === 0;
  return nodes.length === 1 && nodes[0]!.nodeType === Node.TEXT_NODE && nodes[0]!.nodeValue === text;
}

function fixChildren(shape: Shape): void {
  if (shape.children) shape.el.replaceChildren(...shape.children);
  else shape.el.textContent = shape.text ?? '';
}

/** Every rule of a style sheet as text, to see a change made through CSSOM (which no observer reports). */
function rulesOf(style: HTMLStyleElement): string | null {
  const sheet = style.sheet;
  if (!sheet) return null;
  let out = '';
  for (const rule of Array.from(sheet.cssRules)) out += rule.cssText;
  return out;
}

/**
 * @param texts the hint's words in `lang` (core/hint/hint-text.ts keys), from the
 *   background; a missing word shows as nothing.
 *
 * The shadow root is open (screen readers, axe and the tests read it), so a
 * script on an official page can reach into it. It must never be able to
 * change what PIN-fri says — above all the help number and link. So every
 * word, link and attribute is held here, in PIN-fri's own values, and set
 * again on each show; and an observer compares the whole tree with them on
 * every change and puts it back. Observer callbacks run as microtasks, so a
 * rewrite is undone before the browser paints. A page that keeps rewriting
 * gets no hint at all (the popup keeps the help); see SECURITY.md.
 */
export function createHint(texts: Readonly<Record<string, string>>, lang: Language, signal: AbortSignal): Hint {
  const word = (key: string): string => texts[key] ?? '';
  const host = el(HINT_TAG as 'div');
  host.setAttribute('lang', lang);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = el('style');

  // No `part` attributes: the page must not be able to restyle the hint through ::part().
  const ring = el('div');
  const live = el('div');
  const callout = el('section');
  const brand = el('p');
  const title = el('h2');
  const why = el('p');
  // Where to get help, for the state where we could not find the choice.
  const help = el('p');
  const call = el('a');
  const site = el('a');
  const youChoose = el('p');
  const actions = el('div');
  const showMe = el('button');
  const notNow = el('button');

  // What the hint shows now; only show(), placement and the announcer change these.
  let state: HintState | null = null;
  /** Which words the state shows (hint-text.ts keys), e.g. 'off-pin-app' for the state 'off-pin'. */
  let words: string | null = null;
  let liveText = '';
  let ringHidden = false;
  let corner = false;
  let placement: string | null = null;
  let showMeHidden = false;

  const hiddenIf = (hidden: boolean): Record<string, string> => (hidden ? { hidden: '' } : {});
  /** The whole hint as PIN-fri means it: every attribute, word and link, from our own values only. */
  const buildShapes = (): Shape[] => [
    { el: host, attrs: { lang }, children: [] },
    { el: style, attrs: {}, text: HINT_CSS },
    { el: live, attrs: { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' }, text: liveText },
    { el: ring, attrs: { class: 'ring', 'aria-hidden': 'true', ...hiddenIf(ringHidden) }, placed: true, text: '' },
    {
      el: callout,
      attrs: {
        class: corner ? 'callout corner' : 'callout',
        role: 'region',
        'aria-label': word('hintRegion'),
        ...(state ? { 'data-state': state } : {}),
        ...(placement ? { 'data-placement': placement } : {}),
      },
      placed: true,
      children: [brand, title, why, help, youChoose, actions],
    },
    { el: brand, attrs: { class: 'brand' }, text: 'PIN-fri' },
    { el: title, attrs: { class: 'title', id: 'pinfri-title' }, text: words ? word(`hint.${words}.title`) : '' },
    { el: why, attrs: { class: 'why' }, text: words ? word(`hint.${words}.why`) : '' },
    // MinID's support (core/links.ts): only where PIN-fri could not help (no choice found, an error page).
    { el: help, attrs: { class: 'help', ...hiddenIf(state !== 'not-found' && state !== 'page-missing') }, children: [call, site] },
    { el: call, attrs: { href: HELP_PHONE_HREF, 'data-action': 'help-call' }, text: word('helpCall') },
    { el: site, attrs: { href: HELP_SITE_HREF, 'data-action': 'help-site' }, text: word('helpSite') },
    { el: youChoose, attrs: { class: 'you-choose' }, text: word('hintYouChoose') },
    { el: actions, attrs: { class: 'actions' }, children: [showMe, notNow] },
    { el: showMe, attrs: { type: 'button', class: 'primary', 'data-action': 'show-me', ...hiddenIf(showMeHidden) }, text: word('showMe') },
    { el: notNow, attrs: { type: 'button', class: 'secondary', 'data-action': 'not-now' }, text: word('notNow') },
  ];
  const root: Shape = { el: shadow as unknown as Element, attrs: {}, children: [style, live, ring, callout] };
  /** The shape list, built again only when what the hint shows changes (see `changed`). */
  let shapeCache: Shape[] | null = null;
  const shapes = (): Shape[] => (shapeCache ??= buildShapes());
  const changed = () => {
    shapeCache = null;
  };
  /**
   * Our style sheet's rules as text, to compare with. Taken at the first check
   * (a second after the first show, or the first change that is not ours), not
   * while the page loads: the sheet is first parsed again from our own text,
   * so whatever a page did to it before cannot become the reference.
   */
  let css: string | null = null;
  const takeReference = () => {
    if (css !== null || !host.isConnected) return;
    style.textContent = '';
    style.textContent = HINT_CSS;
    css = rulesOf(style);
    // Our own writes, made synchronously: no record of a page's can be among them.
    guard.takeRecords();
  };

  /**
   * Whether the tree is exactly ours; with `fix`, makes it so. Writes only what differs, so it never feeds itself.
   * `sheets`: also compare the style sheet's rules (serialising them is the dear part): every check does, a render need not.
   */
  const reconcile = (fix: boolean, sheets = true): boolean => {
    let intact = true;
    if (!sameChildren(root)) {
      intact = false;
      if (fix) shadow.replaceChildren(...root.children!);
    }
    for (const shape of shapes()) {
      // The host's children are the page's business (it has none of ours); only its attributes are checked.
      if (shape.el !== host && !sameChildren(shape)) {
        intact = false;
        if (fix) fixChildren(shape);
      }
      if (!sameAttrs(shape)) {
        intact = false;
        if (fix) fixAttrs(shape);
      }
    }
    // PIN-fri uses no adopted style sheets; a page's sheet could hide our words or draw others.
    if (shadow.adoptedStyleSheets.length > 0) {
      intact = false;
      if (fix) {
        try {
          shadow.adoptedStyleSheets = [];
        } catch {
          // Not settable here: the words and links are still ours, and the page is counted as tampering.
        }
      }
    }
    // A rule changed through CSSOM leaves the text as it was: compare the rules themselves.
    const rules = sheets && css !== null ? rulesOf(style) : null;
    if (rules !== null && rules !== css) {
      intact = false;
      if (fix) {
        style.textContent = '';
        style.textContent = HINT_CSS;
      }
    }
    return intact;
  };

  // undefined until the first show, so that a first show without a target still lays out the corner.
  let target: Element | null | undefined;
  let others: readonly Element[] = [];
  let stopFollowing: (() => void) | null = null;
  let dismissed = false;
  let lastAnnounced = '';
  const tampering: number[] = [];

  /** Sets only the properties that differ: an unchanged position is no write, no layout, no record. */
  const setStyle = (node: HTMLElement, values: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) if (node.style.getPropertyValue(name) !== value) node.style.setProperty(name, value);
  };

  // All geometry is read first, then written: one layout, never one per property.
  const place = () =>
    quietly(() => {
      if (!target || !target.isConnected) return;
      const rect = optionRect(target);
      // The callout goes beside the whole choice (this option and its siblings), so it covers none of them.
      const choice = union([rect, ...others.filter((o) => o.isConnected).map(optionRect)]);
      const viewport = { width: document.documentElement.clientWidth || innerWidth, height: document.documentElement.clientHeight || innerHeight };
      const size = { width: callout.offsetWidth, height: callout.offsetHeight };
      const { x, y, side } = placeBeside(choice, size, viewport, GAP + RING_PAD);
      setStyle(ring, {
        left: `${rect.left - RING_PAD}px`,
        top: `${rect.top - RING_PAD}px`,
        width: `${rect.width + RING_PAD * 2}px`,
        height: `${rect.height + RING_PAD * 2}px`,
      });
      setStyle(callout, { left: `${x}px`, top: `${y}px` });
      if (placement !== side) {
        placement = side;
        changed();
      }
      if (callout.dataset.placement !== side) callout.dataset.placement = side;
    });

  /** Placement after the next layout (see followLayout), so a show never forces one. */
  const placeAfterLayout = () => {
    const once = new ResizeObserver(() => {
      once.disconnect();
      place();
    });
    once.observe(document.documentElement);
  };

  const follow = (next: Element | null) => {
    stopFollowing?.();
    stopFollowing = null;
    target = next;
    if (next) {
      ringHidden = false;
      corner = false;
      // Not placed beside the new target until the next layout: data-placement says when it is.
      placement = null;
      changed();
      reconcile(true, false);
      stopFollowing = followLayout(next, callout, place);
    } else {
      ringHidden = true;
      corner = true;
      changed();
      callout.style.left = '';
      callout.style.top = '';
      reconcile(true, false);
    }
  };

  /** Puts back whatever is not ours; counts it as tampering. */
  const check = () => {
    takeReference();
    if (reconcile(false)) return;
    reconcile(true);
    // The records of our own repair are no news.
    guard.takeRecords();
    const now = Date.now();
    tampering.push(now);
    while (tampering.length > 0 && now - tampering[0]! > TAMPER_WINDOW_MS) tampering.shift();
    // A page that keeps rewriting the hint gets none rather than a fight; the popup keeps the help.
    if (tampering.length > TAMPER_LIMIT) withdraw();
  };
  /**
   * Runs our own writes so that the guard never sees them: what the page did
   * before is checked (and counted) first, the records of our writes are then
   * dropped. So the observer's callback, and its full comparison, runs only
   * for changes that are not ours.
   */
  function quietly(write: () => void): void {
    const before = guard.takeRecords();
    if (before.length > 0 && !onlyPlacement(before)) check();
    if (dismissed) return;
    write();
    guard.takeRecords();
  }
  const onlyPlacement = (records: readonly MutationRecord[]) =>
    records.every((r) => r.type === 'attributes' && r.attributeName === 'style' && (r.target === ring || r.target === callout) && placementOnly(r.target as Element));
  const guard = new MutationObserver((records) => {
    // Placement moves the ring and callout every frame while scrolling: that alone needs no check.
    if (!onlyPlacement(records)) check();
  });
  // Started on the first show: a page view where the hint never shows costs nothing.
  let patrol: ReturnType<typeof setInterval> | undefined;

  const destroy = () => {
    guard.disconnect();
    clearInterval(patrol);
    stopFollowing?.();
    stopFollowing = null;
    host.remove();
  };

  const withdraw = () => {
    dismissed = true;
    destroy();
  };

  const dismiss = () => {
    const hadFocus = shadow.activeElement !== null;
    withdraw();
    // Do not leave a keyboard user stranded on a removed button.
    if (hadFocus && target?.isConnected) (target as HTMLElement).focus?.();
  };

  reconcile(true);
  guard.observe(shadow, { subtree: true, childList: true, attributes: true, characterData: true });
  guard.observe(host, { attributes: true });

  // Keep our events to ourselves: the page must not react to clicks or keys in the hint.
  for (const type of ['click', 'keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
    callout.addEventListener(type, (event) => event.stopPropagation());
  }

  showMe.addEventListener('click', () => {
    if (!target) return;
    target.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    // Move focus to the option itself; web components forward focus to their inner control.
    (target as HTMLElement).focus?.({ preventScroll: true });
  });
  notNow.addEventListener('click', dismiss);
  callout.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') dismiss();
  });
  signal.addEventListener('abort', destroy, { once: true });

  return {
    get dismissed() {
      return dismissed;
    },
    show(next, nextState, siblings = [], nextWords = nextState) {
      if (dismissed || signal.aborted) return;
      others = siblings;
      // Nothing to do there: no "Vis meg" (never towards SMS when another method is saved).
      const nextShowMeHidden = next === null || nextState === 'done' || nextState === 'off-pin';
      // The watcher shows the hint again on every scan that matters; the shapes are built again only when what it shows changes.
      if (state !== nextState || words !== nextWords || showMeHidden !== nextShowMeHidden) {
        state = nextState;
        words = nextWords;
        showMeHidden = nextShowMeHidden;
        changed();
      }
      quietly(() => {
        if (!host.isConnected) (document.body ?? document.documentElement).prepend(host);
        // Every word and link set again from our own values, whatever happened to them since.
        reconcile(true, false);
        if (next !== target || (next && !stopFollowing)) follow(next);
        else if (next) placeAfterLayout();
      });
      patrol ??= setInterval(() => {
        if (host.isConnected) check();
      }, PATROL_MS);
      // Announce each new state once, politely, after the region exists.
      const message = `PIN-fri. ${word(`hint.${nextWords}.title`)} ${word(`hint.${nextWords}.why`)}`;
      if (message !== lastAnnounced) {
        lastAnnounced = message;
        setTimeout(() => {
          if (signal.aborted || dismissed) return;
          liveText = message;
          changed();
          quietly(() => reconcile(true, false));
        }, 150);
      }
    },
    destroy,
  };
}
