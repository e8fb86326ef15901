/**
 * What PIN-fri keeps in browser.storage.local, declared once: the key, the
 * version, the migrations in order, one validator for the latest shape, and
 * the load / watch / update every part uses. Everything read is validated;
 * what is not valid is dropped with a reason the popup can tell the user,
 * never a crash. No personal data: step ids, times, a language code, guardian
 * mode and the nicknames the user chose (checked in people.ts), nothing from a page.
 *
 * Versions:
 * - 1: { version, progress, language } — one person.
 * - 2: { version, language, guardian, people: [{ id, nickname, progress }], current }.
 * - 3: as 2; a progress may also have path 'back-in' (its steps too) and
 *   otherMethod { method: 'totp' | 'webauthn', at }. Version 2 data is valid
 *   version 3 data; the number moved so that a PIN-fri that knows only 2
 *   refuses to write over a third path it would drop.
 * - 4: a progress may also hold the person's answer to the first question
 *   (situation), the method they say they use (saidMethod), path
 *   'back-in-app' and its steps, and otherMethod 'app'; the state may hold
 *   settingsPlace, where PIN-fri last saw the login-method choice (an
 *   official https origin and path, nothing more). Version 3 progress is
 *   given the answer its path implies once started (the way back in: locked
 *   out; SMS or the app: another e-ID opened the settings; a guardian's
 *   person: guardian), so nobody who had begun meets the first question
 *   again; a checklist not started meets it.
 * Optional notes added without a new version: settingsOpenedAt, settingsOpenedFor
 * (issue 22: data without it is read as a flow started for no one) and repaired.
 * Readers ignore keys they do not know, so an older PIN-fri of the same
 * version loses only those notes.
 *
 * Data from a newer PIN-fri is never written over, unless the person chooses
 * "Start på nytt"; then it is first kept aside, as it was, under a key of its
 * own (keptKey) that no later start-over writes over.
 *
 * The load / watch / update take the browser's storage as an argument rather
 * than living in a module of their own: so the rules (never write over newer
 * data, keep it aside, one change at a time) sit next to the shape they
 * protect, and run in unit tests against a fake storage, while src/core
 * still uses no browser globals.
 */
import { ALL_STEPS, emptyProgress, OTHER_METHODS, PATH_IDS, SAID_METHODS, SITUATIONS, type LastLook, type Marks, type Progress, type Situation } from './checklist';
import { settingsPlaceOf } from './links';
import { LANGUAGES, type Language } from './language';
import { checkNickname, MAX_PEOPLE, ME, type Person } from './people';
import { hasExactKeys, isOneOf, isRecord } from './record';

export const STATE_KEY = 'pinfri:state';
export const STATE_VERSION = 4;

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
   * For whom: the person selected then (an id of `people`). A login on the way
   * counts only for them (actions.ts, loginFlowRunning); absent (as an older
   * PIN-fri wrote it), the flow is no one's.
   */
  settingsOpenedFor?: string;
  /**
   * Where PIN-fri last saw the login-method choice on an official page: its
   * https origin and path only (links.ts, settingsPlaceOf). "Åpne
   * MinID-innstillinger" opens it; forgotten on "Start på nytt".
   */
  settingsPlace?: string;
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

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function readMarks(raw: unknown): { marks: Marks; dropped: boolean } {
  const marks: Marks = {};
  if (!isRecord(raw)) return { marks, dropped: raw !== undefined };
  let dropped = false;
  for (const [key, value] of Object.entries(raw)) {
    if (isOneOf(ALL_STEPS, key) && isRecord(value) && (value.by === 'page' || value.by === 'user') && isTime(value.at)) {
      marks[key] = { by: value.by, at: value.at };
    } else dropped = true;
  }
  return { marks, dropped };
}

function readProgress(raw: unknown): { progress: Progress; dropped: boolean } {
  if (!isRecord(raw)) return { progress: emptyProgress(), dropped: true };
  const knownPath = isOneOf(PATH_IDS, raw.path) ? raw.path : null;
  const { marks, dropped } = readMarks(raw.marks);
  const progress: Progress = { path: knownPath ?? 'sms', marks };
  let lookDropped = false;
  if (raw.lastLook !== undefined) {
    const look = raw.lastLook;
    if (isRecord(look) && isTime(look.at) && typeof look.readable === 'boolean') {
      progress.lastLook = { at: look.at, readable: look.readable } satisfies LastLook;
    } else lookDropped = true;
  }
  const other = readOtherMethod(raw.otherMethod);
  if (other.value) progress.otherMethod = other.value;
  const situation = readOneOf(raw.situation, SITUATIONS);
  if (situation.value) progress.situation = situation.value;
  const said = readOneOf(raw.saidMethod, SAID_METHODS);
  if (said.value) progress.saidMethod = said.value;
  return { progress, dropped: dropped || lookDropped || other.dropped || situation.dropped || said.dropped || knownPath === null };
}

