/**
 * What PIN-fri makes of the login-method choice it sees on a page: what to
 * mark, what to report, and what the hint says and where. Pure: the content
 * script's choice feature (content/pages/choice.ts) hands it what one scan saw
 * and when, with the memory of the scans before; it gives back the decision
 * and the next memory. No DOM: the elements are whatever the caller passes
 * (`E`), and come back only to be marked or pointed at.
 *
 * Never a step down: only when PIN (or nothing) is saved does the hint point
 * at SMS. A saved MinID app, authenticator app, security key or a method we
 * do not know gets "you need change nothing" (docs/PAGES.md "Login methods").
 */
import type { MethodSummary, SmsOption } from './find/finder';
import type { Method } from './find/wording';
import type { HintWords, OffPinMethod } from './hint/hint-text';
import { PROVEN_ON, type PageStatus } from './page-status';

/** A settings page with nothing found after this long without changes has "settled": "not found". */
export const QUIET_MS = 3000;
/** …or this long after the page view began, however busy the page. */
export const GIVE_UP_MS = 10_000;
/** How long after the person pressed save the page's "saved" message counts. */
export const SAVE_WINDOW_MS = 15_000;

/** What one scan saw of the choice (the content script's page reading fits it). */
export interface ChoiceSighting<E> {
  /** Read in the observer's callback: the page may be halfway through rendering what it says. */
  readonly early: boolean;
  readonly smsOption: {
    /** The element to choose SMS with (for a drop-down, the <select>). */
    target: E;
    kind: SmsOption['kind'];
    /** The other login-method choices in its group. */
    siblings: readonly { element: E; method: Method | null }[];
    /** What is chosen, as the finder reports it. */
    state: SmsOption['state'];
    chosen: Method | null;
    chosenElement: E | null;
    /** SMS cannot be chosen yet (no mobile number registered). */
    unavailable: boolean;
  } | null;
  /** A summary row naming the saved method; asked for only on a settings address with no option. */
  readonly methodSummary: { edit: E; method: MethodSummary['method'] } | null;
  /** The page calls itself an error page; asked for only when nothing else was seen. */
  readonly looksMissing: boolean;
  /** The page says it saved; asked for only while the person's save is awaited. */
  readonly saysSaved: boolean;
  /** The page is larger than one scan reads (finder.ts MAX_ELEMENTS): the choice may be in the part not read. */
  readonly truncated: boolean;
}

export interface ChoiceLook<E> {
  page: ChoiceSighting<E>;
  /** Milliseconds since the page view began. */
  at: number;
  /**
   * The address is a settings page's (sites.ts), and so was the address the
   * document was first loaded at: a route the page pushes itself (a help page
   * that calls history.pushState with a settings path) is not. Only there is
   * the choice evidence: "loaded with it checked" saved, "saved" after a
   * save, a summary row, "not found", and any report of the choice at all.
   */
  settingsAddress: boolean;
}

/** What the scans before have taught. */
export interface ChoiceMemory {
  /** An option or a summary row was seen: the page is not "not found". */
  seen: boolean;
  /** An option was seen: one seen now is that choice again, re-rendered or changed. */
  seenOption: boolean;
  /** The method the page showed as saved: still chosen later, it is still saved. */
  savedMethod: Method | null;
  /** The last report, so that an error page is told once. */
  status: PageStatus | null;
  /** Until when (ms) the page's "saved" message counts: the person pressed save. */
  saveUntil: number | null;
  /** When (ms) to say "not found", if nothing is seen before then. */
  notFoundAt: number | null;
}

export const FIRST_MEMORY: ChoiceMemory = { seen: false, seenOption: false, savedMethod: null, status: null, saveUntil: null, notFoundAt: null };

export interface ChoiceDecision<E> {
  memory: ChoiceMemory;
  /** Mark this element as this; null: take the mark away; 'unchanged': leave it, unless the page took its element away. */
  mark: { element: E; as: 'sms' | 'edit' } | null | 'unchanged';
  /** An option or a summary row is on the page: it is a settings page, whatever its address. */
  settingsPage: boolean;
  /** What to tell the background; null: nothing new. */
  report: PageStatus | null;
  /** What the hint says, beside which element (null: in the corner), clear of which others; null: as it is. */
  hint: { words: HintWords; target: E | null; others: readonly E[] } | null;
  /** Scan again in the next frame: an early look, to be read when the page's rendering is done. */
  scanInFrame: boolean;
}

const isOffPin = (method: Method | null): method is OffPinMethod => method !== null && method !== 'pin' && method !== 'sms';

/** Nothing to do. */
const asIs = <E>(memory: ChoiceMemory): ChoiceDecision<E> => ({ memory, mark: 'unchanged', settingsPage: false, report: null, hint: null, scanInFrame: false });

/**
 * Decides on one scan. Reads `page.methodSummary`, `looksMissing` and
 * `saysSaved` only where the rules need them, so a caller whose reading is
 * lazy pays for no more than that.
 */
