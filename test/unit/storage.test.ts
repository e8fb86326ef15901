import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it } from 'vitest';
import {
  currentPerson,
  defaultState,
  keptKey,
  readState,
  repairToTell,
  STATE_KEY,
  STATE_VERSION,
  stateStore,
  withCurrentProgress,
  withRepairNoted,
} from '../../src/core/storage';

const person = (id: string, nickname: string, marks = {}) => ({ id, nickname, progress: { path: 'sms', marks } });

describe('readState', () => {
  it('gives the default for a fresh install, with no problem to report', () => {
    expect(readState(undefined)).toEqual({ state: defaultState(), problem: null, writable: true });
  });

  it('reads back a valid state unchanged', () => {
    const state = {
      version: STATE_VERSION,
      language: 'nn',
      guardian: true,
      people: [
        { id: 'me', nickname: '', progress: { path: 'app', marks: { 'app-install': { by: 'user', at: 3 } }, lastLook: { at: 4, readable: false } } },
        person('p1', 'Mor', { 'sms-choose': { by: 'page', at: 5 } }),
      ],
      current: 'p1',
    };
    expect(readState(state)).toEqual({ state, problem: null, writable: true });
  });

  it.each([
    ['a string', '{"version":1'],
    ['a number', 42],
    ['an array', []],
    ['null', null],
    ['no version', { progress: {} }],
    ['version zero', { version: 0 }],
    ['a fractional version', { version: 2.5 }],
  ])('resets corrupt data (%s) and says so', (_name, raw) => {
    expect(readState(raw)).toEqual({ state: defaultState(), problem: 'corrupt', writable: true });
  });

  it('does not guess at a newer version, and marks it not to be written over', () => {
    expect(readState({ version: STATE_VERSION + 1, people: 'who knows' })).toEqual({
      state: defaultState(),
      problem: 'newer-version',
      writable: false,
    });
  });

  it('migrates version 1: the one checklist becomes the user’s own', () => {
    const v1 = { version: 1, progress: { path: 'app', marks: { 'app-install': { by: 'user', at: 3 } } }, language: 'en' };
    const { state, problem } = readState(v1);
    expect(problem).toBeNull();
    expect(state.version).toBe(STATE_VERSION);
    expect(state.language).toBe('en');
    expect(state.guardian).toBe(false);
    // Begun on the app path: it could log in to set the app up, so its answer is "another e-ID" (version 4).
    expect(state.people).toEqual([
      { id: 'me', nickname: '', progress: { path: 'app', marks: { 'app-install': { by: 'user', at: 3 } }, situation: 'other-eid' } },
    ]);
    // Migrating what is already migrated changes nothing.
    expect(readState(state)).toEqual({ state, problem: null, writable: true });
  });

  it('keeps the valid marks of version 1 and drops the rest', () => {
    const result = readState({
      version: 1,
      progress: {
        path: 'sms',
        marks: {
          'sms-choose': { by: 'page', at: 10 },
          'sms-save': { by: 'robot', at: 10 },
          'sms-mobile': { by: 'user', at: 'yesterday' },
          'not-a-step': { by: 'user', at: 1 },
          'sms-first-login': { by: 'user', at: -5 },
        },
      },
      language: 'de',
    });
    expect(result.problem).toBe('partly-invalid');
    expect(currentPerson(result.state).progress.marks).toEqual({ 'sms-choose': { by: 'page', at: 10 } });
    expect(result.state.language).toBeNull();
  });

  it('drops people it cannot trust and keeps the others', () => {
    const result = readState({
      version: 2,
      language: null,
      guardian: true,
      people: [
        person('p1', 'Mor'),
        person('p2', '010190 12345'), // an ID number typed in by hand
        person('p3', 'Far'),
        person('p3', 'Twin'), // duplicate id
        person('x', 'Bad id'),
        'not a person',
        person('p4', 'mor'), // the same nickname again
      ],
      current: 'p2',
    });
    expect(result.problem).toBe('partly-invalid');
    expect(result.state.people.map((p) => p.id)).toEqual(['me', 'p1', 'p3']);
    // The current person was dropped: back to the user's own checklist.
    expect(result.state.current).toBe('me');
  });

  it('always has the user first, even when storage lost them', () => {
    const result = readState({ version: 2, language: null, guardian: false, people: [], current: 'me' });
    expect(result.state.people[0]?.id).toBe('me');
    expect(result.problem).toBeNull();
  });
});

