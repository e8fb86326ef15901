/**
 * What PIN-fri keeps in browser.storage.local, declared once: key, shape,
 * fallback and version. Everything read is validated; what is not valid is
 * dropped with a reason the popup can tell the user, never a crash.
 * No personal data: step ids, times and a language code, nothing from a page.
 */
import { ALL_STEPS, emptyProgress, type Marks, type PathId, type Progress, type StepId } from './checklist';

export const STATE_KEY = 'pinfri:state';
export const STATE_VERSION = 1;

export type Language = 'nb' | 'nn' | 'en';
export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];

export interface StoredState {
  version: typeof STATE_VERSION;
  progress: Progress;
  /** null: follow the browser. */
  language: Language | null;
}

export function defaultState(): StoredState {
  return { version: STATE_VERSION, progress: emptyProgress(), language: null };
}

/** Why what was stored could not be used as it was; shown to the user. */
export type ReadProblem = 'corrupt' | 'newer-version' | 'partly-invalid';

export interface ReadResult {
  state: StoredState;
  problem: ReadProblem | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readMarks(raw: unknown): { marks: Marks; dropped: boolean } {
  const marks: Marks = {};
  if (!isRecord(raw)) return { marks, dropped: raw !== undefined };
  let dropped = false;
  for (const [key, value] of Object.entries(raw)) {
    const valid =
      (ALL_STEPS as readonly string[]).includes(key) &&
      isRecord(value) &&
      (value.by === 'page' || value.by === 'user') &&
      typeof value.at === 'number' &&
      Number.isFinite(value.at) &&
      value.at >= 0;
    if (valid) marks[key as StepId] = { by: value.by as 'page' | 'user', at: value.at as number };
    else dropped = true;
  }
  return { marks, dropped };
}

/** Validates and, where needed, repairs whatever storage held under STATE_KEY. */
export function readState(raw: unknown): ReadResult {
  if (raw === undefined) return { state: defaultState(), problem: null };
  if (!isRecord(raw)) return { state: defaultState(), problem: 'corrupt' };
  if (typeof raw.version === 'number' && raw.version > STATE_VERSION) {
    // Written by a newer PIN-fri (e.g. after a downgrade): do not guess at its meaning.
    return { state: defaultState(), problem: 'newer-version' };
  }
  if (raw.version !== STATE_VERSION) return { state: defaultState(), problem: 'corrupt' };
  const progressRaw = isRecord(raw.progress) ? raw.progress : {};
  const path: PathId = progressRaw.path === 'app' ? 'app' : 'sms';
  const { marks, dropped } = readMarks(progressRaw.marks);
  const language = (LANGUAGES as readonly unknown[]).includes(raw.language) ? (raw.language as Language) : null;
  const partly =
    dropped ||
    !isRecord(raw.progress) ||
    (progressRaw.path !== 'sms' && progressRaw.path !== 'app') ||
    (raw.language !== null && raw.language !== undefined && language === null);
  return {
    state: { version: STATE_VERSION, progress: { path, marks }, language },
    problem: partly ? 'partly-invalid' : null,
  };
}
