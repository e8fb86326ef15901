/**
 * The background against an in-memory browser: it is the only writer, it
 * takes page reports only from our content script on official pages and
 * popup actions only from our own pages, and concurrent changes all survive.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HINT_TEXT } from '../../src/core/hint/hint-text';
import { hintSetupRequest, pageReport, popupMessage } from '../../src/core/messages';
import { defaultState, keptKey, readState, STATE_KEY, STATE_VERSION } from '../../src/core/storage';

const PAGE = { id: fakeBrowser.runtime.id, url: 'https://profil.minid.no/innlogging', frameId: 0, tab: { id: 3 } };
const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('src/popup/index.html') };

type Sender = Record<string, unknown>;
const send = (message: unknown, sender: Sender) =>
  (fakeBrowser.runtime.onMessage.trigger as (m: unknown, s: Sender) => Promise<unknown[]>)(message, sender);
const stored = async () => (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY];
/** The ticked steps of one path (a settings page also proves the first steps of the way back in; see checklist.ts). */
const marks = async (path: 'sms' | 'app' | 'back-in' = 'sms') =>
  Object.keys(readState(await stored()).state.people[0]!.progress.marks)
    .filter((step) => (path === 'sms' ? step.startsWith('sms-') : step.startsWith(`${path}-`)))
    .sort();

beforeEach(async () => {
  vi.resetModules();
  await import('../../src/background/index');
});

