/**
 * The checklist: the two paths of the 2022 letter as steps, ticked by what the
 * pages show (evidence) or by the user. Derived facts (steps left, next step)
 * are computed here and never stored.
 */
import type { PageReport } from './messages';

export type PathId = 'sms' | 'app';

export type StepId =
  | 'sms-open-settings'
  | 'sms-choose'
  | 'sms-mobile'
  | 'sms-save'
  | 'sms-first-login'
  | 'app-install'
  | 'app-login'
  | 'app-first-login';

/** At most five steps a path: people drop off beyond that. Order is the letter's. */
export const PATH_STEPS: Readonly<Record<PathId, readonly StepId[]>> = {
  sms: ['sms-open-settings', 'sms-choose', 'sms-mobile', 'sms-save', 'sms-first-login'],
  app: ['app-install', 'app-login', 'app-first-login'],
};

export const ALL_STEPS: readonly StepId[] = [...PATH_STEPS.sms, ...PATH_STEPS.app];

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

export interface Progress {
  path: PathId;
  marks: Marks;
  lastLook?: LastLook;
}

export function emptyProgress(path: PathId = 'sms'): Progress {
  return { path, marks: {} };
}

export function isStarted(progress: Progress): boolean {
  return Object.keys(progress.marks).length > 0;
}

export function stepsLeft(progress: Progress): number {
  return PATH_STEPS[progress.path].filter((step) => !progress.marks[step]).length;
}

export function nextStep(progress: Progress): StepId | null {
  return PATH_STEPS[progress.path].find((step) => !progress.marks[step]) ?? null;
}

export function isDone(progress: Progress): boolean {
  return stepsLeft(progress) === 0;
}

/** What each page report proves, as steps now seen done and steps now seen NOT done. */
function evidenceOf(report: PageReport): { done: StepId[]; undone: StepId[] } {
  switch (report.status) {
    case 'sms-saved':
      // Saved with SMS chosen: the service only accepts that with a mobile number.
      return { done: ['sms-open-settings', 'sms-choose', 'sms-mobile', 'sms-save'], undone: [] };
    case 'sms-selected':
      return { done: ['sms-open-settings', 'sms-choose'], undone: [] };
    case 'pin-selected':
    case 'other-selected':
    case 'none-selected':
      // The page shows SMS is not (or no longer) chosen: page evidence of choosing and saving is stale.
      return { done: ['sms-open-settings'], undone: ['sms-choose', 'sms-save'] };
    case 'unknown':
      return { done: ['sms-open-settings'], undone: [] };
    case 'sms-code-asked':
      // A login that asks for a code from SMS proves the whole SMS path works.
      return { done: [...PATH_STEPS.sms], undone: [] };
    case 'not-found':
    case 'no-choice':
      // "Can't tell" never ticks anything, and never unticks either.
      return { done: [], undone: [] };
  }
}

/**
 * Apply what a page showed. Page evidence refreshes its time; a user's own tick
 * is never removed by a page, except where the page shows the opposite of a
 * step the page itself had proved.
 */
export function applyReport(progress: Progress, report: PageReport, now: number): Progress {
  const { done, undone } = evidenceOf(report);
  if (report.status === 'not-found') return { ...progress, lastLook: { at: now, readable: false } };
  if (done.length === 0 && undone.length === 0) return progress;
  const marks: Marks = { ...progress.marks };
  for (const step of undone) {
    if (marks[step]?.by === 'page') delete marks[step];
  }
  for (const step of done) {
    if (marks[step]?.by !== 'user') marks[step] = { by: 'page', at: now };
  }
  return { ...progress, marks, lastLook: { at: now, readable: true } };
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