describe('version 3: the way back in, and another strong method', () => {
  const v3 = (progress: unknown) => ({ version: STATE_VERSION, language: null, guardian: false, people: [{ id: 'me', nickname: '', progress }], current: 'me' });

  it('reads back the third path, its steps and a method seen on a page', () => {
    const state = v3({
      path: 'back-in',
      marks: { 'back-in-call': { by: 'user', at: 1 }, 'back-in-sms': { by: 'page', at: 2 } },
      otherMethod: { method: 'webauthn', at: 3 },
      situation: 'locked-out',
    });
    expect(readState(state)).toEqual({ state, problem: null, writable: true });
  });

  it('migrates version 2 through 3: the guardian’s person begun on SMS gets the guardian’s route, the user not begun meets the question', () => {
    const v2 = { version: 2, language: 'nb', guardian: true, people: [person('me', ''), person('p1', 'Mor', { 'sms-save': { by: 'page', at: 9 } })], current: 'p1' };
    const { state, problem } = readState(v2);
    expect(problem).toBeNull();
    expect(state.version).toBe(STATE_VERSION);
    expect(state.people[0]?.progress).toEqual({ path: 'sms', marks: {} });
    expect(state.people[1]?.progress).toEqual({ path: 'sms', marks: { 'sms-save': { by: 'page', at: 9 } }, situation: 'guardian' });
  });

  it.each([
    ['an unknown method', { method: 'pin', at: 1 }],
    ['no time', { method: 'totp' }],
    ['a time in words', { method: 'totp', at: 'now' }],
    ['an extra key', { method: 'totp', at: 1, by: 'user' }],
    ['not an object', 'totp'],
  ])('drops a broken other method (%s) and says so, so the steps show again', (_name, otherMethod) => {
    const { state, problem } = readState(v3({ path: 'sms', marks: {}, otherMethod }));
    expect(problem).toBe('partly-invalid');
    expect(currentPerson(state).progress).toEqual({ path: 'sms', marks: {} });
  });

  it('drops an unknown path to the SMS path, keeping the ticks', () => {
    const { state, problem } = readState(v3({ path: 'pin', marks: { 'back-in-call': { by: 'user', at: 1 } } }));
    expect(problem).toBe('partly-invalid');
    expect(currentPerson(state).progress).toEqual({ path: 'sms', marks: { 'back-in-call': { by: 'user', at: 1 } } });
  });

  it('still refuses to guess at, or write over, version 5', () => {
    expect(readState({ ...v3({ path: 'sms', marks: {} }), version: 5 })).toMatchObject({ problem: 'newer-version', writable: false });
  });
});

