/**
 * The checklist: the two paths of the 2022 letter as steps, and a third for
 * people whose PIN codes stopped working and who cannot log in ("back-in"),
 * ticked by what the pages show (evidence) or by the user. Derived facts
 * (steps left, next step) are computed here and never stored.
 */
import type { Method } from './find/wording';
import type { PageStatus } from './page-status';

/** What applyReport needs of a page report (core/messages.ts): only its status. */
type PageReport = { status: PageStatus };

export const PATH_IDS = ['sms', 'app', 'back-in'] as const;

export type PathId = (typeof PATH_IDS)[number];

/** At most five steps a path: people drop off beyond that. Order is the letter's. */
export const PATH_STEPS = {
  sms: ['sms-open-settings', 'sms-choose', 'sms-mobile', 'sms-save', 'sms-first-login'],
  app: ['app-install', 'app-login', 'app-first-login'],
  // The route back in when PIN codes stopped working: docs/PAGES.md, "Locked out" and "Guardians".
  'back-in': ['back-in-call', 'back-in-letter', 'back-in-create', 'back-in-sms', 'back-in-login'],
} as const satisfies Record<PathId, readonly string[]>;

/** A step is a word in PATH_STEPS: a new step is written there, once. */
export type StepId = (typeof PATH_STEPS)[PathId][number];

// Made in a pure call: a bundle that never reads ALL_STEPS (the content script) then drops it and PATH_STEPS.
export const ALL_STEPS: readonly StepId[] = /* @__PURE__ */ (() => [...PATH_STEPS.sms, ...PATH_STEPS.app, ...PATH_STEPS['back-in']])();

/**
 * Where each step of the way back in comes from, said in the popup and the
 * guide in short plain words (docs/PAGES.md, "Locked out", "Guardians"):
 * - statsforvalteren-2022: the county governor's news of 21.12.2022 (reset, letter by post, new user, SMS with the guardian's number);
 * - minid-no: minid.no (registration with the activation letter; support's phone number);
 * - letter-2022: Digdir's 2022 letter (the next login sends a code by SMS).
 */
export type StepSource = 'statsforvalteren-2022' | 'minid-no' | 'letter-2022';

export const STEP_SOURCES: Readonly<Partial<Record<StepId, StepSource>>> = {
  'back-in-call': 'statsforvalteren-2022',
  'back-in-letter': 'statsforvalteren-2022',
  'back-in-create': 'minid-no',
  'back-in-sms': 'statsforvalteren-2022',
  'back-in-login': 'letter-2022',
};

/**
 * The steps of the way back in that lead to one end: a MinID user that works
 * again. A page that shows the person logged in to MinID settings proves that
 * end, so calling support to reset a user that works would do harm.
 */
export const BACK_IN_MEANS: readonly StepId[] = ['back-in-call', 'back-in-letter', 'back-in-create'];

/** How a step came to be ticked: seen by PIN-fri on an official page, or ticked by the user. */
export interface StepMark {
  by: 'page' | 'user';
  /** Milliseconds since the epoch: when it was last seen or ticked. */
  at: number;
}

export type Marks = Partial<Record<StepId, StepMark>>;

/** The last time PIN-fri looked at an official page for this person, and whether it could read it. */
export interface LastLook {
  at: number;
  /** false: the page did not look as expected, so PIN-fri cannot tell (never a tick). */
  readable: boolean;
}

/** Another strong login method a page showed as saved: no need to move to SMS or the app. */
export const OTHER_METHODS = ['totp', 'webauthn'] as const satisfies readonly Method[];

export type OtherMethod = (typeof OTHER_METHODS)[number];

export interface Progress {
  path: PathId;
  marks: Marks;
  lastLook?: LastLook;
  /** Seen by PIN-fri on a settings page: the person already uses an authenticator app or a security key (never set by hand). */
  otherMethod?: { method: OtherMethod; at: number };
}

export function emptyProgress(path: PathId = 'sms'): Progress {
  return { path, marks: {} };
}

export function isStarted(progress: Progress): boolean {
  return Object.keys(progress.marks).length > 0 || progress.otherMethod !== undefined;
}

/** Steps left on the chosen path; none when a page showed another strong method saved. */
export function stepsLeft(progress: Progress): number {
  if (progress.otherMethod) return 0;
  return PATH_STEPS[progress.path].filter((step) => !progress.marks[step]).length;
}

export function nextStep(progress: Progress): StepId | null {
  if (progress.otherMethod) return null;
  return PATH_STEPS[progress.path].find((step) => !progress.marks[step]) ?? null;
}

export function isDone(progress: Progress): boolean {
  return stepsLeft(progress) === 0;
}