/** An optional word from a fixed list: absent is fine; anything else is dropped. */
function readOneOf<T extends string>(raw: unknown, words: readonly T[]): { value?: T; dropped: boolean } {
  if (raw === undefined) return { dropped: false };
  return isOneOf(words, raw) ? { value: raw, dropped: false } : { dropped: true };
}

/** Only ever set from a page (checklist.ts); a broken one is dropped, so the checklist shows its steps again. */
function readOtherMethod(raw: unknown): { value?: Progress['otherMethod']; dropped: boolean } {
  if (raw === undefined) return { dropped: false };
  if (isRecord(raw) && isOneOf(OTHER_METHODS, raw.method) && isTime(raw.at) && hasExactKeys(raw, ['method', 'at'])) {
    return { value: { method: raw.method, at: raw.at }, dropped: false };
  }
  return { dropped: true };
}

function readLanguage(raw: unknown): { language: Language | null; dropped: boolean } {
  if (isOneOf(LANGUAGES, raw)) return { language: raw, dropped: false };
  return { language: null, dropped: raw !== null && raw !== undefined };
}

type Shape = Record<string, unknown>;

/**
 * The migrations in order: MIGRATIONS[n] turns what version n wrote into
 * version n + 1's shape, unchecked; the validator below checks only the latest.
 */
const MIGRATIONS: Readonly<Record<number, (old: Shape) => Shape>> = {
  // The one checklist becomes the user's own; nothing else of version 1 is kept.
  1: (v1) => ({ version: 2, language: v1.language, guardian: false, people: [{ id: ME, nickname: '', progress: v1.progress }], current: ME }),
  // Nothing to change in the shape (see the list of versions above).
  2: (v2) => ({ ...v2, version: 3 }),
  // Each started checklist gets the answer its path implies (see the list of versions above).
  3: (v3) => ({
    ...v3,
    version: 4,
    people: Array.isArray(v3.people) ? v3.people.map((entry: unknown) => withImpliedSituation(entry, v3.guardian === true)) : v3.people,
  }),
};

/**
 * The answer a version 3 checklist implies: what the person was already doing.
 * A checklist not started implies nothing (the person meets the first question);
 * anything not shaped like a person is left for the validator to judge.
 */
function withImpliedSituation(entry: unknown, guardianMode: boolean): unknown {
  if (!isRecord(entry) || !isRecord(entry.progress)) return entry;
  const progress = entry.progress;
  const started = (isRecord(progress.marks) && Object.keys(progress.marks).length > 0) || progress.otherMethod !== undefined;
  if (!started) return entry;
  // A method seen saved needs no answer of its own: it shows the off-PIN route while it holds, and a page that
  // later shows PIN chosen must leave the person on a route with steps, as version 3 did.
  const situation: Situation = guardianMode && entry.id !== ME ? 'guardian' : progress.path === 'back-in' ? 'locked-out' : 'other-eid';
  return { ...entry, progress: { ...progress, situation } };
}

/** The one validator, for the latest shape: keeps what is valid, and says whether anything was dropped. */
function validate(raw: Shape): ReadResult {
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
  // Only someone in the list: "remove-person" forgets a flow started for the person it removes.
  if (typeof raw.settingsOpenedFor === 'string' && people.some((p) => p.id === raw.settingsOpenedFor)) state.settingsOpenedFor = raw.settingsOpenedFor;
  else if (raw.settingsOpenedFor !== undefined) dropped = true;
  if (raw.settingsPlace !== undefined) {
    // Checked again as it is read: only an official https origin and path is ever opened.
    const place = typeof raw.settingsPlace === 'string' ? settingsPlaceOf(raw.settingsPlace) : null;
    if (place !== null && place === raw.settingsPlace) state.settingsPlace = place;
    else dropped = true;
  }
  if (raw.repaired === 'corrupt' || raw.repaired === 'partly-invalid') state.repaired = raw.repaired;
  else if (raw.repaired !== undefined) dropped = true;
  return { state, problem: dropped ? 'partly-invalid' : null, writable: true };
}

