/**
 * What PIN-fri keeps in browser.storage.local, declared once: key, shape,
 * fallback, version and migration. Everything read is validated; what is not
 * valid is dropped with a reason the popup can tell the user, never a crash.
 * No personal data: step ids, times, a language code, guardian mode and the
 * nicknames the user chose (checked in people.ts), nothing from a page.
 *
 * Versions:
 * - 1: { version, progress, language } — one person.
 * - 2: { version, language, guardian, people: [{ id, nickname, progress }], current }.
 * - 3: as 2; a progress may also have path 'back-in' (its steps too) and
 *   otherMethod { method: 'totp' | 'webauthn', at }. Version 2 data is valid
 *   version 3 data; the number moved so that a PIN-fri that knows only 2
 *   refuses to write over a third path it would drop.
 * Optional notes added without a new version: settingsOpenedAt and repaired.
 * Readers ignore keys they do not know, so an older PIN-fri of the same
 * version loses only those notes.
 */
import { ALL_STEPS, emptyProgress, OTHER_METHODS, PATH_IDS, type LastLook, type Marks, type OtherMethod, type PathId, type Progress, type StepId } from './checklist';
import { LANGUAGES, type Language } from './language';
import { checkNickname, MAX_PEOPLE, ME, type Person } from './people';

export const STATE_KEY = 'pinfri:state';
export const STATE_VERSION = 3;

export { LANGUAGES, type Language } from './language';

export interface PersonState extends Person {
  progress: Progress;
}

export interface StoredState {
  version: typeof STATE_VERSION;
  /** null: follow the browser. */
  language: Language | null;
  /** "Jeg hjelper noen som verge". */
  guardian: boolean;
  /** Always starts with the user ("me"); then the people a guardian helps. */
  people: PersonState[];
  /** Whose checklist is shown, and gets the evidence from pages. */
  current: string;
  /** When the person last opened MinID settings from the popup (the hint then guides them through login). */
  settingsOpenedAt?: number;
  /**
   * The background repaired what was stored (see ReadProblem) and the person
   * has not been told yet: the popup tells them once, then clears it.
   */
  repaired?: RepairProblem;
}

export function defaultState(): StoredState {
  return { version: STATE_VERSION, language: null, guardian: false, people: [{ id: ME, nickname: '', progress: emptyProgress() }], current: ME };
}

/** Why what was stored could not be used as it was; shown to the user. */
export type ReadProblem = 'corrupt' | 'newer-version' | 'partly-invalid';
/** The problems that a write repairs (data from a newer PIN-fri is never written over). */
export type RepairProblem = Extract<ReadProblem, 'corrupt' | 'partly-invalid'>;

/** What the person should be told about repaired data, if anything: the read's own problem, else the note left by a repair. */
export function repairToTell(result: ReadResult): RepairProblem | null {
  if (result.problem === 'corrupt' || result.problem === 'partly-invalid') return result.problem;
  return result.state.repaired ?? null;
}

/**
 * The state to write after reading `result`: when the read repaired something,
 * a note that the person has not heard of it yet (the worse of two repairs wins).
 */
export function withRepairNoted(result: ReadResult): StoredState {
  const { state, problem, writable } = result;
  if (!writable || (problem !== 'corrupt' && problem !== 'partly-invalid')) return state;
  return { ...state, repaired: problem === 'corrupt' || state.repaired === 'corrupt' ? 'corrupt' : 'partly-invalid' };
}

