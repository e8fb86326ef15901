/**
 * The checklist: where the person stands (their answer to the popup's first
 * question), the route that follows from it, and its paths as steps: the two
 * paths of the 2022 letter, and the way back in for people whose PIN codes
 * stopped working and who cannot log in, through the MinID app ("back-in-app")
 * or by SMS ("back-in"). Ticked by what the pages show (evidence) or by the
 * user. Derived facts (route, steps left, next step) are computed here and never stored.
 */
import type { Method } from './find/wording';
import type { PageStatus } from './page-status';

/** What applyReport needs of a page report (core/messages.ts): only its status. */
type PageReport = { status: PageStatus };

export const PATH_IDS = ['sms', 'app', 'back-in', 'back-in-app'] as const;

export type PathId = (typeof PATH_IDS)[number];

/**
 * Where a person stands, in their own words (the popup's first question):
 * - off-pin: already off PIN codes, nothing to change;
 * - other-eid: can log in with another e-ID (BankID, Buypass, Commfides), so can open the settings;
 * - locked-out: cannot log in at all, so needs the way back in;
 * - guardian: helps someone as their guardian (SMS with the guardian's own number).
 */
export const SITUATIONS = ['off-pin', 'other-eid', 'locked-out', 'guardian'] as const;

export type Situation = (typeof SITUATIONS)[number];

/**
 * The paths each route offers, the first the one it starts on. The way back in
 * offers the app first (Digdir's current instructions start registration in the
 * app) and SMS to people without a smartphone; a guardian cannot use the app
 * for someone else, so a guardian gets SMS only (docs/PAGES.md, "Facts").
 */
export const ROUTE_PATHS: Readonly<Record<Situation, readonly PathId[]>> = {
  'off-pin': [],
  'other-eid': ['sms', 'app'],
  'locked-out': ['back-in-app', 'back-in'],
  guardian: ['back-in', 'sms'],
};

/** The method a person off PIN says they use, when no page has shown it: 'other' is an authenticator app or a security key. */
export const SAID_METHODS = ['sms', 'app', 'other'] as const;

export type SaidMethod = (typeof SAID_METHODS)[number];

/** At most five steps a path: people drop off beyond that. Order is the letter's. */
export const PATH_STEPS = {
  sms: ['sms-open-settings', 'sms-choose', 'sms-mobile', 'sms-save', 'sms-first-login'],
  app: ['app-install', 'app-login', 'app-first-login'],
  // The route back in when PIN codes stopped working: docs/PAGES.md, "Locked out" and "Guardians".
  'back-in': ['back-in-call', 'back-in-letter', 'back-in-create', 'back-in-sms', 'back-in-login'],
  // The same way back in, registered in the MinID app: "Kom i gang", ID number, the letter's QR code, password, mobile, e-mail.
  'back-in-app': ['back-in-call', 'back-in-letter', 'back-in-app-start', 'back-in-app-scan', 'back-in-app-finish'],
} as const satisfies Record<PathId, readonly string[]>;

/** A step is a word in PATH_STEPS: a new step is written there, once. */
export type StepId = (typeof PATH_STEPS)[PathId][number];

/** Every step once (the two ways back in share their first steps). */
export const ALL_STEPS: readonly StepId[] = [...new Set(PATH_IDS.flatMap((path) => PATH_STEPS[path]))];

/**
 * Where each step of the way back in comes from, said in the popup and the
 * guide in short plain words (docs/PAGES.md, "Locked out", "Guardians"):
 * - statsforvalteren-2022: the county governor's news of 21.12.2022 (reset, letter by post, new user, SMS with the guardian's number);
 * - minid-no: minid.no (registration with the activation letter; support's phone number);
 * - letter-2022: Digdir's 2022 letter (the next login sends a code by SMS);
 * - norge-no: norge.no/nn/minid and eid.difi.no's "How to register MinID app" (registration in the app).
 */
export type StepSource = 'statsforvalteren-2022' | 'minid-no' | 'letter-2022' | 'norge-no';

export const STEP_SOURCES: Readonly<Partial<Record<StepId, StepSource>>> = {
  'back-in-call': 'statsforvalteren-2022',
  'back-in-letter': 'statsforvalteren-2022',
  'back-in-create': 'minid-no',
  'back-in-sms': 'statsforvalteren-2022',
  'back-in-login': 'letter-2022',
  'back-in-app-start': 'norge-no',
  'back-in-app-scan': 'norge-no',
  'back-in-app-finish': 'norge-no',
};

/**
 * The steps of the way back in that lead to one end: a MinID user that works
 * again. A page that shows the person logged in to MinID settings proves that
 * end, so calling support to reset a user that works would do harm.
 */
export const BACK_IN_MEANS: readonly StepId[] = [
  'back-in-call',
  'back-in-letter',
  'back-in-create',
  'back-in-app-start',
  'back-in-app-scan',
  'back-in-app-finish',
];

/**
 * The steps a login that sends a code by SMS is: the first login after
 * choosing SMS, and the login that ends the way back in. The same act, on two paths.
 */
export const LOGIN_STEPS: readonly StepId[] = ['sms-first-login', 'back-in-login'];

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

/** A strong login method other than SMS that a page showed as saved: the person is off PIN, nothing to change. */
export const OTHER_METHODS = ['app', 'totp', 'webauthn'] as const satisfies readonly Method[];

export type OtherMethod = (typeof OTHER_METHODS)[number];

