import { describe, expect, it } from 'vitest';
import { applyAction, loginFlowRunning, parsePopupAction, shouldGuideLogin, type PopupAction } from '../../src/core/actions';
import { MAX_PEOPLE } from '../../src/core/people';
import { currentPerson, defaultState, readState, type StoredState } from '../../src/core/storage';

function run(state: StoredState, ...actions: PopupAction[]): StoredState {
  return actions.reduce((s, action, i) => {
    const result = applyAction(s, action, 100 + i);
    if (!result.ok) throw new Error(`${action.type}: ${result.problem}`);
    return result.state;
  }, state);
}

describe('applyAction', () => {
  it('ticks, unticks, switches path and resets the current checklist', () => {
    let s = run(defaultState(), { type: 'toggle-step', step: 'sms-open-settings' }, { type: 'switch-path', path: 'app' });
    expect(currentPerson(s).progress).toEqual({ path: 'app', marks: { 'sms-open-settings': { by: 'user', at: 100 } } });
    s = run(s, { type: 'toggle-step', step: 'sms-open-settings' });
    expect(currentPerson(s).progress.marks).toEqual({});
    s = run(s, { type: 'toggle-step', step: 'app-install' }, { type: 'reset' });
    // Reset clears the ticks and keeps the chosen path.
    expect(currentPerson(s).progress).toEqual({ path: 'app', marks: {} });
  });

  it('switches to the way back in, and ticks its steps', () => {
    const s = run(defaultState(), { type: 'switch-path', path: 'back-in' }, { type: 'toggle-step', step: 'back-in-call' });
    expect(currentPerson(s).progress).toEqual({ path: 'back-in', marks: { 'back-in-call': { by: 'user', at: 101 } } });
  });

  it('reset clears a method a page showed, so the steps show again', () => {
    const s = defaultState();
    s.people[0]!.progress = { path: 'sms', marks: {}, otherMethod: { method: 'totp', at: 1 } };
    expect(currentPerson(run(s, { type: 'reset' })).progress).toEqual({ path: 'sms', marks: {} });
  });

  it('keeps one checklist per person in guardian mode', () => {
    let s = run(defaultState(), { type: 'set-guardian', on: true }, { type: 'add-person', nickname: 'Mor' });
    expect(s.current).toBe('p1');
    s = run(s, { type: 'toggle-step', step: 'sms-choose' }, { type: 'add-person', nickname: 'Far' }, { type: 'toggle-step', step: 'sms-save' });
    expect(s.people.map((p) => [p.nickname, Object.keys(p.progress.marks)])).toEqual([
      ['', []],
      ['Mor', ['sms-choose']],
      ['Far', ['sms-save']],
    ]);
    s = run(s, { type: 'select-person', id: 'p1' });
    expect(currentPerson(s).nickname).toBe('Mor');
    s = run(s, { type: 'remove-person', id: 'p1' });
    expect(s.current).toBe('me');
    expect(s.people.map((p) => p.id)).toEqual(['me', 'p2']);
  });

  it('turning guardian mode off keeps the people and shows the user’s own list', () => {
    const s = run(defaultState(), { type: 'add-person', nickname: 'Mor' }, { type: 'set-guardian', on: false });
    expect(s.guardian).toBe(false);
    expect(s.current).toBe('me');
    expect(s.people).toHaveLength(2);
  });

  it('refuses an ID number or a phone number as a nickname, and stores nothing', () => {
    const before = defaultState();
    expect(applyAction(before, { type: 'add-person', nickname: '01019012345' }, 1)).toEqual({ ok: false, problem: 'looks-like-id' });
    expect(applyAction(before, { type: 'add-person', nickname: '+47 932 82 061' }, 1)).toEqual({ ok: false, problem: 'looks-like-phone' });
  });

  it('has a limit on people', () => {
    let s = defaultState();
    for (let i = 0; i < MAX_PEOPLE; i++) s = run(s, { type: 'add-person', nickname: `Person ${String.fromCharCode(65 + i)}` });
    expect(applyAction(s, { type: 'add-person', nickname: 'One more' }, 1)).toEqual({ ok: false, problem: 'too-many' });
  });

  it('never removes the user, nor selects someone unknown', () => {
    expect(applyAction(defaultState(), { type: 'remove-person', id: 'me' }, 1)).toEqual({ ok: false, problem: 'unknown-person' });
    expect(applyAction(defaultState(), { type: 'select-person', id: 'p9' }, 1)).toEqual({ ok: false, problem: 'unknown-person' });
  });

  it('sets the language, and "start over" keeps it', () => {
    const s = run(defaultState(), { type: 'set-language', language: 'nn' }, { type: 'add-person', nickname: 'Mor' }, { type: 'start-over' });
    expect(s).toEqual({ ...defaultState(), language: 'nn' });
  });
});

