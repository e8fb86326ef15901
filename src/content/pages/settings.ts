/**
 * The login-method choice: find "Kode på SMS", mark it, report what is chosen,
 * and keep doing so as the page renders late, re-renders or the user chooses.
 * Runs on every official page, because where the choice lives is partly
 * inferred (DOMAIN.md): wherever it shows up, that page is a settings page.
 */
import { findSmsOption, walkDeep, type SmsOption } from '../../core/options';
import type { PageStatus } from '../../core/messages';
import type { PageContext } from '../types';
import { frameThrottle, watchRoots } from '../watch';

export const TARGET_ATTR = 'data-pinfri-target';

/** A page with no option after this long without changes has "settled". */
const QUIET_MS = 3000;
const GIVE_UP_MS = 10_000;

function statusOf(option: SmsOption, initial: boolean): PageStatus {
  // The state a settings page loads with is the saved setting; later changes are only choices.
  if (option.state === 'sms-selected') return initial ? 'sms-saved' : 'sms-selected';
  return option.state;
}

export function initChoice(ctx: PageContext): void {
  const { signal } = ctx;
  let marked: Element | null = null;
  let seenOption = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const startedAt = Date.now();

  const unmark = () => {
    marked?.removeAttribute(TARGET_ATTR);
    marked = null;
  };
  signal.addEventListener('abort', () => {
    unmark();
    clearTimeout(settleTimer);
  }, { once: true });

  const settle = () => {
    clearTimeout(settleTimer);
    if (seenOption || ctx.kind !== 'settings') return;
    const wait = Math.min(QUIET_MS, Math.max(0, GIVE_UP_MS - (Date.now() - startedAt)));
    settleTimer = setTimeout(() => {
      if (!seenOption && !signal.aborted) ctx.report('not-found');
    }, wait);
  };

  const scan = () => {
    const walk = walkDeep(document);
    for (const root of walk.shadowRoots) roots.observeRoot(root);
    const option = findSmsOption(document, walk);
    if (!option) {
      if (marked && !marked.isConnected) unmark();
      settle();
      return;
    }
    if (marked !== option.target) {
      unmark();
      option.target.setAttribute(TARGET_ATTR, 'sms');
      marked = option.target;
    }
    ctx.setPageKind('settings');
    ctx.report(statusOf(option, !seenOption));
    seenOption = true;
  };

  const schedule = frameThrottle(scan, signal);
  const roots = watchRoots(() => {
    ctx.checkUrl();
    schedule();
  }, signal);
  roots.observeRoot(document);
  // A choice made by click or keyboard may change only a property (no attribute),
  // so user input is a cue too; these events cross shadow boundaries.
  for (const type of ['click', 'input', 'change', 'keyup']) {
    document.addEventListener(type, schedule, { capture: true, passive: true, signal });
  }
  scan();
}
