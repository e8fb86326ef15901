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
 * - Its tree is parsed from one constant string (its style sheet and help
 *   links; no page text, no words);
 *   every word goes in through textContent.
 * - Positioned by core/hint/placement.ts (position: fixed, so shadow DOM offsets do
 *   not matter), following scroll, resize and size changes; at most once a frame.
 */
import { placeBeside, type Box } from '../../core/hint/placement';
import { HELP_PHONE_HREF, HELP_SITE_HREF } from '../../core/links';
import type { HintState, HintTextKey, HintWords, OffPinMethod } from '../../core/hint/hint-text';
import type { HintSetup } from '../../core/messages';
import type { Language } from '../../core/language';
import HINT_CSS from './hint.css?inline';

export const HINT_TAG = 'pinfri-hint';

/** Gap between the option's ring and the callout, in CSS pixels. */
const GAP = 16;
const RING_PAD = 6;

export interface Hint {
  /**
   * Show or update the hint: `words` beside `target` (null: in the corner,
   * with no ring). Its state (data-state) follows from the words.
   * `others` are the other choices in the same group: the callout keeps clear
   * of them too, so every option stays readable while the hint shows.
   */
  show(target: Element | null, words: HintWords, others?: readonly Element[]): void;
  /** Remove everything we added. */
  destroy(): void;
  readonly dismissed: boolean;
}

/** The hint when there are no words to show (the background did not answer): marks still work. */
export const silentHint: Hint = { show: () => undefined, destroy: () => undefined, dismissed: true };

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

/** A page that rewrites the hint more often than this within TAMPER_WINDOW_MS gets no hint at all, not a fight. */
export const TAMPER_LIMIT = 3;
export const TAMPER_WINDOW_MS = 5000;
/**
 * Style sheets a page adopts into the hint, and CSSOM edits, change no node, so
 * no observer reports them: the hint also looks at itself this often while shown.
 */
const PATROL_MS = 1000;

/** Every rule of a style sheet as text, to see a change made through CSSOM (which no observer reports). */
const rulesOf = (sheet: CSSStyleSheet | null) => sheet && Array.from(sheet.cssRules, (rule) => rule.cssText).join('');

/** Sets an attribute (null: removes it) only when it differs: an unchanged hint is no write, no record, no style work. */
function attr(node: Element, name: string, value: string | null): void {
  if (node.getAttribute(name) !== value) {
    if (value === null) node.removeAttribute(name);
    else node.setAttribute(name, value);
  }
}

function text(node: Node, value: string): void {
  if (node.textContent !== value) node.textContent = value;
}

const isOffPin = (words: HintWords): words is `off-pin-${OffPinMethod}` => words.startsWith('off-pin-');

/** The state these words are said in: the off-pin words, one set per saved method, are all 'off-pin'. */
export function hintStateOf(words: HintWords): HintState {
  return isOffPin(words) ? 'off-pin' : words;
}

/** Events that stay inside the hint: the page must not react to clicks or keys in it. */
const OWN_EVENTS = 'click keydown keyup keypress focusin focusout mousedown mouseup pointerdown pointerup'.split(' ');

/**
 * @param texts the hint's words in `lang` (core/hint/hint-text.ts keys), from the
 *   background; a missing word shows as nothing.
 *
 * The shadow root is open (screen readers, axe and the tests read it), so a
 * script on an official page can reach into it. It must never be able to
 * change what PIN-fri says — above all the help number and link. So the hint
 * keeps every word, link and state in its own variables, never reads them back
 * from the page, and writes its own changes so that its guard never sees them
 * (`quietly`). Whatever the guard does see is therefore not ours: the whole
 * tree is built again, new nodes from the constant and our own values, rather
 * than compared attribute by attribute. Observer callbacks run as microtasks,
 * so a rewrite is undone before the browser paints. A page that keeps
 * rewriting gets no hint at all (the popup keeps the help); see SECURITY.md.
 */