describe('the first question (issue 21)', () => {
  it('answers for the current person only, and "Endre svaret" asks again with every tick kept', () => {
    let s = run(defaultState(), { type: 'answer', situation: 'locked-out' }, { type: 'toggle-step', step: 'back-in-call' });
    expect(currentPerson(s).progress).toEqual({ path: 'back-in-app', marks: { 'back-in-call': { by: 'user', at: 101 } }, situation: 'locked-out' });
    s = run(s, { type: 'answer', situation: null });
    expect(currentPerson(s).progress).toEqual({ path: 'back-in-app', marks: { 'back-in-call': { by: 'user', at: 101 } } });
  });

  it('"guardian" turns guardian mode on; a person added is on the guardian’s route from the start', () => {
    const s = run(defaultState(), { type: 'answer', situation: 'guardian' }, { type: 'add-person', nickname: 'Mor' });
    expect(s.guardian).toBe(true);
    expect(currentPerson(s).progress).toEqual({ path: 'back-in', marks: {}, situation: 'guardian' });
  });

  it('"Fjern alle kryss" keeps the answer; "Start på nytt" asks again', () => {
    const answered = run(defaultState(), { type: 'answer', situation: 'other-eid' }, { type: 'toggle-step', step: 'sms-choose' });
    expect(currentPerson(run(answered, { type: 'reset' })).progress).toEqual({ path: 'sms', marks: {}, situation: 'other-eid' });
    expect(currentPerson(run(answered, { type: 'start-over' })).progress.situation).toBeUndefined();
  });

  it('off PIN: the method the person says, and "I do not know"', () => {
    const s = run(defaultState(), { type: 'answer', situation: 'off-pin' }, { type: 'say-method', method: 'sms' });
    expect(currentPerson(s).progress.saidMethod).toBe('sms');
    expect(currentPerson(run(s, { type: 'say-method', method: null })).progress.saidMethod).toBeUndefined();
  });
});

describe('parsePopupAction', () => {
  it.each<PopupAction>([
    { type: 'toggle-step', step: 'sms-save' },
    { type: 'switch-path', path: 'app' },
    { type: 'switch-path', path: 'back-in' },
    { type: 'toggle-step', step: 'back-in-letter' },
    { type: 'reset' },
    { type: 'set-language', language: null },
    { type: 'set-language', language: 'en' },
    { type: 'set-guardian', on: true },
    { type: 'add-person', nickname: 'Mor' },
    { type: 'remove-person', id: 'p1' },
    { type: 'select-person', id: 'me' },
    { type: 'start-over' },
    { type: 'opened-settings' },
    { type: 'answer', situation: 'locked-out' },
    { type: 'answer', situation: null },
    { type: 'say-method', method: 'other' },
    { type: 'say-method', method: null },
    { type: 'switch-path', path: 'back-in-app' },
  ])('accepts %j', (action) => {
    expect(parsePopupAction(action)).toEqual(action);
  });

  it.each([
    null,
    'reset',
    [],
    { type: 'toggle-step', step: 'hack' },
    { type: 'toggle-step', step: 'sms-save', extra: 1 },
    { type: 'switch-path', path: 'pin' },
    { type: 'switch-path', path: 'back-in', extra: true },
    { type: 'toggle-step', step: 'back-in-reset' },
    { type: 'set-language', language: 'de' },
    { type: 'set-guardian', on: 'yes' },
    { type: 'add-person', nickname: 5 },
    { type: 'add-person', nickname: 'x'.repeat(201) },
    { type: 'remove-person' },
    { type: 'reset', all: true },
    { type: 'delete-everything' },
    { type: 'answer', situation: 'pin' },
    { type: 'answer' },
    { type: 'answer', situation: 'guardian', extra: 1 },
    { type: 'say-method', method: 'pin' },
  ])('refuses %j', (raw) => {
    expect(parsePopupAction(raw)).toBeNull();
  });
});