describe('version 4: where the person stands, and where the settings were seen (issue 21)', () => {
  const v3 = (guardian: boolean, ...people: unknown[]) => ({ version: 3, language: 'nn', guardian, people, current: 'me' });
  const me = (progress: unknown) => ({ id: 'me', nickname: '', progress });

  it('is version 4', () => {
    expect(STATE_VERSION).toBe(4);
  });

  it.each([
    ['the way back in, begun', { path: 'back-in', marks: { 'back-in-call': { by: 'user', at: 1 } } }, 'locked-out'],
    ['the SMS path, begun', { path: 'sms', marks: { 'sms-choose': { by: 'page', at: 1 } } }, 'other-eid'],
    ['the app path, begun', { path: 'app', marks: { 'app-install': { by: 'user', at: 1 } } }, 'other-eid'],
    ['a method seen on a page', { path: 'sms', marks: {}, otherMethod: { method: 'totp', at: 2 } }, 'other-eid'],
  ])('migrates version 3 (%s): the answer its path implies, every tick and note kept', (_name, progress, situation) => {
    const { state, problem, writable } = readState(v3(false, me(progress)));
    expect(problem).toBeNull();
    expect(writable).toBe(true);
    expect(state.version).toBe(4);
    expect(state.language).toBe('nn');
    expect(state.people[0]?.progress).toEqual({ ...progress, situation });
  });

  it('migrates version 3 with nothing begun: no answer, so the person meets the first question', () => {
    const { state } = readState(v3(false, me({ path: 'sms', marks: {}, lastLook: { at: 3, readable: false } })));
    expect(state.people[0]?.progress).toEqual({ path: 'sms', marks: {}, lastLook: { at: 3, readable: false } });
  });

  it('migrates version 3 in guardian mode: each person helped begun is on the guardian’s route; the guardian’s own list is judged by its path', () => {
    const { state, problem } = readState(
      v3(
        true,
        me({ path: 'back-in', marks: { 'back-in-call': { by: 'user', at: 1 } } }),
        { id: 'p1', nickname: 'Mor', progress: { path: 'back-in', marks: { 'back-in-letter': { by: 'user', at: 2 } } } },
        { id: 'p2', nickname: 'Far', progress: { path: 'sms', marks: {} } },
      ),
    );
    expect(problem).toBeNull();
    expect(state.people.map((p) => p.progress.situation)).toEqual(['locked-out', 'guardian', undefined]);
    expect(state.people[1]?.progress.marks).toEqual({ 'back-in-letter': { by: 'user', at: 2 } });
  });

  it('migrates a broken version 3 as far as it can, and says what was dropped', () => {
    const result = readState(v3(false, me({ path: 'back-in', marks: { 'back-in-call': { by: 'robot', at: 1 }, 'back-in-letter': { by: 'user', at: 2 } } }), 'nobody'));
    expect(result.problem).toBe('partly-invalid');
    expect(result.state.people).toEqual([me({ path: 'back-in', marks: { 'back-in-letter': { by: 'user', at: 2 } }, situation: 'locked-out' })]);
    expect(readState({ version: 3, people: 'not a list' }).problem).toBe('partly-invalid');
  });

  it('reads back an answer, a method said, the app way back in and the app seen saved', () => {
    const state = {
      ...defaultState(),
      people: [
        me({
          path: 'back-in-app',
          marks: { 'back-in-app-scan': { by: 'user', at: 1 } },
          otherMethod: { method: 'app', at: 2 },
          situation: 'off-pin',
          saidMethod: 'other',
        }),
      ],
      settingsPlace: 'https://brukerprofil.difi.no/minprofil/minid/',
    };
    expect(readState(state)).toEqual({ state, problem: null, writable: true });
  });

  it.each([
    ['an unknown answer', { situation: 'lost' }],
    ['an unknown method said', { saidMethod: 'pin' }],
  ])('drops %s and says so, keeping the rest', (_name, extra) => {
    const { state, problem } = readState({ ...defaultState(), people: [me({ path: 'sms', marks: {}, ...extra })] });
    expect(problem).toBe('partly-invalid');
    expect(state.people[0]?.progress).toEqual({ path: 'sms', marks: {} });
  });

  it.each([
    ['not official', 'https://brukerprofil.difi.no.evil.example/minprofil/minid/'],
    ['http', 'http://brukerprofil.difi.no/minprofil/minid/'],
    ['with a query', 'https://brukerprofil.difi.no/minprofil/minid/?token=1'],
    ['with a fragment', 'https://brukerprofil.difi.no/minprofil/minid/#x'],
    ['a login page', 'https://login.idporten.no/authorize'],
    ['not a string', 42],
  ])('drops a settings place that is %s, and says so', (_name, settingsPlace) => {
    const { state, problem } = readState({ ...defaultState(), settingsPlace });
    expect(problem).toBe('partly-invalid');
    expect(state.settingsPlace).toBeUndefined();
  });

  it('never writes over data from version 5, until the person starts over', async () => {
    fakeBrowser.reset();
    const newer = { version: 5, people: 'who knows' };
    await fakeBrowser.storage.local.set({ [STATE_KEY]: newer });
    const store = stateStore(fakeBrowser.storage);
    await store.update((s) => ({ ...s, guardian: true }));
    expect((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]).toEqual(newer);
  });
});

describe('withCurrentProgress', () => {
  it('changes only the current person, and returns the same state when nothing changed', () => {
    const state = readState({ version: 2, language: null, guardian: true, people: [person('me', ''), person('p1', 'Mor')], current: 'p1' }).state;
    const same = withCurrentProgress(state, (p) => p);
    expect(same).toBe(state);
    const next = withCurrentProgress(state, (p) => ({ ...p, path: 'app' }));
    expect(next.people[1]?.progress.path).toBe('app');
    expect(next.people[0]?.progress.path).toBe('sms');
  });
});

describe('the note that data was repaired (issue 14)', () => {
  it('is kept when valid, dropped (and reported) when not', () => {
    const good = { ...defaultState(), repaired: 'corrupt' };
    expect(readState(good)).toEqual({ state: good, problem: null, writable: true });
    expect(readState({ ...defaultState(), repaired: 'yes' })).toMatchObject({ state: defaultState(), problem: 'partly-invalid' });
  });

  it('a read that repaired something leaves a note for the write; the worse repair wins', () => {
    expect(withRepairNoted(readState('{broken')).repaired).toBe('corrupt');
    expect(withRepairNoted(readState({ ...defaultState(), guardian: 'yes' })).repaired).toBe('partly-invalid');
    expect(withRepairNoted(readState({ ...defaultState(), guardian: 'yes', repaired: 'corrupt' })).repaired).toBe('corrupt');
    expect(withRepairNoted(readState(defaultState())).repaired).toBeUndefined();
    // Data from a newer PIN-fri is not repaired, so there is nothing to note.
    expect(withRepairNoted(readState({ version: STATE_VERSION + 1 })).repaired).toBeUndefined();
  });

  it('the popup tells the read problem first, else the note', () => {
    expect(repairToTell(readState(42))).toBe('corrupt');
    expect(repairToTell(readState({ ...defaultState(), repaired: 'partly-invalid' }))).toBe('partly-invalid');
    expect(repairToTell(readState(defaultState()))).toBeNull();
    expect(repairToTell(readState({ version: STATE_VERSION + 1 }))).toBeNull();
  });

  it('is an optional key of the current version: a reader that does not know it keeps everything else', () => {
    const withNote = { ...defaultState(), guardian: true, repaired: 'corrupt' };
    const { repaired: _note, ...withoutNote } = readState(withNote).state;
    expect(readState(withoutNote).state).toEqual({ ...defaultState(), guardian: true });
    expect(withNote.version).toBe(STATE_VERSION);
  });
});