/** What a page report proves: steps now seen done and NOT done, and what it says about another strong method. */
interface Evidence {
  done: StepId[];
  undone: StepId[];
  /** The method a page showed saved; null: a page showed PIN, no method, SMS or the app, so an earlier one no longer holds. */
  otherMethod?: OtherMethod | null;
  /** The path that matches the method the page showed saved, shown instead of the one picked on `from`. */
  show?: { path: PathId; from: readonly PathId[] };
}

/** A page that shows MinID settings, logged in, proves a MinID user that works (see BACK_IN_MEANS). */
const LOGGED_IN: readonly StepId[] = ['sms-open-settings', ...BACK_IN_MEANS];

function evidenceOf(report: PageReport): Evidence {
  switch (report.status) {
    case 'sms-saved':
      // Saved with SMS chosen: the service only accepts that with a mobile number.
      // The way back in ends in SMS too, so it stays; the app path does not match what is saved.
      return {
        done: [...LOGGED_IN, 'sms-choose', 'sms-mobile', 'sms-save', 'back-in-sms'],
        undone: [],
        otherMethod: null,
        show: { path: 'sms', from: ['app'] },
      };
    case 'sms-selected':
      return { done: [...LOGGED_IN, 'sms-choose'], undone: [] };
    case 'pin-selected':
    case 'none-selected':
      // The page shows SMS is not (or no longer) chosen: page evidence of choosing and saving is stale,
      // and so is an authenticator or a security key seen before (docs/PAGES.md, "Login methods").
      return { done: [...LOGGED_IN], undone: ['sms-choose', 'sms-save', 'back-in-sms'], otherMethod: null };
    case 'other-selected':
      // Chosen, not saved, and maybe a method PIN-fri does not know: never unticks the app path or a saved method.
      return { done: [...LOGGED_IN], undone: ['sms-choose', 'sms-save', 'back-in-sms'] };
    case 'unknown':
      return { done: [...LOGGED_IN], undone: [] };
    case 'app-saved':
      // The MinID app is saved: the app path is done whichever path was picked. SMS steps stay as they were.
      return { done: [...PATH_STEPS.app], undone: [], otherMethod: null, show: { path: 'app', from: ['sms', 'back-in'] } };
    case 'totp-saved':
      return { done: [...LOGGED_IN], undone: [], otherMethod: 'totp' };
    case 'webauthn-saved':
      return { done: [...LOGGED_IN], undone: [], otherMethod: 'webauthn' };
    case 'sms-code-asked':
      // A login that asks for a code from SMS proves the whole SMS path works, and that the person is back in.
      return { done: [...PATH_STEPS.sms, ...PATH_STEPS['back-in']], undone: [] };
    case 'not-found':
    case 'page-missing':
      // "Can't tell" never ticks anything, and never unticks either.
      return { done: [], undone: [] };
  }
}

/** "Can't tell" reports: remembered, so the popup can say PIN-fri could not read the page. */
const UNREADABLE: ReadonlySet<PageReport['status']> = new Set(['not-found', 'page-missing']);

/**
 * Apply what a page showed. Page evidence refreshes its time; a user's own tick
 * is never removed by a page, except where the page shows the opposite of a
 * step the page itself had proved.
 */
export function applyReport(progress: Progress, report: PageReport, now: number): Progress {
  if (UNREADABLE.has(report.status)) return { ...progress, lastLook: { at: now, readable: false } };
  const evidence = evidenceOf(report);
  const { done, undone } = evidence;
  if (done.length === 0 && undone.length === 0) return progress;
  const marks: Marks = { ...progress.marks };
  for (const step of undone) {
    if (marks[step]?.by === 'page') delete marks[step];
  }
  for (const step of done) {
    if (marks[step]?.by !== 'user') marks[step] = { by: 'page', at: now };
  }
  const next: Progress = { ...progress, marks, lastLook: { at: now, readable: true } };
  if (evidence.show?.from.includes(progress.path)) next.path = evidence.show.path;
  if (evidence.otherMethod) next.otherMethod = { method: evidence.otherMethod, at: now };
  else if (evidence.otherMethod === null) delete next.otherMethod;
  return next;
}

/**
 * The user's own tick or untick. Unticking removes any mark, the page's too:
 * the person knows better; the page's evidence comes back on the next visit if it still holds.
 */
export function toggleStep(progress: Progress, step: StepId, now: number): Progress {
  const marks: Marks = { ...progress.marks };
  if (marks[step]) delete marks[step];
  else marks[step] = { by: 'user', at: now };
  return { ...progress, marks };
}

/** Switch between the SMS and the app path; marks on both paths are kept. */
export function switchPath(progress: Progress, path: PathId): Progress {
  return progress.path === path ? progress : { ...progress, path };
}

/** The toolbar badge: nothing before anything is started, then steps left, then a check mark. */
export function badgeText(progress: Progress): string {
  if (!isStarted(progress)) return '';
  const left = stepsLeft(progress);
  return left === 0 ? '✓' : String(left);
}