export interface Progress {
  path: PathId;
  marks: Marks;
  lastLook?: LastLook;
  /** Seen by PIN-fri on a settings page: the person already uses the MinID app, an authenticator app or a security key (never set by hand). */
  otherMethod?: { method: OtherMethod; at: number };
  /** The person's answer to the first question; absent until they answer (or after they ask to change it). */
  situation?: Situation;
  /** On the off-PIN route: the method the person says they use, when no page has shown it. */
  saidMethod?: SaidMethod;
}

export function emptyProgress(path: PathId = 'sms'): Progress {
  return { path, marks: {} };
}

/**
 * The route the popup shows: a method a page showed saved puts the person off
 * PIN whatever they answered; otherwise their own answer; null until they answer.
 */
export function routeOf(progress: Progress): Situation | null {
  if (progress.otherMethod) return 'off-pin';
  return progress.situation ?? null;
}

/** The person has answered, or a page has shown something. */
export function isStarted(progress: Progress): boolean {
  return Object.keys(progress.marks).length > 0 || progress.otherMethod !== undefined || progress.situation !== undefined;
}

/** Steps left on the chosen path; none on the off-PIN route (a page showed another strong method saved, or the person says so). */
export function stepsLeft(progress: Progress): number {
  if (routeOf(progress) === 'off-pin') return 0;
  return PATH_STEPS[progress.path].filter((step) => !progress.marks[step]).length;
}

export function nextStep(progress: Progress): StepId | null {
  if (routeOf(progress) === 'off-pin') return null;
  return PATH_STEPS[progress.path].find((step) => !progress.marks[step]) ?? null;
}

/**
 * The person answers the first question (null: they want to answer again).
 * Every mark is kept; the path moves to the route's first one unless the
 * person has begun one of the route's paths already.
 */
export function answer(progress: Progress, situation: Situation | null): Progress {
  if (situation === null) {
    const { situation: _old, saidMethod: _said, ...rest } = progress;
    return rest;
  }
  const paths = ROUTE_PATHS[situation];
  const begun = paths.includes(progress.path) && PATH_STEPS[progress.path].some((step) => progress.marks[step]);
  const path = paths.length === 0 || begun ? progress.path : paths[0]!;
  return { ...progress, situation, path };
}

/** On the off-PIN route, the person says which method they use (null: they do not know). */
export function sayMethod(progress: Progress, method: SaidMethod | null): Progress {
  if (method === null) {
    const { saidMethod: _said, ...rest } = progress;
    return rest;
  }
  return { ...progress, saidMethod: method };
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
  /** The path that matches the method the page showed saved, shown instead of the one picked (from → to), when the person's route offers it. */
  show?: Partial<Record<PathId, PathId>>;
  /** The page shows PIN (or nothing) chosen: an answer "already off PIN" does not hold. */
  stillOnPin?: true;
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
        show: { app: 'sms', 'back-in-app': 'back-in' },
      };
    case 'sms-selected':
      return { done: [...LOGGED_IN, 'sms-choose'], undone: [] };
    case 'pin-selected':
    case 'none-selected':
      // The page shows SMS is not (or no longer) chosen: page evidence of choosing and saving is stale,
      // and so is an authenticator or a security key seen before (docs/PAGES.md, "Login methods").
      // Someone who said they were off PIN is not: logged in to the settings, the route is to choose there.
      return { done: [...LOGGED_IN], undone: ['sms-choose', 'sms-save', 'back-in-sms'], otherMethod: null, stillOnPin: true };
    case 'other-selected':
      // Chosen, not saved, and maybe a method PIN-fri does not know: never unticks the app path or a saved method.
      return { done: [...LOGGED_IN], undone: ['sms-choose', 'sms-save', 'back-in-sms'] };
    case 'unknown':
      return { done: [...LOGGED_IN], undone: [] };
    case 'app-saved':
      // The MinID app is saved: the person is off PIN, and the app path is done. SMS steps stay as they were.
      return {
        done: [...LOGGED_IN, ...PATH_STEPS.app],
        undone: [],
        otherMethod: 'app',
        show: { sms: 'app', 'back-in': 'back-in-app' },
      };
    case 'totp-saved':
      return { done: [...LOGGED_IN], undone: [], otherMethod: 'totp' };
    case 'webauthn-saved':
      return { done: [...LOGGED_IN], undone: [], otherMethod: 'webauthn' };
    case 'sms-code-asked':
      // A login that asks for a code from SMS proves the login steps, and only them: the person logs in
      // with SMS. Whose MinID it is, the page does not say (a guardian logs in as themself too), nor how
      // SMS came to be on; the background counts it only inside the flow the popup started (background/pages.ts).
      return { done: [...LOGIN_STEPS], undone: [] };
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
  let next: Progress = { ...progress, marks, lastLook: { at: now, readable: true } };
  if (evidence.stillOnPin && next.situation === 'off-pin') next = answer(next, 'other-eid');
  const shown = evidence.show?.[progress.path];
  if (shown && (!progress.situation || ROUTE_PATHS[progress.situation].includes(shown))) next.path = shown;
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

/** Switch between the paths of a route; marks on every path are kept. */
export function switchPath(progress: Progress, path: PathId): Progress {
  return progress.path === path ? progress : { ...progress, path };
}

/** The toolbar badge: nothing before anything is started, then steps left, then a check mark. */
export function badgeText(progress: Progress): string {
  if (!isStarted(progress)) return '';
  const left = stepsLeft(progress);
  return left === 0 ? '✓' : String(left);
}