describe('stateStore: load, watch and update over the browser’s storage', () => {
  const stored = async (key = STATE_KEY) => (await fakeBrowser.storage.local.get(key))[key];
  const newer = (what: string) => ({ version: STATE_VERSION + 1, something: what });

  it('loads what is stored through the one validator, and the default when nothing is', async () => {
    const store = stateStore(fakeBrowser.storage);
    expect(await store.load()).toEqual({ state: defaultState(), problem: null, writable: true });
    await fakeBrowser.storage.local.set({ [STATE_KEY]: { version: 1, language: 'nn', progress: { path: 'app', marks: {} } } });
    expect(await store.load()).toMatchObject({ problem: null, state: { version: STATE_VERSION, language: 'nn' } });
  });

  it('writes nothing when a change changes nothing', async () => {
    await stateStore(fakeBrowser.storage).update((state) => state);
    expect(await stored()).toBeUndefined();
  });

  it('applies changes one at a time, so none is lost', async () => {
    const store = stateStore(fakeBrowser.storage);
    const add = (id: string) => store.update((state) => ({ ...state, people: [...state.people, { id, nickname: id, progress: state.people[0]!.progress }] }));
    await Promise.all([add('p1'), add('p2'), add('p3')]);
    expect((await store.load()).state.people.map((p) => p.id)).toEqual(['me', 'p1', 'p2', 'p3']);
  });

  it('a change that throws does not stop the next', async () => {
    const store = stateStore(fakeBrowser.storage);
    await expect(
      store.update(() => {
        throw new Error('broken change');
      }),
    ).rejects.toThrow('broken change');
    await store.update((state) => ({ ...state, guardian: true }));
    expect((await store.load()).state.guardian).toBe(true);
  });

  it('tells a watcher of each change to the state, validated, and stops when asked', async () => {
    const store = stateStore(fakeBrowser.storage);
    const seen: unknown[] = [];
    const stop = store.watch(({ state, problem }) => seen.push([state.language, problem]));
    await store.update((state) => ({ ...state, language: 'en' }));
    await fakeBrowser.storage.local.set({ [STATE_KEY]: 'garbage', other: 1 });
    await fakeBrowser.storage.local.set({ other: 2 });
    stop();
    await store.update((state) => ({ ...state, language: 'nb' }));
    expect(seen).toEqual([
      ['en', null],
      [null, 'corrupt'],
    ]);
  });

  it('never writes over data from a newer PIN-fri, unless the person starts over', async () => {
    const store = stateStore(fakeBrowser.storage);
    await fakeBrowser.storage.local.set({ [STATE_KEY]: newer('first') });
    expect(await store.update((state) => ({ ...state, guardian: true }))).toEqual(defaultState());
    expect(await stored()).toEqual(newer('first'));
    expect(await stored(keptKey(STATE_VERSION + 1))).toBeUndefined();
  });

  it('starting over keeps the newer data aside first, and a later start-over never writes over that copy', async () => {
    const store = stateStore(fakeBrowser.storage);
    await fakeBrowser.storage.local.set({ [STATE_KEY]: newer('first') });
    await store.update(() => defaultState(), true);
    expect(await stored()).toEqual(defaultState());
    expect(keptKey(STATE_VERSION + 1)).toBe(`pinfri:state:kept-${STATE_VERSION + 1}`);
    expect(await stored(keptKey(STATE_VERSION + 1))).toEqual(newer('first'));

    // The newer PIN-fri came back and wrote again; the person starts over again.
    await fakeBrowser.storage.local.set({ [STATE_KEY]: newer('second') });
    await store.update(() => defaultState(), true);
    expect(await stored(keptKey(STATE_VERSION + 1))).toEqual(newer('first'));
    expect(await stored(keptKey(STATE_VERSION + 1, 2))).toEqual(newer('second'));

    // The same data again is not kept twice.
    await fakeBrowser.storage.local.set({ [STATE_KEY]: newer('second') });
    await store.update(() => defaultState(), true);
    expect(await stored(keptKey(STATE_VERSION + 1, 3))).toBeUndefined();
  });

  it('starting over our own data keeps no copy: only a newer PIN-fri’s data is at risk', async () => {
    const store = stateStore(fakeBrowser.storage);
    await store.update((state) => ({ ...state, guardian: true }));
    await store.update(() => defaultState(), true);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([STATE_KEY]);
  });
});