describe('background', () => {
  it('turns a trusted page report into progress and a badge', async () => {
    await send(pageReport('settings', 'sms-selected'), PAGE);
    expect(await marks()).toEqual(['sms-choose', 'sms-open-settings']);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('3'));
  });

  it('counts down on the way back in, and shows ✓ for an authenticator app seen saved', async () => {
    await send(popupMessage({ type: 'switch-path', path: 'back-in' }), POPUP);
    await send(popupMessage({ type: 'toggle-step', step: 'back-in-call' }), POPUP);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('4'));
    await send(pageReport('settings', 'sms-saved'), PAGE);
    // The steps of both ways back in that a working MinID user proves, and choosing SMS.
    expect(await marks('back-in')).toEqual([
      'back-in-app-finish',
      'back-in-app-scan',
      'back-in-app-start',
      'back-in-call',
      'back-in-create',
      'back-in-letter',
      'back-in-sms',
    ]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await send(pageReport('settings', 'totp-saved'), PAGE);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('✓'));
    expect(readState(await stored()).state.people[0]!.progress.otherMethod?.method).toBe('totp');
  });

  it.each<[string, unknown, Sender]>([
    ['a look-alike page', pageReport('settings', 'sms-saved'), { ...PAGE, url: 'https://brukerprofil-difi.no/minprofil/minid/' }],
    ['http', pageReport('settings', 'sms-saved'), { ...PAGE, url: 'http://profil.minid.no/' }],
    ['a frame', pageReport('settings', 'sms-saved'), { ...PAGE, frameId: 2 }],
    ['another extension', pageReport('settings', 'sms-saved'), { ...PAGE, id: 'someone-else' }],
    ['a forged shape', { ...pageReport('settings', 'sms-saved'), extra: 1 }, PAGE],
    ['a popup action from a web page', popupMessage({ type: 'toggle-step', step: 'sms-save' }), PAGE],
    ['a popup action with a bad step', { mark: 'pinfri/1', type: 'popup-action', action: { type: 'toggle-step', step: 'x' } }, POPUP],
  ])('ignores %s', async (_name, message, sender) => {
    await send(message, sender);
    expect(await stored()).toBeUndefined();
  });

  it('applies popup actions from its own pages and answers with problems', async () => {
    await send(popupMessage({ type: 'toggle-step', step: 'sms-save' }), POPUP);
    expect(await marks()).toEqual(['sms-save']);
    const [reply] = await send(popupMessage({ type: 'add-person', nickname: '93282061' }), POPUP);
    expect(reply).toEqual({ ok: false, problem: 'looks-like-phone' });
    expect(readState(await stored()).state.people).toHaveLength(1);
  });

  it('keeps both of two changes made at the same moment', async () => {
    // On the way from "Åpne MinID-innstillinger", so the login counts too.
    await send(popupMessage({ type: 'opened-settings' }), POPUP);
    await Promise.all([
      send(pageReport('settings', 'sms-selected'), PAGE),
      send(popupMessage({ type: 'toggle-step', step: 'sms-mobile' }), POPUP),
      send(pageReport('login', 'sms-code-asked'), { ...PAGE, url: 'https://login.idporten.no/authorize/minid/otc' }),
    ]);
    expect(await marks()).toEqual(['sms-choose', 'sms-first-login', 'sms-mobile', 'sms-open-settings']);
  });

  it('takes the choice, chosen or saved, only from a page whose address is a settings page (issues 14, 22)', async () => {
    // A help page where a script planted a checked "Kode på SMS", or pushed a settings path
    // after the browser had its address: nothing, not even "chosen".
    const elsewhere = ['https://minid.no/hjelp', 'https://brukerprofil.difi.no/', 'https://brukerprofil.difi.no/minprofil', 'https://login.idporten.no/authorize/minid/password'];
    for (const url of elsewhere) {
      for (const status of ['sms-saved', 'sms-selected', 'app-saved', 'unknown', 'none-selected'] as const) {
        await send(pageReport('settings', status), { ...PAGE, url });
      }
    }
    expect(await stored()).toBeUndefined();
    await send(pageReport('settings', 'sms-saved'), PAGE);
    expect(await marks()).toEqual(['sms-choose', 'sms-mobile', 'sms-open-settings', 'sms-save']);
  });

  it('unticks nothing from elsewhere either: a PIN drawn on a help page leaves the settings page’s ticks', async () => {
    await send(pageReport('settings', 'sms-saved'), PAGE);
    await send(pageReport('settings', 'pin-selected'), { ...PAGE, url: 'https://minid.no/hjelp' });
    expect(await marks()).toEqual(['sms-choose', 'sms-mobile', 'sms-open-settings', 'sms-save']);
  });

  it('takes "could not read" from any official page (a login page whose hint the guard withdrew): nothing ticked, the popup says so', async () => {
    await send(pageReport('settings', 'sms-saved'), PAGE);
    await send(pageReport('login', 'not-found'), { ...PAGE, url: 'https://login.idporten.no/authorize/minid/password' });
    const { progress } = readState(await stored()).state.people[0]!;
    expect(progress.lastLook).toMatchObject({ readable: false });
    expect(await marks()).toEqual(['sms-choose', 'sms-mobile', 'sms-open-settings', 'sms-save']);
  });

  it('never writes over data from a newer PIN-fri, until the user starts over', async () => {
    const newer = { version: STATE_VERSION + 1, something: 'we do not know' };
    await fakeBrowser.storage.local.set({ [STATE_KEY]: newer });
    await send(pageReport('settings', 'sms-saved'), PAGE);
    await send(popupMessage({ type: 'toggle-step', step: 'sms-save' }), POPUP);
    expect(await stored()).toEqual(newer);
    await send(popupMessage({ type: 'start-over' }), POPUP);
    expect(readState(await stored())).toMatchObject({ problem: null, writable: true });
    // What the newer PIN-fri wrote is kept aside, not lost.
    expect((await fakeBrowser.storage.local.get(keptKey(newer.version)))[keptKey(newer.version)]).toEqual(newer);
  });
});

