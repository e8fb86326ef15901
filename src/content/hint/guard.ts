/**
 * The hint's tamper guard. The hint's shadow root is open (screen readers,
 * axe and the tests read it), so a script on an official page can reach into
 * it. It must never be able to change what PIN-fri says — above all the help
 * number and link (SECURITY.md).
 *
 * The view keeps every word, link and state in its own values and never
 * reads them back from the page, and PIN-fri's own writes run through
 * `quietly`, so the guard never sees them. Whatever the guard does see is
 * therefore not ours: the view builds everything again from the constant and
 * its own values, rather than comparing attribute by attribute. Observer
 * callbacks run as microtasks, so a rewrite is undone before the browser
 * paints. What changes no node (a style sheet a page adopts into the hint, an
 * edit through CSSOM, a Web Animation) is found by a patrol, and animations
 * also before each of our writes. A page that keeps rewriting gets no hint at
 * all (the popup keeps the help).
 */
import HINT_CSS from './hint.css?inline';
import type { HintView } from './view';

/** A page that rewrites the hint more often than this within TAMPER_WINDOW_MS gets no hint at all, not a fight. */
export const TAMPER_LIMIT = 3;
export const TAMPER_WINDOW_MS = 5000;
/**
 * Style sheets a page adopts into the hint, CSSOM edits and animations change
 * no node, so no observer reports them: the hint also looks at itself this
 * often while shown.
 */
const PATROL_MS = 1000;

/** Every rule of a style sheet as text, to see a change made through CSSOM (which no observer reports). */
const rulesOf = (sheet: CSSStyleSheet | null) => sheet && Array.from(sheet.cssRules, (rule) => rule.cssText).join('');

export interface Guard {
  /**
   * Runs our own writes so that the guard never sees them: what the page did
   * before is handled (and counted) first, the records of our writes are then
   * dropped. So every record the guard's callback gets is the page's. Writes
   * nothing once the hint is withdrawn.
   */
  quietly(write: () => void): void;
  /** Guards the hint from now on: from when the page can reach it (the host is in the page). */
  watch(): void;
  /** Stops guarding (the hint is taken away; shown again, it is guarded again from the start). */
  stop(): void;
}

/**
 * @param rebuilt called after the view was built again, so that what follows the old tree follows the new one.
 * @param withdraw takes the hint away for good: the page would not stop.
 */
export function guardHint(view: HintView, rebuilt: () => void, withdraw: () => void): Guard {
  const { host, shadow } = view;
  const tampering: number[] = [];
  let withdrawn = false;
  /** The reference for the patrol: our own style sheet's rules, from a parse apart from the page. */
  let css: string | null | undefined;
  // Started on the first show: a page view where the hint never shows costs nothing.
  let patrol: ReturnType<typeof setInterval> | undefined;
  const observer = new MutationObserver(() => tampered());

  /**
   * Cancels every animation on the hint and says whether there was one. The
   * hint starts none (nothing in it moves), so each is a page's: one that
   * could hide or cover the words (what hint.css makes !important it cannot).
   */
  function cancelAnimations(): boolean {
    const animations = [...host.getAnimations(), ...shadow.getAnimations()];
    for (const animation of animations) animation.cancel();
    return animations.length > 0;
  }

  /** Something that is not ours changed: count it, and build the hint again (or withdraw it). */
  function tampered(): void {
    observer.takeRecords();
    const now = Date.now();
    tampering.push(now);
    while (now - tampering[0]! > TAMPER_WINDOW_MS) tampering.shift();
    // A page that keeps rewriting the hint gets none rather than a fight; the popup keeps the help.
    if (tampering.length > TAMPER_LIMIT) {
      withdrawn = true;
      withdraw();
      return;
    }
    // Nothing a page added, changed or adopted survives: the host's attributes, adopted sheets, the tree.
    view.rebuild();
    rebuilt();
    observer.takeRecords();
  }

  return {
    quietly(write) {
      if (observer.takeRecords().length > 0 || cancelAnimations()) tampered();
      if (withdrawn) return;
      write();
      observer.takeRecords();
    },
    watch() {
      // The writes before were only ours, and make no records to drop.
      observer.observe(shadow, { subtree: true, childList: true, attributes: true, characterData: true });
      observer.observe(host, { attributes: true });
      patrol ??= setInterval(() => {
        if (!host.isConnected) return;
        // The reference: our own text, parsed apart from the page, so nothing a page did can become it.
        if (css === undefined) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(HINT_CSS);
          css = rulesOf(sheet);
        }
        if (cancelAnimations() || shadow.adoptedStyleSheets.length > 0 || rulesOf(view.styleSheet) !== css) tampered();
      }, PATROL_MS);
    },
    stop() {
      observer.disconnect();
      clearInterval(patrol);
      patrol = undefined;
    },
  };
}
