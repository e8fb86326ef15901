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
 * - Positioned by core/placement.ts (position: fixed, so shadow DOM offsets do
 *   not matter), following scroll, resize and size changes; at most once a frame.
 */
import { placeBeside } from '../../core/placement';
import type { Language } from '../../core/storage';
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

/** MinID user support (DOMAIN.md "Help and contact"), offered only when we could not help. */
export const HELP_PHONE_HREF = 'tel:+4780030300';
export const HELP_SITE_HREF = 'https://minid.no/';

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
 * Calls `update` now, and again (at most once a frame) when the page scrolls
 * (any scrolling container), the window resizes, or the option or the callout
 * changes size. Layout changes that move the option without resizing it come
 * through the page watcher, which shows the hint again.
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
  const resized = new ResizeObserver(schedule);
  for (const el of [target, callout, document.documentElement]) resized.observe(el);
  addEventListener('scroll', schedule, { capture: true, passive: true, signal: stop.signal });
  addEventListener('resize', schedule, { passive: true, signal: stop.signal });
  update();
  return () => {
    cancelAnimationFrame(frame);
    resized.disconnect();
    stop.abort();
  };
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * @param texts the hint's words in `lang` (core/hint-text.ts keys), from the
 *   background; a missing word shows as nothing.
 */
export function createHint(texts: Readonly<Record<string, string>>, lang: Language, signal: AbortSignal): Hint {
  const word = (key: string): string => texts[key] ?? '';
  const host = el(HINT_TAG as 'div');
  host.setAttribute('lang', lang);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = el('style');
  style.textContent = HINT_CSS;

  // No `part` attributes: the page must not be able to restyle the hint through ::part().
  const ring = el('div', { class: 'ring', 'aria-hidden': 'true' });
  const live = el('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const callout = el('section', { class: 'callout', role: 'region', 'aria-label': word('hintRegion') });
  const brand = el('p', { class: 'brand' }, 'PIN-fri');
  const title = el('h2', { class: 'title', id: 'pinfri-title' });
  const why = el('p', { class: 'why' });
  // Where to get help, for the state where we could not find the choice.
  const help = el('p', { class: 'help' });
  help.append(
    el('a', { href: HELP_PHONE_HREF, 'data-action': 'help-call' }, word('helpCall')),
    el('a', { href: HELP_SITE_HREF, 'data-action': 'help-site' }, word('helpSite')),
  );
  help.hidden = true;
  const youChoose = el('p', { class: 'you-choose' }, word('hintYouChoose'));
  const actions = el('div', { class: 'actions' });
  const showMe = el('button', { type: 'button', class: 'primary', 'data-action': 'show-me' }, word('showMe'));
  const notNow = el('button', { type: 'button', class: 'secondary', 'data-action': 'not-now' }, word('notNow'));
  actions.append(showMe, notNow);
  callout.append(brand, title, why, help, youChoose, actions);
  shadow.append(style, live, ring, callout);

  // Keep our events to ourselves: the page must not react to clicks or keys in the hint.
  for (const type of ['click', 'keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
    callout.addEventListener(type, (event) => event.stopPropagation());
  }

  // undefined until the first show, so that a first show without a target still lays out the corner.
  let target: Element | null | undefined;
  let others: readonly Element[] = [];
  let stopFollowing: (() => void) | null = null;
  let dismissed = false;
  let lastAnnounced = '';

  const place = () => {
    if (!target || !target.isConnected) return;
    const rect = optionRect(target);
    Object.assign(ring.style, {
      left: `${rect.left - RING_PAD}px`,
      top: `${rect.top - RING_PAD}px`,
      width: `${rect.width + RING_PAD * 2}px`,
      height: `${rect.height + RING_PAD * 2}px`,
    });
    // The callout goes beside the whole choice (this option and its siblings), so it covers none of them.
    const choice = union([rect, ...others.filter((o) => o.isConnected).map(optionRect)]);
    const viewport = { width: document.documentElement.clientWidth || innerWidth, height: document.documentElement.clientHeight || innerHeight };
    const size = { width: callout.offsetWidth, height: callout.offsetHeight };
    const { x, y, side } = placeBeside(choice, size, viewport, GAP + RING_PAD);
    Object.assign(callout.style, { left: `${x}px`, top: `${y}px` });
    callout.dataset.placement = side;
  };

  const follow = (next: Element | null) => {
    stopFollowing?.();
    stopFollowing = null;
    target = next;
    if (next) {
      ring.hidden = false;
      callout.classList.remove('corner');
      stopFollowing = followLayout(next, callout, place);
    } else {
      ring.hidden = true;
      callout.classList.add('corner');
      callout.style.left = '';
      callout.style.top = '';
    }
  };

  const destroy = () => {
    stopFollowing?.();
    stopFollowing = null;
    host.remove();
  };

  const dismiss = () => {
    const hadFocus = shadow.activeElement !== null;
    dismissed = true;
    destroy();
    // Do not leave a keyboard user stranded on a removed button.
    if (hadFocus && target?.isConnected) (target as HTMLElement).focus?.();
  };

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
    show(next, state, siblings = [], words = state) {
      if (dismissed || signal.aborted) return;
      others = siblings;
      callout.dataset.state = state;
      title.textContent = word(`hint.${words}.title`);
      why.textContent = word(`hint.${words}.why`);
      // Nothing to do there: no "Vis meg" (never towards SMS when another method is saved).
      showMe.hidden = next === null || state === 'done' || state === 'off-pin';
      help.hidden = state !== 'not-found' && state !== 'page-missing';
      if (!host.isConnected) (document.body ?? document.documentElement).prepend(host);
      if (next !== target || (next && !stopFollowing)) follow(next);
      else if (next) place();
      // Announce each new state once, politely, after the region exists.
      const message = `PIN-fri. ${title.textContent} ${why.textContent}`;
      if (message !== lastAnnounced) {
        lastAnnounced = message;
        setTimeout(() => {
          if (!signal.aborted) live.textContent = message;
        }, 150);
      }
    },
    destroy,
  };
}