export interface ReadResult {
  state: StoredState;
  problem: ReadProblem | null;
  /**
   * false when storage holds data from a newer PIN-fri: we show what we can but
   * never write over it, unless the user explicitly starts again.
   */
  writable: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function readMarks(raw: unknown): { marks: Marks; dropped: boolean } {
  const marks: Marks = {};
  if (!isRecord(raw)) return { marks, dropped: raw !== undefined };
  let dropped = false;
  for (const [key, value] of Object.entries(raw)) {
    const valid =
      (ALL_STEPS as readonly string[]).includes(key) && isRecord(value) && (value.by === 'page' || value.by === 'user') && isTime(value.at);
    if (valid) marks[key as StepId] = { by: value.by as 'page' | 'user', at: value.at as number };
    else dropped = true;
  }
  return { marks, dropped };
}

function readProgress(raw: unknown): { progress: Progress; dropped: boolean } {
  if (!isRecord(raw)) return { progress: emptyProgress(), dropped: true };
  const knownPath = (PATH_IDS as readonly unknown[]).includes(raw.path);
  const path: PathId = knownPath ? (raw.path as PathId) : 'sms';
  const { marks, dropped } = readMarks(raw.marks);
  const progress: Progress = { path, marks };
  let lookDropped = false;
  if (raw.lastLook !== undefined) {
    const look = raw.lastLook;
    if (isRecord(look) && isTime(look.at) && typeof look.readable === 'boolean') {
      progress.lastLook = { at: look.at, readable: look.readable } satisfies LastLook;
    } else lookDropped = true;
  }
  const other = readOtherMethod(raw.otherMethod);
  if (other.value) progress.otherMethod = other.value;
  return { progress, dropped: dropped || lookDropped || other.dropped || !knownPath };
}

/** Only ever set from a page (checklist.ts); a broken one is dropped, so the checklist shows its steps again. */
function readOtherMethod(raw: unknown): { value?: Progress['otherMethod']; dropped: boolean } {
  if (raw === undefined) return { dropped: false };
  if (isRecord(raw) && (OTHER_METHODS as readonly unknown[]).includes(raw.method) && isTime(raw.at) && Object.keys(raw).length === 2) {
    return { value: { method: raw.method as OtherMethod, at: raw.at }, dropped: false };
  }
  return { dropped: true };
}

function readLanguage(raw: unknown): { language: Language | null; dropped: boolean } {
  if ((LANGUAGES as readonly unknown[]).includes(raw)) return { language: raw as Language, dropped: false };
  return { language: null, dropped: raw !== null && raw !== undefined };
}

/** Version 1 → 3: the one checklist becomes the user's own (version 2's shape, which 3 keeps). */
function fromV1(raw: Record<string, unknown>): ReadResult {
  const { progress, dropped } = readProgress(raw.progress);
  const { language, dropped: badLanguage } = readLanguage(raw.language);
  const state = defaultState();
  state.language = language;
  state.people[0]!.progress = progress;
  return { state, problem: dropped || badLanguage ? 'partly-invalid' : null, writable: true };
}

/** Version 2 → 3: nothing to change in the shape (see the list of versions above). */
function fromV2(raw: Record<string, unknown>): ReadResult {
  return fromV3(raw);
}

function fromV3(raw: Record<string, unknown>): ReadResult {
  let dropped = false;
  const { language, dropped: badLanguage } = readLanguage(raw.language);
  dropped ||= badLanguage;
  const state = defaultState();
  state.language = language;
  if (typeof raw.guardian === 'boolean') state.guardian = raw.guardian;
  else dropped = true;

  const people: PersonState[] = [];
  for (const entry of Array.isArray(raw.people) ? raw.people : []) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.nickname !== 'string') {
      dropped = true;
      continue;
    }
    const { progress, dropped: badProgress } = readProgress(entry.progress);
    dropped ||= badProgress;
    if (entry.id === ME) {
      if (people.some((p) => p.id === ME)) dropped = true;
      else people.unshift({ id: ME, nickname: '', progress });
      continue;
    }
    // A nickname that fails today's rules (e.g. edited by hand to hold a number) is not kept.
    const check = checkNickname(entry.nickname, people.map((p) => p.nickname));
    if (!/^p\d{1,4}$/.test(entry.id) || !check.ok || people.some((p) => p.id === entry.id) || people.length >= MAX_PEOPLE + 1) {
      dropped = true;
      continue;
    }
    people.push({ id: entry.id, nickname: check.nickname, progress });
  }
  if (!Array.isArray(raw.people)) dropped = true;
  if (people[0]?.id !== ME) people.unshift(state.people[0]!);
  state.people = people;
  if (typeof raw.current === 'string' && people.some((p) => p.id === raw.current)) state.current = raw.current;
  else dropped = true;
  if (isTime(raw.settingsOpenedAt)) state.settingsOpenedAt = raw.settingsOpenedAt;
  else if (raw.settingsOpenedAt !== undefined) dropped = true;
  if (raw.repaired === 'corrupt' || raw.repaired === 'partly-invalid') state.repaired = raw.repaired;
  else if (raw.repaired !== undefined) dropped = true;
  return { state, problem: dropped ? 'partly-invalid' : null, writable: true };
}

/** Validates, migrates and, where needed, repairs whatever storage held under STATE_KEY. */
export function readState(raw: unknown): ReadResult {
  if (raw === undefined) return { state: defaultState(), problem: null, writable: true };
  if (!isRecord(raw)) return { state: defaultState(), problem: 'corrupt', writable: true };
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > STATE_VERSION) {
    // Written by a newer PIN-fri (e.g. after a downgrade): do not guess at its meaning, and do not overwrite it.
    return { state: defaultState(), problem: 'newer-version', writable: false };
  }
  // Oldest first: each step reads what the one before it wrote.
  if (raw.version === 1) return fromV1(raw);
  if (raw.version === 2) return fromV2(raw);
  if (raw.version === STATE_VERSION) return fromV3(raw);
  return { state: defaultState(), problem: 'corrupt', writable: true };
}

/** Only the language choice, for the content script: it needs nothing else from storage. */
export function storedLanguage(raw: unknown): Language | null {
  if (!isRecord(raw) || typeof raw.version !== 'number' || raw.version > STATE_VERSION) return null;
  return readLanguage(raw.language).language;
}

/** The person whose checklist is shown and who gets page evidence. */
export function currentPerson(state: StoredState): PersonState {
  return state.people.find((p) => p.id === state.current) ?? state.people[0]!;
}

/** Change the current person's progress; the same object back when nothing changed. */
export function withCurrentProgress(state: StoredState, change: (progress: Progress) => Progress): StoredState {
  const person = currentPerson(state);
  const progress = change(person.progress);
  if (progress === person.progress) return state;
  return { ...state, people: state.people.map((p) => (p.id === person.id ? { ...p, progress } : p)) };
}
