/**
 * What the user can do in the popup, as data, and what each does to the
 * stored state. Pure: the background applies these one at a time (the only
 * writer), so a popup and two tabs acting at once never lose a change.
 */
import {
  answer,
  emptyProgress,
  sayMethod,
  switchPath,
  toggleStep,
  ALL_STEPS,
  PATH_IDS,
  SAID_METHODS,
  SITUATIONS,
  type PathId,
  type SaidMethod,
  type Situation,
  type StepId,
} from './checklist';
import { LANGUAGES, type Language } from './language';
import { checkNickname, MAX_PEOPLE, ME, newPersonId, type NicknameProblem } from './people';
import { hasExactKeys, isOneOf, isRecord } from './record';
import { currentPerson, defaultState, withCurrentProgress, type StoredState } from './storage';

export type PopupAction =
  | { type: 'toggle-step'; step: StepId }
  | { type: 'switch-path'; path: PathId }
  /** The person answers the first question, "Hvor står du nå?" (null: answer again; the ticks are kept). */
  | { type: 'answer'; situation: Situation | null }
  /** Off PIN: the person says which method they use (null: they do not know). */
  | { type: 'say-method'; method: SaidMethod | null }
  /** Clear the current person's checklist (the popup asks first). */
  | { type: 'reset' }
  | { type: 'set-language'; language: Language | null }
  | { type: 'set-guardian'; on: boolean }
  | { type: 'add-person'; nickname: string }
  | { type: 'remove-person'; id: string }
  | { type: 'select-person'; id: string }
  /** Start again from nothing: the only action allowed over data from a newer PIN-fri. */
  | { type: 'start-over' }
  /** The person opens MinID settings from the popup: the hint may guide them through the login on the way. */
  | { type: 'opened-settings' }
  /** The popup has told the person that stored data was repaired: clear the note. */
  | { type: 'repair-noticed' };

export type ActionResult = { ok: true; state: StoredState } | { ok: false; problem: NicknameProblem | 'too-many' | 'unknown-person' };

/** A well-formed action, or null. Anything else, or any extra key, is refused. */
export function parsePopupAction(raw: unknown): PopupAction | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'toggle-step':
      return hasExactKeys(raw, ['type', 'step']) && isOneOf(ALL_STEPS, raw.step) ? { type: raw.type, step: raw.step } : null;
    case 'switch-path':
      return hasExactKeys(raw, ['type', 'path']) && isOneOf(PATH_IDS, raw.path) ? { type: raw.type, path: raw.path } : null;
    case 'answer':
      return hasExactKeys(raw, ['type', 'situation']) && (raw.situation === null || isOneOf(SITUATIONS, raw.situation)) ? { type: raw.type, situation: raw.situation } : null;
    case 'say-method':
      return hasExactKeys(raw, ['type', 'method']) && (raw.method === null || isOneOf(SAID_METHODS, raw.method)) ? { type: raw.type, method: raw.method } : null;
    case 'set-language':
      return hasExactKeys(raw, ['type', 'language']) && (raw.language === null || isOneOf(LANGUAGES, raw.language))
        ? { type: raw.type, language: raw.language }
        : null;
    case 'set-guardian':
      return hasExactKeys(raw, ['type', 'on']) && typeof raw.on === 'boolean' ? { type: raw.type, on: raw.on } : null;
    case 'add-person':
      return hasExactKeys(raw, ['type', 'nickname']) && typeof raw.nickname === 'string' && raw.nickname.length <= 200
        ? { type: raw.type, nickname: raw.nickname }
        : null;
    case 'remove-person':
    case 'select-person':
      return hasExactKeys(raw, ['type', 'id']) && typeof raw.id === 'string' ? { type: raw.type, id: raw.id } : null;
    case 'reset':
    case 'start-over':
    case 'opened-settings':
    case 'repair-noticed':
      return hasExactKeys(raw, ['type']) ? { type: raw.type } : null;
    default:
      return null;
  }
}

