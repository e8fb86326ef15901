/**
 * The login-method choice: find "Kode på SMS", mark it, show the hint, report
 * what is chosen, and keep doing so as the page renders late, re-renders, or
 * the user chooses and saves. Runs on every official page, because where the
 * choice lives is partly inferred (DOMAIN.md): wherever it shows up, that page
 * is a settings page.
 */
import type { PageStatus } from '../../core/messages';
import { accessibleName, findSmsOption, walkDeep, type SmsOption } from '../../core/options';
import { isSavedMessage, isSaveLabel } from '../../core/wording';
import { HINT_TAG, type HintState } from '../hint/hint';
import type { PageContext } from '../types';
import { watchPage } from '../watch';

export const TARGET_ATTR = 'data-pinfri-target';

/** A settings page with no option after this long without changes has "settled". */
const QUIET_MS = 3000;
const GIVE_UP_MS = 10_000;
/** How long after pressing save we look for the page's "saved" message. */
const SAVE_WINDOW_MS = 15_000;

const HINT_FOR: Record<PageStatus, HintState | null> = {
  'sms-saved': 'done',
  'sms-selected': 'save',
  'pin-selected': 'pin',
  'other-selected': 'choose',
  'none-selected': 'choose',
  unknown: 'choose',
  'not-found': 'not-found',
  'sms-code-asked': null,
  'no-choice': null,
};

function statusOf(option: SmsOption, initial: boolean): PageStatus {
  // The state a settings page loads with is the saved setting; later changes are only choices.
  if (option.state === 'sms-selected') return initial ? 'sms-saved' : 'sms-selected';
  return option.state;
}

/** The nearest button-like element on the event's composed path, if it is a save button. */
function isSaveClick(event: Event): boolean {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    const role = node.getAttribute('role');
    const buttonish =
      node.localName === 'button' ||
      node.localName === 'mid-button' ||
      role === 'button' ||
      (node.localName === 'input' && ['submit', 'button'].includes(node.getAttribute('type') ?? ''));
    if (buttonish) {
      const label = node.localName === 'input' ? (node.getAttribute('value') ?? '') : accessibleName(node);
      return isSaveLabel(label);
    }
  }
  return false;
}

/** A live status/alert on the page (through open shadow roots) that says the change was saved. */
function pageSaysSaved(elements: readonly Element[]): boolean {
  return elements.some((el) => {
    if (el.localName === HINT_TAG) return false;
    const role = el.getAttribute('role');
    const live = role === 'status' || role === 'alert' || el.hasAttribute('aria-live') || el.localName === 'output';
    return live && !el.hasAttribute('hidden') && isSavedMessage(el.textContent ?? '');
  });
}

export function initChoice(ctx: PageContext): void {
  const { signal } = ctx;
  let marked: Element | null = null;
  let seenOption = false;
  let status: PageStatus | null = null;
  let saveDeadline = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const startedAt = Date.now();
  const { hint } = ctx;

  const unmark = () => {
    marked?.removeAttribute(TARGET_ATTR);
    marked = null;
  };
  signal.addEventListener(
    'abort',
    () => {
      unmark();
      clearTimeout(settleTimer);
    },
    { once: true },
  );

  const setStatus = (next: PageStatus, option: SmsOption | null) => {
    status = next;
    ctx.report(next);
    const state = HINT_FOR[next];
    if (state) hint.show(option?.target ?? null, state, option?.siblings.map((s) => s.element));
  };

  const settle = () => {
    clearTimeout(settleTimer);
    if (seenOption || ctx.kind !== 'settings') return;
    const wait = Math.min(QUIET_MS, Math.max(0, GIVE_UP_MS - (Date.now() - startedAt)));
    settleTimer = setTimeout(() => {
      if (!seenOption && !signal.aborted) setStatus('not-found', null);
    }, wait);
  };

  const scan = (observeRoot: (root: Node) => void) => {
    const walk = walkDeep(document);
    for (const root of walk.shadowRoots) observeRoot(root);
    const option = findSmsOption(document, walk);
    if (!option) {
      if (marked && !marked.isConnected) unmark();
      settle();
      return;
    }
    clearTimeout(settleTimer);
    if (marked !== option.target) {
      unmark();
      option.target.setAttribute(TARGET_ATTR, 'sms');
      marked = option.target;
    }
    ctx.setPageKind('settings');
    // Only a page whose address says settings may read "loaded with SMS checked" as saved: a choice
    // that shows up elsewhere (a help page) could be planted by a script there (SECURITY.md).
    let next = statusOf(option, !seenOption && ctx.kind === 'settings');
    seenOption = true;
    // Once saved with SMS, a still-selected SMS option stays "saved".
    if (next === 'sms-selected' && status === 'sms-saved') next = 'sms-saved';
    if (next === 'sms-selected' && Date.now() < saveDeadline && pageSaysSaved(walk.elements)) {
      next = 'sms-saved';
      saveDeadline = 0;
    }
    setStatus(next, option);
  };

  const schedule = watchPage(ctx, scan);
  // A choice made by click or keyboard may change only a property (no attribute),
  // so user input is a cue too; these events cross shadow boundaries.
  for (const type of ['click', 'input', 'change', 'keyup']) {
    document.addEventListener(type, schedule, { capture: true, passive: true, signal });
  }
  // Saving: remember that the user pressed save; the page's own "saved" message confirms it.
  const onSave = (event: Event) => {
    if (event.type === 'submit' || isSaveClick(event)) saveDeadline = Date.now() + SAVE_WINDOW_MS;
  };
  document.addEventListener('click', onSave, { capture: true, passive: true, signal });
  document.addEventListener('submit', onSave, { capture: true, passive: true, signal });
}
