/**
 * The hint's view: its element, its shadow root and the tree in it, built
 * from one constant and PIN-fri's own values, and written from those values
 * alone. Nothing is ever read back from the page: what the hint says, where it
 * points and where it stands are kept in `values`, so the tree can be built
 * again at any moment (the guard, guard.ts, does so when the page touches it).
 */
import type { HintState, HintTextKey, HintWords, OffPinMethod } from '../../core/hint/hint-text';
import type { Language } from '../../core/language';
import { OWN_ELEMENTS } from '../../core/find/finder';
import { HELP_PHONE_HREF, HELP_SITE_HREF } from '../../core/links';
import HINT_CSS from './hint.css?inline';

/**
 * The attribute that marks the hint's host, a plain `<div>` (README,
 * "Observable contract"). Not an element of our own name: a page can define
 * any such name before we come, and its constructor then runs on our host
 * (and can take its shadow root first, or its ElementInternals). No page can
 * define a div.
 */
export const HINT_MARK = 'data-pinfri-hint';

/** What the hint shows now: PIN-fri's own values, the only source its tree is ever built from. */
export interface HintValues {
  /** What it says; the state follows (hintStateOf). Null until the first show. */
  words: HintWords | null;
  /** What it points at; null: nothing, the callout sits in the corner. Undefined until the first show. */
  target: Element | null | undefined;
  /** The other choices in the target's group: the callout keeps clear of them. */
  others: readonly Element[];
  /** What its live region says (a moment after each new state). */
  liveText: string;
  /** The side placement chose; null until placed beside the current target. */
  placement: string | null;
  /** The ring's and the callout's position, as placement wrote them. */
  ringStyle: string;
  calloutStyle: string;
}

export interface HintView {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly values: HintValues;
  /** The parts placement reads and the guard checks; new elements after each rebuild. */
  readonly callout: HTMLElement;
  readonly styleSheet: CSSStyleSheet | null;
  /** Writes what depends on `values` (the state, the words, the target); unchanged is no write. */
  render(): void;
  /**
   * Everything that is ours, new: the host's attributes, no adopted style
   * sheets, the tree, rendered and standing where it stood, with focus on the
   * same button. Whatever the page had done to any of it is gone.
   */
  rebuild(): void;
  /** Writes where placement put the ring and the callout; unchanged is no write: no layout, no record. */
  place(ringStyle: string, calloutStyle: string, side: string): void;
  /** Back to the corner, where the style sheet puts the callout. */
  unplace(): void;
}

const isOffPin = (words: HintWords): words is `off-pin-${OffPinMethod}` => words.startsWith('off-pin-');

/** The state these words are said in: the off-pin words, one set per saved method, are all 'off-pin'. */
export function hintStateOf(words: HintWords): HintState {
  return isOffPin(words) ? 'off-pin' : words;
}

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

/**
 * @param word the hint's words in `lang` (core/hint/hint-text.ts), from the background.
 *
 * The shadow root is open (screen readers, axe and the tests read it), so a
 * script on an official page can reach into it; see guard.ts.
 */
export function createView(word: (key: HintTextKey) => string, lang: Language): HintView {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  OWN_ELEMENTS.add(host);
  const values: HintValues = { words: null, target: undefined, others: [], liveText: '', placement: null, ringStyle: '', calloutStyle: '' };

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
  /** What can take focus, in a fixed order: focus survives a rebuild. */
  let focusable: HTMLElement[] = [];

  /** The host's attributes, only ours: whatever a page adds (hidden, inert, aria-hidden, dir …) goes. */
  const markHost = () => {
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
    host.setAttribute(HINT_MARK, '');
    host.setAttribute('lang', lang);
  };

  const render = () => {
    const { words, target } = values;
    const state = words && hintStateOf(words);
    text(live, values.liveText);
    attr(ring, 'hidden', target ? null : '');
    attr(callout, 'class', target ? 'callout' : 'callout corner');
    attr(callout, 'data-state', state);
    attr(callout, 'data-placement', values.placement);
    text(title, words ? word(`hint.${words}.title`) : '');
    text(why, words ? word(`hint.${words}.why`) : '');
    // MinID's support (core/links.ts): only where PIN-fri could not help (no choice found, an error page).
    attr(help, 'hidden', state === 'not-found' || state === 'page-missing' ? null : '');
    // Nothing to do there: no "Vis meg" (never towards SMS when another method is saved).
    attr(showMe, 'hidden', !target || state === 'done' || state === 'off-pin' ? '' : null);
  };

  /**
   * The whole tree, new, from the constant and the words that do not change
   * with the state (render writes the rest). No `part` attributes: the page
   * must not be able to restyle the hint through ::part().
   */
  const build = () => {
    // A constant (ESLint bans this property elsewhere): no page text, no words, no values at all (a plain
    // literal: Firefox's add-on linter, and so its reviewers, warn of anything else). The style sheet, the
    // help links and the words go in below, by property.
    // Only elements that cannot take a shadow root (DOM standard, attachShadow): a closed one attached by a page
    // would show instead of our words, and it makes no record, so no guard could see it. Hence <b> (no
    // meaning to a screen reader) where a <div> or <p> would do, and roles where a <section> or an <h2>
    // would: a named region is a landmark. Buttons in a shadow tree belong to no form of the page.
    // eslint-disable-next-line no-restricted-properties
    shadow.innerHTML = '<style></style><b aria-live=polite aria-atomic=true></b><b class=ring aria-hidden=true></b><b class=callout role=region><b class=brand>PIN-fri</b><b class=title role=heading aria-level=2></b><b class=why></b><b class=help><a data-action=help-call></a><a data-action=help-site></a></b><b></b><b class=actions><button data-action=show-me></button><button class=secondary data-action=not-now></button></b></b>';
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
    focusable = [call, site, showMe, notNow];
  };

  // A new host and shadow root: nothing to undo yet, only the tree to build (the first show renders it).
  markHost();
  build();

  return {
    host,
    shadow,
    values,
    get callout() {
      return callout;
    },
    get styleSheet() {
      return style.sheet;
    },
    render,
    rebuild() {
      const focused = focusable.indexOf(shadow.activeElement as HTMLElement);
      markHost();
      try {
        // PIN-fri adopts no style sheets; a page's could hide our words or draw others.
        if (shadow.adoptedStyleSheets.length > 0) shadow.adoptedStyleSheets = [];
      } catch {
        // Not settable here: the guard's patrol finds it again, so the page is counted as tampering until it stops.
      }
      build();
      render();
      // Until its first layout the new hint stands where the old one stood; then it follows the new callout.
      ring.style.cssText = values.ringStyle;
      callout.style.cssText = values.calloutStyle;
      focusable[focused]?.focus();
    },
    place(ringStyle, calloutStyle, side) {
      if (ringStyle !== values.ringStyle) ring.style.cssText = values.ringStyle = ringStyle;
      if (calloutStyle !== values.calloutStyle) callout.style.cssText = values.calloutStyle = calloutStyle;
      values.placement = side;
      attr(callout, 'data-placement', side);
    },
    unplace() {
      values.ringStyle = values.calloutStyle = callout.style.cssText = '';
      values.placement = null;
    },
  };
}