export function applyAction(state: StoredState, action: PopupAction, now: number): ActionResult {
  const ok = (next: StoredState): ActionResult => ({ ok: true, state: next });
  switch (action.type) {
    case 'toggle-step':
      return ok(withCurrentProgress(state, (p) => toggleStep(p, action.step, now)));
    case 'switch-path':
      return ok(withCurrentProgress(state, (p) => switchPath(p, action.path)));
    case 'answer': {
      const answered = withCurrentProgress(state, (p) => answer(p, action.situation));
      // "Jeg er verge" is guardian mode: the guardian's notes, and a checklist per person if they want one.
      return ok(action.situation === 'guardian' && !answered.guardian ? { ...answered, guardian: true } : answered);
    }
    case 'say-method':
      return ok(withCurrentProgress(state, (p) => sayMethod(p, action.method)));
    case 'reset':
      // The ticks go; where the person stands stays (changing that is "Endre svaret").
      return ok(withCurrentProgress(state, (p) => ({ ...emptyProgress(p.path), ...(p.situation ? { situation: p.situation } : {}) })));
    case 'set-language':
      return ok(state.language === action.language ? state : { ...state, language: action.language });
    case 'set-guardian':
      // Turning guardian mode off keeps the people (nothing is lost) but shows the user's own checklist.
      return ok(state.guardian === action.on ? state : { ...state, guardian: action.on, current: action.on ? state.current : ME });
    case 'add-person': {
      if (state.people.length > MAX_PEOPLE) return { ok: false, problem: 'too-many' };
      const check = checkNickname(action.nickname, state.people.map((p) => p.nickname));
      if (!check.ok) return { ok: false, problem: check.problem };
      const id = newPersonId(state.people);
      // Someone a guardian helps is on the guardian's route from the start.
      const progress = answer(emptyProgress(), 'guardian');
      return ok({ ...state, guardian: true, people: [...state.people, { id, nickname: check.nickname, progress }], current: id });
    }
    case 'remove-person': {
      if (action.id === ME || !state.people.some((p) => p.id === action.id)) return { ok: false, problem: 'unknown-person' };
      const people = state.people.filter((p) => p.id !== action.id);
      const next: StoredState = { ...state, people, current: state.current === action.id ? ME : state.current };
      // A flow started for the person removed ends with them: a new person may get the same id.
      if (state.settingsOpenedFor === action.id) {
        delete next.settingsOpenedAt;
        delete next.settingsOpenedFor;
      }
      return ok(next);
    }
    case 'select-person':
      if (!state.people.some((p) => p.id === action.id)) return { ok: false, problem: 'unknown-person' };
      return ok(state.current === action.id ? state : { ...state, current: action.id });
    case 'start-over':
      return ok({ ...defaultState(), language: state.language });
    case 'opened-settings':
      // For the person selected now: a login on the way is evidence for them, and no one else.
      return ok({ ...state, settingsOpenedAt: now, settingsOpenedFor: currentPerson(state).id });
    case 'repair-noticed': {
      if (state.repaired === undefined) return ok(state);
      const { repaired: _told, ...rest } = state;
      return ok(rest);
    }
  }
}

/** What the popup gets back for an action: its problem, if any. State itself is read from storage. */
export type ActionReply = { ok: true } | { ok: false; problem: string };

/**
 * Whether the current checklist is read in the guardian's words (together with
 * the person; SMS with the guardian's own number): the person answered
 * "guardian", or it is the checklist of someone the guardian helps.
 */
export function isGuardianRoute(state: StoredState): boolean {
  const person = currentPerson(state);
  return person.progress.situation === 'guardian' || (state.guardian && person.id !== ME);
}

/** How long after "Åpne MinID-innstillinger" the login pages on the way belong to that flow. */
const LOGIN_GUIDE_MS = 30 * 60 * 1000;

/**
 * Whether the flow that "Åpne MinID-innstillinger" started is running now
 * for the person selected now: opened less than half an hour ago, for them.
 * Only inside it is a login PIN-fri sees theirs, as far as PIN-fri can tell:
 * a guardian who logs in as themself while a ward is selected has started
 * no flow for the ward.
 */
export function loginFlowRunning(state: StoredState, now: number): boolean {
  const opened = state.settingsOpenedAt;
  if (opened === undefined || now < opened || now - opened > LOGIN_GUIDE_MS) return false;
  return state.settingsOpenedFor === currentPerson(state).id;
}

/** Whether a login page now should say "log in first, then PIN-fri shows you the choice". */
export function shouldGuideLogin(state: StoredState, now: number): boolean {
  if (!loginFlowRunning(state, now)) return false;
  const { marks, otherMethod } = currentPerson(state).progress;
  // SMS saved (on either path that goes there), or another strong method already: nothing to guide to.
  return !marks['sms-save'] && !marks['back-in-sms'] && otherMethod === undefined;
}