export function createHint(texts: HintSetup['texts'], lang: Language, signal: AbortSignal): Hint {
  const word = (key: HintTextKey): string => texts[key] ?? '';
  const host = document.createElement(HINT_TAG);
  const shadow = host.attachShadow({ mode: 'open' });

  // What the hint shows now: PIN-fri's own values, the only source the tree is ever built from.
  let state: HintState | null = null;
  /** Which words the state shows, e.g. 'off-pin-app' for the state 'off-pin'. */
  let words: HintWords | null = null;
  let liveText = '';
  /** The side placement chose; null until placed beside the current target. */
  let placement: string | null = null;
  let ringStyle = '';
  let calloutStyle = '';
  // undefined until the first show, so that a first show without a target still lays out the corner.
  let target: Element | null | undefined;
  let others: readonly Element[] = [];

  // The tree's elements, in its order (see build).
  let style!: HTMLStyleElement;
  let live!: HTMLElement;
  let ring!: HTMLElement;
  let callout!: HTMLElement;
  let title!: HTMLElement;
  let why!: HTMLElement;
  let help!: HTMLElement;
  let call!: HTMLAnchorElement;
  let site!: HTMLAnchorElement;
  let youChoose!: HTMLElement;
  let showMe!: HTMLElement;
  let notNow!: HTMLElement;
  let mine: HTMLElement[] = [];

  /** Writes what depends on the state; reads only our own variables. */
  const render = () => {
    text(live, liveText);
    attr(ring, 'hidden', target ? null : '');
    attr(callout, 'class', target ? 'callout' : 'callout corner');
    attr(callout, 'data-state', state);
    attr(callout, 'data-placement', placement);
    text(title, words ? word(`hint.${words}.title`) : '');
    text(why, words ? word(`hint.${words}.why`) : '');
    // MinID's support (core/links.ts): only where PIN-fri could not help (no choice found, an error page).
    attr(help, 'hidden', state === 'not-found' || state === 'page-missing' ? null : '');
    // Nothing to do there: no "Vis meg" (never towards SMS when another method is saved).
    attr(showMe, 'hidden', !target || state === 'done' || state === 'off-pin' ? '' : null);
  };

  /**
   * The whole tree, new, from the constant and the words that do not change
   * with the state (render writes the rest; the guard's rebuild first clears
   * the host and adopted sheets). No `part` attributes: the page must not be
   * able to restyle the hint through ::part().
   */
  const build = () => {
    // A constant (ESLint bans this property elsewhere): no page text, no words, no values at all (a plain
    // literal: Firefox's add-on linter, and so its reviewers, warn of anything else). The style sheet, the
    // help links and the words go in below, by property.
    // A named <section> is a region landmark; buttons in a shadow tree belong to no form of the page.
    // eslint-disable-next-line no-restricted-properties
    shadow.innerHTML = '<style></style><div aria-live=polite aria-atomic=true></div><div class=ring aria-hidden=true></div><section class=callout><p class=brand>PIN-fri</p><h2 class=title></h2><p class=why></p><p class=help><a data-action=help-call></a><a data-action=help-site></a></p><p></p><div class=actions><button data-action=show-me></button><button class=secondary data-action=not-now></button></div></section>';
    [style, live, ring, callout, , title, why, help, call, site, youChoose, , showMe, notNow] = shadow.querySelectorAll('*') as unknown as [
      HTMLStyleElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement,
      HTMLAnchorElement, HTMLAnchorElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement,
    ];
    style.textContent = HINT_CSS;
    callout.setAttribute('aria-label', word('hintRegion'));
    call.href = HELP_PHONE_HREF;
    site.href = HELP_SITE_HREF;
    call.textContent = word('helpCall');
    site.textContent = word('helpSite');
    youChoose.textContent = word('hintYouChoose');
    showMe.textContent = word('showMe');
    notNow.textContent = word('notNow');
    /** What can take focus, in a fixed order: focus survives a rebuild. */
    mine = [call, site, showMe, notNow];
  };

  let dismissed = false;
  let lastAnnounced = '';
  const tampering: number[] = [];
  let css: string | null | undefined;
  // Started on the first show: a page view where the hint never shows costs nothing.
  let patrol: ReturnType<typeof setInterval> | undefined;

  const guard = new MutationObserver(() => tampered());

  /**
   * Runs our own writes so that the guard never sees them: what the page did
   * before is handled (and counted) first, the records of our writes are then
   * dropped. So every record the guard's callback gets is the page's.
   */
  function quietly(write: () => void): void {
    if (guard.takeRecords().length > 0) tampered();
    if (dismissed) return;
    write();
    guard.takeRecords();
  }

  /** Something that is not ours changed: count it, and build the hint again (or withdraw it). */
  function tampered(): void {
    guard.takeRecords();
    const now = Date.now();
    tampering.push(now);
    while (now - tampering[0]! > TAMPER_WINDOW_MS) tampering.shift();
    // A page that keeps rewriting the hint gets none rather than a fight; the popup keeps the help.
    if (tampering.length > TAMPER_LIMIT) return withdraw();
    const focused = mine.indexOf(shadow.activeElement as HTMLElement);
    // Nothing a page added, changed or adopted survives: the host's attributes, adopted sheets, the tree.
    for (const name of host.getAttributeNames()) if (name !== 'lang') host.removeAttribute(name);
    attr(host, 'lang', lang);
    try {
      // PIN-fri adopts no style sheets; a page's could hide our words or draw others.
      if (shadow.adoptedStyleSheets.length > 0) shadow.adoptedStyleSheets = [];
    } catch {
      // Not settable here: the patrol finds it again, so the page is counted as tampering until it stops.
    }
    build();
    render();
    // Until its first layout the new hint stands where the old one stood; then it follows the new callout.
    ring.style.cssText = ringStyle;
    callout.style.cssText = calloutStyle;
    if (target) follow(target);
    mine[focused]?.focus();
    guard.takeRecords();
  }

  const root = document.documentElement;
  // All geometry is read first, then written: one layout, never one per property.
  const place = () =>
    quietly(() => {
      if (!target?.isConnected) return;
      const rect = around([target]);
      // The callout goes beside the whole choice (this option and its siblings), so it covers none of them.
      const { x, y, side } = placeBeside(
        around([target, ...others.filter((o) => o.isConnected)]),
        { width: callout.offsetWidth, height: callout.offsetHeight },
        { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight },
        GAP + RING_PAD,
      );
      // Unchanged is no write: no layout, no record.
      const nextRing = `left:${rect.left - RING_PAD}px;top:${rect.top - RING_PAD}px;width:${rect.width + RING_PAD * 2}px;height:${rect.height + RING_PAD * 2}px`;
      if (nextRing !== ringStyle) ring.style.cssText = ringStyle = nextRing;
      const nextCallout = `left:${x}px;top:${y}px`;
      if (nextCallout !== calloutStyle) callout.style.cssText = calloutStyle = nextCallout;
      placement = side;
      attr(callout, 'data-placement', side);
    });

  /**
   * Places the hint after the next layout, and again when the page scrolls
   * (any scrolling container), the window resizes, or the option or the
   * callout changes size. Layout changes that move the option without
   * resizing it come through the page watcher, which shows the hint again.
   *
   * Not at once: reading geometry right after the page or the hint changed
   * would make the browser lay out the page there and then, which was most of
   * PIN-fri's time on a page load. A ResizeObserver reports every observed
   * element once after the next layout, still before that frame is painted, so
   * `place` reads a page that is already laid out. Moving the callout there
   * resizes nothing observed (its width is max-content), so no observer loop.
   * `again` asks for one more report after the next layout (a newly observed
   * element is always reported): for a page that re-rendered around the
   * option, and on scroll and resize, which the browser handles in the same
   * frame just before that layout, so the callout moves at most once a frame,
   * together with the page.
   */
  const resized = new ResizeObserver(place);
  const again = () => {
    resized.unobserve(root);
    resized.observe(root);
  };
  const follow = (next: Element | null) => {
    resized.disconnect();
    target = next;
    for (const type of ['scroll', 'resize']) {
      // Added once however often it follows: the same listener twice is one.
      if (next) addEventListener(type, again, { capture: true, passive: true });
      else removeEventListener(type, again, true);
    }
    if (next) {
      for (const el of [next, callout, root]) resized.observe(el);
    } else {
      // In the corner, by the style sheet.
      ringStyle = calloutStyle = callout.style.cssText = '';
      placement = null;
    }
  };

  const destroy = () => {
    guard.disconnect();
    clearInterval(patrol);
    // Shown again later (a field that came back): guarded, patrolled and placed again from the start.
    patrol = undefined;
    follow(null);
    host.remove();
  };

  const withdraw = () => {
    dismissed = true;
    destroy();
  };

  const dismiss = () => {
    const back = shadow.activeElement && target;
    withdraw();
    // Do not leave a keyboard user stranded on a removed button.
    if (back?.isConnected) (back as HTMLElement).focus?.();
  };

  // A new host and shadow root: nothing to undo yet, only the tree to build (the first show renders it).
  host.setAttribute('lang', lang);
  build();

  // On the shadow root, which outlives every rebuild: one listener per event, none per button.
  const onEvent = (event: Event) => {
    event.stopPropagation();
    const action = (event.target as Element).closest?.('[data-action]')?.getAttribute('data-action');
    if (event.type === 'keydown' ? (event as KeyboardEvent).key === 'Escape' : event.type === 'click' && action === 'not-now') dismiss();
    else if (event.type === 'click' && action === 'show-me' && target) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      // Move focus to the option itself; web components forward focus to their inner control.
      (target as HTMLElement).focus?.({ preventScroll: true });
    }
  };
  for (const type of OWN_EVENTS) shadow.addEventListener(type, onEvent);
  signal.addEventListener('abort', destroy, { once: true });

  return {
    get dismissed() {
      return dismissed;
    },
    show(next, nextWords, siblings = []) {
      if (dismissed || signal.aborted) return;
      others = siblings;
      state = hintStateOf(nextWords);
      words = nextWords;
      quietly(() => {
        if (next !== target) {
          // Not placed beside a new target until the next layout: data-placement says when it is.
          placement = null;
          follow(next);
        } else if (next) again();
        render();
        if (!host.isConnected) {
          (document.body ?? root).prepend(host);
          // Guarded from when the page can reach it: the writes before were only ours, and make no records to drop.
          guard.observe(shadow, { subtree: true, childList: true, attributes: true, characterData: true });
          guard.observe(host, { attributes: true });
        }
      });
      patrol ??= setInterval(() => {
        if (!host.isConnected) return;
        // The reference: our own text, parsed apart from the page, so nothing a page did can become it.
        if (css === undefined) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(HINT_CSS);
          css = rulesOf(sheet);
        }
        if (shadow.adoptedStyleSheets.length > 0 || rulesOf(style.sheet) !== css) tampered();
      }, PATROL_MS);
      // Announce each new state once, politely, after the region exists.
      const message = `PIN-fri. ${word(`hint.${nextWords}.title`)} ${word(`hint.${nextWords}.why`)}`;
      if (message !== lastAnnounced) {
        lastAnnounced = message;
        setTimeout(() => {
          if (signal.aborted || dismissed) return;
          liveText = message;
          quietly(render);
        }, 150);
      }
    },
    destroy,
  };
}