describe('background: repaired data is told once (issue 14)', () => {
  it('a page report over broken data repairs it and leaves a note; the popup clears it once told', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: { version: STATE_VERSION, language: 'nn', guardian: 'not a boolean', people: [], current: 'me' } });
    await send(pageReport('settings', 'sms-selected'), PAGE);
    const repaired = readState(await stored());
    expect(repaired).toMatchObject({ problem: null, state: { language: 'nn', repaired: 'partly-invalid' } });
    expect(repaired.state.people[0]!.progress.marks['sms-choose']).toMatchObject({ by: 'page' });

    const [reply] = await send(popupMessage({ type: 'repair-noticed' }), POPUP);
    expect(reply).toEqual({ ok: true });
    expect(readState(await stored())).toMatchObject({ problem: null, state: { language: 'nn' } });
    expect(readState(await stored()).state.repaired).toBeUndefined();
  });

  it('storage that is not even an object: the note says it was reset', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: 'garbage' });
    await send(popupMessage({ type: 'set-language', language: 'en' }), POPUP);
    expect(readState(await stored()).state).toMatchObject({ language: 'en', repaired: 'corrupt' });
  });

  it('the popup finding the data broken itself: telling the person repairs it, with no note left', async () => {
    await fakeBrowser.storage.local.set({ [STATE_KEY]: 'garbage' });
    await send(popupMessage({ type: 'repair-noticed' }), POPUP);
    expect(readState(await stored())).toEqual({ state: defaultState(), problem: null, writable: true });
  });
});

describe('background: the hint setup', () => {
  it('answers our content script with the words in the chosen language, and the login guide', async () => {
    await send(popupMessage({ type: 'set-language', language: 'nn' }), POPUP);
    await send(popupMessage({ type: 'opened-settings' }), POPUP);
    const [setup] = await send(hintSetupRequest(), PAGE);
    expect(setup).toMatchObject({ language: 'nn', guideLogin: true });
    expect((setup as { texts: Record<string, string> }).texts).toEqual(HINT_TEXT.nn);
  });

  it('tells nobody else anything', async () => {
    const replies = await send(hintSetupRequest(), { ...PAGE, url: 'https://brukerprofil-difi.no/' });
    expect(replies.every((r) => r === undefined)).toBe(true);
  });
});

describe('background: where the settings were seen (issue 21)', () => {
  const place = async () => readState(await stored()).state.settingsPlace;

  it('remembers the origin and path of the page that showed the choice, never its query or fragment', async () => {
    await send(pageReport('settings', 'pin-selected'), { ...PAGE, url: 'https://brukerprofil.difi.no/minprofil/minid/?code=secret#top' });
    expect(await place()).toBe('https://brukerprofil.difi.no/minprofil/minid/');
    await send(pageReport('settings', 'sms-saved'), { ...PAGE, url: 'https://profil.minid.no/innlogging?saved=sms' });
    expect(await place()).toBe('https://profil.minid.no/innlogging');
  });

  it.each([
    ['a report that does not show the choice', pageReport('settings', 'not-found'), PAGE],
    ['an error page', pageReport('help', 'page-missing'), { ...PAGE, url: 'https://minid.no/finnes-ikke' }],
    ['a login page', pageReport('login', 'sms-selected'), { ...PAGE, url: 'https://login.idporten.no/authorize/login?state=1' }],
    ['an e-ID chooser', pageReport('chooser', 'sms-selected'), { ...PAGE, url: 'https://login.idporten.no/authorize/selector' }],
  ])('does not remember %s', async (_name, report, sender) => {
    await send(report, sender);
    expect(await place()).toBeUndefined();
  });

  it('forgets it on "Start på nytt"', async () => {
    await send(pageReport('settings', 'pin-selected'), PAGE);
    expect(await place()).toBe('https://profil.minid.no/innlogging');
    await send(popupMessage({ type: 'start-over' }), POPUP);
    expect(await place()).toBeUndefined();
  });
});

