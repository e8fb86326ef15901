/**
 * The login-method choice: find "Kode på SMS", mark it, show the hint, report
 * what is chosen, and keep doing so as the page renders late, re-renders, or
 * the user chooses and saves. Runs on every official page, because where the
 * choice lives is partly inferred (docs/PAGES.md "Hosts"): wherever it shows
 * up, that page is a settings page.
 *
 * Never a step down: only when PIN (or nothing) is saved does the hint point
 * at SMS. A saved MinID app, authenticator app, security key or a method we
 * do not know gets "you need change nothing" (docs/PAGES.md "Login methods").
 */
import { accessibleName } from '../../core/find/finder';
import { isSaveLabel, type Method } from '../../core/find/wording';
import type { HintWords } from '../../core/hint/hint-text';
import type { PageStatus } from '../../core/page-status';
import { PAGE_KINDS } from '../../core/sites';
import { createMarker } from '../mark';
import type { PageReading } from '../reading';
import type { FeatureRun, PageContext, PageFeature } from '../types';

/** A settings page with no option after this long without changes has "settled". */
const QUIET_MS = 3000;
const GIVE_UP_MS = 10_000;
/** How long after pressing save we look for the page's "saved" message. */
const SAVE_WINDOW_MS = 15_000;

/** The nearest button-like element on the event's composed path, if it is a save button. */
function isSaveClick(event: Event): boolean {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    const tag = node.localName;
    const input = tag === 'input';
    if (tag === 'button' || tag === 'mid-button' || node.getAttribute('role') === 'button' || (input && ['submit', 'button'].includes(node.getAttribute('type') ?? ''))) {
      return isSaveLabel(input ? (node.getAttribute('value') ?? '') : accessibleName(node));
    }
  }
  return false;
}

export function initChoice(ctx: PageContext): FeatureRun {
  const { signal, hint } = ctx;
  const marker = createMarker(signal);
  /** An option or a summary row was found: the page is not "not found". */
  let seen = false;
  let seenOption = false;
  /** The method the page showed as saved: still chosen later, it is still saved. */
  let savedMethod: Method | null = null;
  let status: PageStatus | null = null;
  let saveDeadline = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const startedAt = Date.now();

  signal.addEventListener('abort', () => clearTimeout(settleTimer), { once: true });

  const setStatus = (next: PageStatus, target: Element | null, words: HintWords, others?: Element[]) => {
    status = next;
    ctx.report(next);
    hint.show(target, words, others);
  };

  /**
   * A method the page shows as saved: SMS is done; any other but PIN is "you
   * need change nothing", in words for that method. A method we do not know
   * is reported as 'other-selected'.
   */
  const showSaved = (method: Exclude<Method, 'pin'>, at: Element | null, others?: Element[]) => {
    const sms = method === 'sms';
    setStatus(method === 'other' ? 'other-selected' : (`${method}-saved` as const), at, sms ? 'done' : `off-pin-${method}`, others);
  };

  const read = (page: PageReading) => {
    const { early } = page;
    const option = page.smsOption;
    // Early, the page may be halfway through rendering what it says: the saved
    // setting it loaded with, a summary, an error. An option seen before only
    // changes state (a choice, a re-render), which every scan reads afresh; a new
    // one is marked at once, so it is never painted unmarked, and read in the frame.
    if (early && !(option && seenOption)) {
      if (option) marker.mark(option.target, 'sms');
      ctx.scanInFrame();
      return;
    }
    // Only on a settings page: elsewhere an "Endre" beside some method word is not ours to read.
    const summary = option || ctx.urlKind !== 'settings' ? null : page.methodSummary;
    if (option || summary) {
      seen = true;
      clearTimeout(settleTimer);
      ctx.setPageKind('settings');
    }
    if (option) {
      const { target, chosen, state } = option;
      const select = option.kind === 'select';
      marker.mark(target, 'sms');
      const others = option.siblings.map((s) => s.element);
      // A <select> is one control: ring it, whatever entry it shows.
      const chosenAt = select ? target : (option.chosenElement ?? target);
      // The state a settings page loads with is the saved setting; later changes are only
      // choices, until the page says it saved them. Only a page whose address says settings
      // may read "loaded with it checked" as saved: a choice that shows up elsewhere (a help
      // page) could be planted by a script there (SECURITY.md).
      if ((!seenOption && ctx.urlKind === 'settings') || (Date.now() < saveDeadline && page.saysSaved)) {
        savedMethod = chosen;
        if (seenOption) saveDeadline = 0;
      }
      seenOption = true;
      if (!chosen || chosen === 'pin') {
        setStatus(state, target, select ? 'select' : chosen ? 'pin' : 'choose', others);
      } else if (chosen === savedMethod) {
        showSaved(chosen, chosenAt, others);
      } else if (chosen === 'sms' && savedMethod && savedMethod !== 'pin' && savedMethod !== 'sms') {
        // From a stronger saved method to SMS: no praise and no push. The person may still save; it is their choice.
        const at = select ? target : (option.siblings.find((s) => s.method === savedMethod)?.element ?? null);
        setStatus(state, at, `off-pin-${savedMethod}`, others);
      } else {
        // Chosen, not saved yet: "remember to save", for any method but PIN. Never "choose SMS".
        setStatus(state, chosenAt, 'save', others);
      }
      return;
    }
    if (summary) {
      const { method, edit } = summary;
      if (method === 'pin') {
        // PIN is saved: point at the button that opens the choice. The person presses it.
        marker.mark(edit, 'edit');
        setStatus('pin-selected', edit, 'open-choice');
      } else {
        marker.unmark();
        showSaved(method, null);
      }
      return;
    }
    marker.dropIfGone();
    clearTimeout(settleTimer);
    if (page.looksMissing) {
      // An error page is no dead end: the hint says how to get on (minid.no, or a call).
      if (status !== 'page-missing') setStatus('page-missing', null, 'page-missing');
    } else if (!seen && ctx.urlKind === 'settings') {
      // Nothing found yet: "not found" once the page has been quiet a while (or given up on).
      const wait = Math.min(QUIET_MS, Math.max(0, GIVE_UP_MS - (Date.now() - startedAt)));
      settleTimer = setTimeout(() => {
        if (!seen && !signal.aborted) setStatus('not-found', null, 'not-found');
      }, wait);
    }
  };

  // Saving: remember that the person pressed save; the page's own "saved" message confirms it.
  const input = (event: Event) => {
    if (event.type === 'submit' || (event.type === 'click' && isSaveClick(event))) saveDeadline = Date.now() + SAVE_WINDOW_MS;
  };
  return { read, input };
}

/** The choice can show up on any official page (where it lives is partly inferred): it runs on every kind. */
export const feature: PageFeature = { name: 'choice', include: PAGE_KINDS, init: initChoice };