describe('the login guide', () => {
  const MIN = 60_000;

  it('is on for half an hour after "Åpne MinID-innstillinger", while SMS is not saved', () => {
    const s = run(defaultState(), { type: 'opened-settings' });
    expect(s.settingsOpenedAt).toBe(100);
    expect(shouldGuideLogin(s, 100 + 29 * MIN)).toBe(true);
    expect(shouldGuideLogin(s, 100 + 31 * MIN)).toBe(false);
    expect(shouldGuideLogin(s, 50)).toBe(false);
    expect(shouldGuideLogin(defaultState(), 100)).toBe(false);
    const saved = run(s, { type: 'toggle-step', step: 'sms-save' });
    expect(shouldGuideLogin(saved, 200)).toBe(false);
    // SMS chosen on the way back in, or an authenticator already saved: nothing to guide to either.
    expect(shouldGuideLogin(run(s, { type: 'toggle-step', step: 'back-in-sms' }), 200)).toBe(false);
    const other = { ...s, people: [{ ...s.people[0]!, progress: { path: 'sms' as const, marks: {}, otherMethod: { method: 'totp' as const, at: 1 } } }] };
    expect(shouldGuideLogin(other, 200)).toBe(false);
  });

  it('survives storage, and a broken time is dropped', () => {
    const s = run(defaultState(), { type: 'opened-settings' });
    expect(readState(JSON.parse(JSON.stringify(s)))).toEqual({ state: s, problem: null, writable: true });
    expect(readState({ ...s, settingsOpenedAt: 'soon' })).toMatchObject({ problem: 'partly-invalid', state: { ...defaultState(), settingsOpenedFor: 'me' } });
  });
});

describe('the flow the popup started, for the person selected then (issue 22)', () => {
  const MIN = 60_000;
  const withWard = () => run(defaultState(), { type: 'add-person', nickname: 'Mor' });

  it('remembers for whom "Åpne MinID-innstillinger" was pressed, and runs half an hour for them only', () => {
    const mine = run(defaultState(), { type: 'opened-settings' });
    expect(mine).toMatchObject({ settingsOpenedAt: 100, settingsOpenedFor: 'me' });
    expect(loginFlowRunning(mine, 100 + 29 * MIN)).toBe(true);
    expect(loginFlowRunning(mine, 100 + 31 * MIN)).toBe(false);
    expect(loginFlowRunning(mine, 50)).toBe(false);
    expect(loginFlowRunning(defaultState(), 100)).toBe(false);

    const forWard = run(withWard(), { type: 'opened-settings' });
    expect(forWard).toMatchObject({ current: 'p1', settingsOpenedFor: 'p1' });
    expect(loginFlowRunning(forWard, 200)).toBe(true);
    // Another person selected afterwards: not their flow, and no login guide for them either.
    const meAgain = run(forWard, { type: 'select-person', id: 'me' });
    expect(loginFlowRunning(meAgain, 200)).toBe(false);
    expect(shouldGuideLogin(meAgain, 200)).toBe(false);
    expect(loginFlowRunning(run(meAgain, { type: 'select-person', id: 'p1' }), 200)).toBe(true);
  });

  it('a guardian who started the flow for themself, then selected a ward: no flow for the ward', () => {
    const s = run(withWard(), { type: 'select-person', id: 'me' }, { type: 'opened-settings' }, { type: 'select-person', id: 'p1' });
    expect(s.current).toBe('p1');
    expect(loginFlowRunning(s, 200)).toBe(false);
  });

  it('ends with the person it was started for: a new person with the same id gets no flow', () => {
    const s = run(withWard(), { type: 'opened-settings' }, { type: 'remove-person', id: 'p1' }, { type: 'add-person', nickname: 'Far' });
    expect(s.current).toBe('p1');
    expect(s.settingsOpenedAt).toBeUndefined();
    expect(s.settingsOpenedFor).toBeUndefined();
    expect(loginFlowRunning(s, 200)).toBe(false);
    // Removing someone else leaves it be.
    const mine = run(withWard(), { type: 'select-person', id: 'me' }, { type: 'opened-settings' }, { type: 'remove-person', id: 'p1' });
    expect(loginFlowRunning(mine, 200)).toBe(true);
  });

  it('reads data an older PIN-fri wrote (a time, no person) as a flow for no one, with nothing to repair', () => {
    const old = { ...defaultState(), settingsOpenedAt: 100 };
    const read = readState(JSON.parse(JSON.stringify(old)));
    expect(read).toEqual({ state: old, problem: null, writable: true });
    expect(loginFlowRunning(read.state, 200)).toBe(false);
    expect(shouldGuideLogin(read.state, 200)).toBe(false);
  });

  it.each([
    ['a number', 1],
    ['someone not in the list', 'p7'],
    ['an id of another shape', '../me'],
    ['null', null],
  ])('drops a flow owner that is %s, and says so', (_name, settingsOpenedFor) => {
    const { state, problem } = readState({ ...defaultState(), settingsOpenedAt: 100, settingsOpenedFor });
    expect(problem).toBe('partly-invalid');
    expect(state).toEqual({ ...defaultState(), settingsOpenedAt: 100 });
    expect(loginFlowRunning(state, 200)).toBe(false);
  });
});