export function decideChoice<E>({ page, at, settingsAddress }: ChoiceLook<E>, memory: ChoiceMemory): ChoiceDecision<E> {
  const option = page.smsOption;
  // Early, the page may be halfway through rendering what it says: the saved
  // setting it loaded with, a summary, an error. An option seen before only
  // changes state (a choice, a re-render), which every scan reads afresh; a new
  // one is marked at once, so it is never painted unmarked, and read in the frame.
  if (page.early && !(option && memory.seenOption)) {
    return { ...asIs(memory), mark: option ? { element: option.target, as: 'sms' } : 'unchanged', scanInFrame: true };
  }
  // Only on a settings page: elsewhere an "Endre" beside some method word is not ours to read.
  const summary = option || !settingsAddress ? null : page.methodSummary;
  const settingsPage = option !== null || summary !== null;
  let next: ChoiceMemory = { ...memory, notFoundAt: null, seen: memory.seen || settingsPage };
  const decide = (mark: ChoiceDecision<E>['mark'], status: PageStatus, words: HintWords, target: E | null, others: readonly E[] = []): ChoiceDecision<E> => {
    // Elsewhere a choice is shown (a script may have drawn it) but never told: it proves nothing.
    // What "could not read" says (an error page) is told anywhere: PROVEN_ON, as the background judges it.
    const report = settingsAddress || PROVEN_ON[status] === 'any' ? status : null;
    return { memory: { ...next, status: report ?? next.status }, mark, settingsPage, report, hint: { words, target, others }, scanInFrame: false };
  };
  /**
   * A method the page shows as saved: SMS is done; any other but PIN is "you
   * need change nothing", in words for that method. A method we do not know
   * is reported as 'other-selected'.
   */
  const saved = (mark: ChoiceDecision<E>['mark'], method: Exclude<Method, 'pin'>, target: E | null, others?: readonly E[]) =>
    decide(mark, method === 'other' ? 'other-selected' : `${method}-saved`, method === 'sms' ? 'done' : `off-pin-${method}`, target, others);

  if (option) {
    const { target, chosen, state } = option;
    const select = option.kind === 'select';
    const mark = { element: target, as: 'sms' } as const;
    const others = option.siblings.map((s) => s.element);
    // A <select> is one control: ring it, whatever entry it shows.
    const chosenAt = select ? target : (option.chosenElement ?? target);
    let { savedMethod, saveUntil } = memory;
    // The state a settings page loads with is the saved setting; later changes are only
    // choices, until the page says it saved them. Only a page first loaded at a settings
    // address may read either as saved: a choice that shows up elsewhere (a help page, also
    // one that pushed a settings path) could be planted by a script there (SECURITY.md).
    if (settingsAddress && (!memory.seenOption || (saveUntil !== null && at < saveUntil && page.saysSaved))) {
      savedMethod = chosen;
      if (memory.seenOption) saveUntil = null;
    }
    next = { ...next, seenOption: true, savedMethod, saveUntil };
    if (!chosen || chosen === 'pin') {
      // SMS cannot be chosen yet: the step before it (a mobile number), still pointing at the option.
      // Reported as what is chosen, as for any option not chosen: nothing on the page is done.
      const words = option.unavailable ? 'sms-unavailable' : select ? 'select' : chosen ? 'pin' : 'choose';
      return decide(mark, state, words, target, others);
    }
    if (chosen === savedMethod) return saved(mark, chosen, chosenAt, others);
    if (chosen === 'sms' && isOffPin(savedMethod)) {
      // From a stronger saved method to SMS: no praise and no push. The person may still save; it is their choice.
      const at = select ? target : (option.siblings.find((s) => s.method === savedMethod)?.element ?? null);
      return decide(mark, state, `off-pin-${savedMethod}`, at, others);
    }
    // Chosen, not saved yet: "remember to save", for any method but PIN. Never "choose SMS".
    return decide(mark, state, 'save', chosenAt, others);
  }
  if (summary) {
    const { method, edit } = summary;
    // PIN is saved: point at the button that opens the choice. The person presses it.
    if (method === 'pin') return decide({ element: edit, as: 'edit' }, 'pin-selected', 'open-choice', edit);
    return saved(null, method, null);
  }
  if (page.looksMissing) {
    // An error page is no dead end: the hint says how to get on (go back and try again, or call).
    return memory.status === 'page-missing' ? asIs(next) : decide('unchanged', 'page-missing', 'page-missing', null);
  }
  if (!memory.seen && settingsAddress) {
    // Too large to read whole: waiting cannot help, so "not found" (with help) at once, and once.
    if (page.truncated) return memory.status === 'not-found' ? asIs(next) : decideQuiet(next);
    // Nothing found yet: "not found" once the page has been quiet a while (or given up on).
    next = { ...next, notFoundAt: at + Math.min(QUIET_MS, Math.max(0, GIVE_UP_MS - at)) };
  }
  return asIs(next);
}

/** The page stayed quiet until `memory.notFoundAt` and nothing was seen: say that the choice was not found. */
export function decideQuiet<E>(memory: ChoiceMemory): ChoiceDecision<E> {
  if (memory.seen) return asIs({ ...memory, notFoundAt: null });
  return { ...asIs({ ...memory, status: 'not-found', notFoundAt: null }), report: 'not-found', hint: { words: 'not-found', target: null, others: [] } };
}

/** The person pressed save (or sent the form): the page's "saved" message counts for a while. */
export function savePressed(memory: ChoiceMemory, at: number): ChoiceMemory {
  return { ...memory, saveUntil: at + SAVE_WINDOW_MS };
}
