/**
 * The on-page hint: a ring around the option and a callout beside it, in
 * three parts — the view (view.ts: its shadow tree, from a constant and our
 * own values), the guard (guard.ts: a page script cannot change what it says)
 * and the following (follow.ts: beside the option, on screen). This file
 * puts them together and says when the hint shows, speaks and goes.
 *
 * - Lives in a shadow root of its own, so page CSS cannot break it and it
 *   cannot break the page; events stop at its boundary.
 * - NOT modal: no focus trap, no dimming; the option stays reachable by
 *   keyboard and screen reader while the hint shows. The host is the first
 *   child of <body>, so the first Tab reaches "Vis meg", which moves focus to
 *   the option (never clicks it).
 * - Announced once through a polite live region; Escape closes it.
 * - While it points at «Kode på SMS», the option itself says so too: a person
 *   who moves through the form by its controls hears it there (mark.ts).
 */
import type { HintSetup } from '../../core/content-messages';
import type { HintTextKey, HintWords } from '../../core/hint/hint-text';
import type { Language } from '../../core/language';
import { controlOf, describe, undescribe } from '../mark';
import { followTarget } from './follow';
import { guardHint } from './guard';
import { createView } from './view';

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

/** The words that point at «Kode på SMS»: while the hint says one of these, the option's description says PIN-fri suggests it. */
const SUGGESTS_SMS: ReadonlySet<HintWords> = new Set(['choose', 'pin', 'select']);

/** How long after a new state the live region says it, so that the region exists for a screen reader first. */
const ANNOUNCE_MS = 150;

/** Events that stay inside the hint: the page must not react to clicks or keys in it. */
const OWN_EVENTS = 'click keydown keyup keypress focusin focusout mousedown mouseup pointerdown pointerup'.split(' ');

/**
 * @param texts the hint's words in `lang`, from the background; a missing word shows as nothing.
 * @param tamperedWith called when the guard takes the hint away because the page would not stop changing it.
 */
export function createHint(texts: HintSetup['texts'], lang: Language, signal: AbortSignal, tamperedWith = () => {}): Hint {
  const word = (key: HintTextKey): string => texts[key] ?? '';
  const view = createView(word, lang);
  const { host, shadow, values } = view;
  // By the person (Escape, "Ikke nå"), or by the guard (a page that keeps rewriting the hint).
  let dismissed = false;
  let lastAnnounced = '';

  const destroy = () => {
    // Shown again later (a field that came back): guarded, patrolled and placed again from the start.
    guard.stop();
    follower.follow(null);
    host.remove();
    undescribe();
  };
  const withdraw = () => {
    dismissed = true;
    destroy();
  };
  const guard = guardHint(
    view,
    // The new callout is followed from its first layout on.
    () => values.target && follower.follow(values.target),
    () => {
      withdraw();
      tamperedWith();
    },
  );
  const follower = followTarget(view, guard.quietly);

  const dismiss = () => {
    const back = shadow.activeElement && values.target;
    withdraw();
    // Do not leave a keyboard user stranded on a removed button.
    if (back?.isConnected) (back as HTMLElement).focus?.();
  };

  // On the shadow root, which outlives every rebuild: one listener per event, none per button.
  const onEvent = (event: Event) => {
    event.stopPropagation();
    const { target } = values;
    const action = (event.target as Element).closest?.('[data-action]')?.getAttribute('data-action');
    if (event.type === 'keydown' ? (event as KeyboardEvent).key === 'Escape' : event.type === 'click' && action === 'not-now') dismiss();
    else if (event.type === 'click' && action === 'show-me' && target) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      // Move focus to the option itself: inside Digdir's components, to their control (mark.ts controlOf).
      (controlOf(target) as HTMLElement).focus?.({ preventScroll: true });
    }
  };
  for (const type of OWN_EVENTS) shadow.addEventListener(type, onEvent);
  signal.addEventListener('abort', destroy, { once: true });

  return {
    get dismissed() {
      return dismissed;
    },
    show(target, words, others = []) {
      if (dismissed || signal.aborted) return;
      values.others = others;
      values.words = words;
      guard.quietly(() => {
        if (target !== values.target) {
          // Not placed beside a new target until the next layout: data-placement says when it is.
          values.placement = null;
          follower.follow(target);
        } else if (target) follower.again();
        view.render();
        if (!host.isConnected) {
          (document.body ?? document.documentElement).prepend(host);
          // Guarded from when the page can reach it.
          guard.watch();
        }
      });
      const suggested = word('optionSuggested');
      if (target && suggested && SUGGESTS_SMS.has(words)) describe(target, suggested);
      else undescribe();
      // Announce each new state once, politely, after the region exists.
      const message = `PIN-fri. ${word(`hint.${words}.title`)} ${word(`hint.${words}.why`)}`;
      if (message !== lastAnnounced) {
        lastAnnounced = message;
        setTimeout(() => {
          if (signal.aborted || dismissed) return;
          values.liveText = message;
          guard.quietly(view.render);
        }, ANNOUNCE_MS);
      }
    },
    destroy,
  };
}