describe('background: the first question (issue 21)', () => {
  it('takes the answer, turns guardian mode on for a guardian, and counts the route’s steps', async () => {
    await send(popupMessage({ type: 'answer', situation: 'guardian' }), POPUP);
    const { state } = readState(await stored());
    expect(state.guardian).toBe(true);
    expect(state.people[0]!.progress).toMatchObject({ situation: 'guardian', path: 'back-in' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('5'));
  });

  it('gives the hint the guardian’s words in guardian mode, and the usual words otherwise', async () => {
    await send(popupMessage({ type: 'set-language', language: 'nb' }), POPUP);
    const words = async () => ((await send(hintSetupRequest(), PAGE))[0] as { texts: Record<string, string> }).texts;
    expect((await words())['hint.choose.why']).toBe(HINT_TEXT.nb['hint.choose.why']);
    await send(popupMessage({ type: 'answer', situation: 'guardian' }), POPUP);
    const guardian = await words();
    expect(guardian['hint.choose.why']).toBe(HINT_TEXT.nb['guardian.hint.choose.why']);
    expect(guardian['hint.mobile.why']).toMatch(/ditt eget mobilnummer/);
    // Every key is still sent, as hint-text.ts has it.
    expect(Object.keys(guardian).sort()).toEqual(Object.keys(HINT_TEXT.nb).sort());
  });
});

describe('background: a code asked by SMS counts only inside the popup’s flow, for the person selected (issue 22)', () => {
  const LOGIN = { ...PAGE, url: 'https://login.idporten.no/authorize/minid/otc' };
  const codeAsked = pageReport('login', 'sms-code-asked');
  const allMarks = async (person = 0) => Object.keys(readState(await stored()).state.people[person]?.progress.marks ?? {}).sort();

  it('with no flow started, ticks nothing (and the badge stays as it was)', async () => {
    await send(pageReport('settings', 'sms-saved'), PAGE);
    const before = await allMarks();
    await send(codeAsked, LOGIN);
    expect(await allMarks()).toEqual(before);
    expect(before).not.toContain('sms-first-login');
  });

  it('inside the flow, ticks the login steps and nothing else', async () => {
    await send(popupMessage({ type: 'opened-settings' }), POPUP);
    await send(codeAsked, LOGIN);
    expect(await allMarks()).toEqual(['back-in-login', 'sms-first-login']);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('4'));
  });

  it('only from a login page or an e-ID chooser, even inside the flow', async () => {
    await send(popupMessage({ type: 'opened-settings' }), POPUP);
    for (const url of ['https://minid.no/hjelp', 'https://profil.minid.no/innlogging', 'https://minprofil.kontaktregisteret.no/']) await send(codeAsked, { ...PAGE, url });
    expect(await allMarks()).toEqual([]);
    await send(codeAsked, { ...PAGE, url: 'https://login.idporten.no/authorize/selector' });
    expect(await allMarks()).toEqual(['back-in-login', 'sms-first-login']);
  });

  it('a guardian who logs in as themself while a ward is selected, with no flow for the ward: nothing ticked', async () => {
    await send(popupMessage({ type: 'add-person', nickname: 'Mor' }), POPUP);
    await send(codeAsked, LOGIN);
    // The flow started for the guardian themself, then the ward selected: still not the ward's.
    await send(popupMessage({ type: 'select-person', id: 'me' }), POPUP);
    await send(popupMessage({ type: 'opened-settings' }), POPUP);
    await send(popupMessage({ type: 'select-person', id: 'p1' }), POPUP);
    await send(codeAsked, LOGIN);
    expect(await allMarks(1)).toEqual([]);
    expect(await allMarks(0)).toEqual([]);
  });

  it('the flow started for the ward ticks the ward’s login steps, and no one else’s', async () => {
    await send(popupMessage({ type: 'add-person', nickname: 'Mor' }), POPUP);
    await send(popupMessage({ type: 'opened-settings' }), POPUP);
    await send(codeAsked, LOGIN);
    expect(await allMarks(1)).toEqual(['back-in-login', 'sms-first-login']);
    expect(await allMarks(0)).toEqual([]);
  });

  it('no longer after half an hour', async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    try {
      await send(popupMessage({ type: 'opened-settings' }), POPUP);
      vi.setSystemTime(1_000_000 + 31 * 60_000);
      await send(codeAsked, LOGIN);
      expect(await allMarks()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