/** The version a newer PIN-fri wrote, or null: a whole number above ours. */
function newerVersion(raw: unknown): number | null {
  return isRecord(raw) && Number.isInteger(raw.version) && (raw.version as number) > STATE_VERSION ? (raw.version as number) : null;
}

/** Validates, migrates and, where needed, repairs whatever storage held under STATE_KEY. */
export function readState(raw: unknown): ReadResult {
  if (raw === undefined) return { state: defaultState(), problem: null, writable: true };
  if (!isRecord(raw)) return { state: defaultState(), problem: 'corrupt', writable: true };
  if (newerVersion(raw) !== null) {
    // Written by a newer PIN-fri (e.g. after a downgrade): do not guess at its meaning, and do not overwrite it.
    return { state: defaultState(), problem: 'newer-version', writable: false };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { state: defaultState(), problem: 'corrupt', writable: true };
  // Oldest first: each step reads what the one before it wrote.
  let shape: Shape = raw;
  for (let from = version; from < STATE_VERSION; from++) shape = MIGRATIONS[from]!(shape);
  return validate(shape);
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

/** Where a copy of a newer PIN-fri's data is kept when the person starts over; `n` > 1 when that place is taken. */
export function keptKey(version: number, n = 1): string {
  return `${STATE_KEY}:kept-${version}${n > 1 ? `-${n}` : ''}`;
}

/** The parts of the browser's storage.local this module uses (browser.storage.local fits). */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The parts of the browser's storage API this module uses (browser.storage fits). */
export interface BrowserStorage {
  local: StorageArea;
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  };
}

export interface StateStore {
  /** What is stored now, validated and migrated (nothing is written). */
  load(): Promise<ReadResult>;
  /** Calls `onChange` whenever the stored state changes, from any part; returns the way to stop. */
  watch(onChange: (result: ReadResult) => void): () => void;
  /**
   * Read, change and write back, one change at a time, so a popup and two tabs
   * acting at once all survive. Only the background calls this: it is the only writer.
   * Data from a newer PIN-fri is never written over unless `overwrite` says the
   * person asked to start over; then it is kept aside first (keptKey).
   * A write over corrupt or partly invalid data repairs it and leaves the note
   * `repaired` for the popup, whoever asked for the write.
   */
  update(change: (state: StoredState) => StoredState, overwrite?: boolean): Promise<StoredState>;
}

/**
 * The stored state in `storage.local`. Nothing is kept only in memory but the
 * queue of changes, because an MV3 service worker may stop at any time.
 */
export function stateStore(storage: BrowserStorage): StateStore {
  const area = storage.local;
  const readRaw = async (): Promise<unknown> => (await area.get(STATE_KEY))[STATE_KEY];

  /** A free place for `raw`, or null when the same data is already kept there. */
  async function placeToKeep(raw: unknown, version: number): Promise<string | null> {
    const same = JSON.stringify(raw);
    for (let n = 1; ; n++) {
      const key = keptKey(version, n);
      const there = (await area.get(key))[key];
      if (there === undefined) return key;
      if (JSON.stringify(there) === same) return null;
    }
  }

  let queue: Promise<unknown> = Promise.resolve();

  return {
    load: async () => readState(await readRaw()),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName === 'local' && STATE_KEY in changes) onChange(readState(changes[STATE_KEY]?.newValue));
      };
      storage.onChanged.addListener(listener);
      return () => storage.onChanged.removeListener(listener);
    },
    update(change, overwrite = false) {
      const next = queue.then(async () => {
        const raw = await readRaw();
        const read = readState(raw);
        const { state, writable } = read;
        // Writing repairs what could not be read; the note makes sure the person hears of it, once.
        const changed = change(withRepairNoted(read));
        if (!writable && !overwrite) return state;
        if (changed === state && writable) return changed;
        const items: Record<string, unknown> = { [STATE_KEY]: changed };
        const newer = newerVersion(raw);
        if (!writable && newer !== null) {
          const kept = await placeToKeep(raw, newer);
          // One write with both keys: the copy is never missing while the new start is there.
          if (kept) items[kept] = raw;
        }
        await area.set(items);
        return changed;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
