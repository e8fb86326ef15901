import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_STEPS,
  answer,
  applyReport,
  BACK_IN_MEANS,
  badgeText,
  emptyProgress,
  isDone,
  isStarted,
  LOGIN_STEPS,
  nextStep,
  PATH_IDS,
  PATH_STEPS,
  ROUTE_PATHS,
  routeOf,
  sayMethod,
  SITUATIONS,
  STEP_SOURCES,
  stepsLeft,
  switchPath,
  toggleStep,
  type Progress,
} from '../../src/core/checklist';
import { pageReport } from '../../src/core/messages';
import { PAGE_STATUSES, type PageStatus } from '../../src/core/page-status';

describe('checklist', () => {
  it('keeps each path to five steps or fewer', () => {
    for (const steps of Object.values(PATH_STEPS)) expect(steps.length).toBeLessThanOrEqual(5);
  });

  it('starts empty: no badge, every step left', () => {
    const p = emptyProgress();
    expect(badgeText(p)).toBe('');
    expect(stepsLeft(p)).toBe(5);
    expect(nextStep(p)).toBe('sms-open-settings');
  });

  it('ticks steps from page evidence and counts down', () => {
    let p = applyReport(emptyProgress(), pageReport('settings', 'pin-selected'), 1);
    expect(p.marks['sms-open-settings']).toEqual({ by: 'page', at: 1 });
    expect(badgeText(p)).toBe('4');
    p = applyReport(p, pageReport('settings', 'sms-selected'), 2);
    expect(nextStep(p)).toBe('sms-mobile');
    p = applyReport(p, pageReport('settings', 'sms-saved'), 3);
    expect(nextStep(p)).toBe('sms-first-login');
    expect(badgeText(p)).toBe('1');
    p = applyReport(p, pageReport('login', 'sms-code-asked'), 4);
    expect(isDone(p)).toBe(true);
    expect(badgeText(p)).toBe('✓');
  });

  it('a login that asks for the code from SMS ticks the login steps and nothing else, on any path (issue 22)', () => {
    for (const path of PATH_IDS) {
      const p = applyReport(emptyProgress(path), pageReport('login', 'sms-code-asked'), 4);
      expect(Object.keys(p.marks).sort(), path).toEqual(['back-in-login', 'sms-first-login']);
      expect(isDone(p), path).toBe(false);
      expect(badgeText(p), path).not.toBe('✓');
    }
    expect(LOGIN_STEPS).toEqual(['sms-first-login', 'back-in-login']);
    // It unticks nothing either: what a settings page proved stays.
    const saved = applyReport(emptyProgress(), pageReport('settings', 'sms-saved'), 1);
    const after = applyReport(saved, pageReport('login', 'sms-code-asked'), 2);
    for (const step of Object.keys(saved.marks) as (keyof typeof saved.marks)[]) expect(after.marks[step], step).toBeDefined();
  });

  it('unticks page evidence when the page later shows PIN chosen again', () => {
    let p = applyReport(emptyProgress(), pageReport('settings', 'sms-saved'), 1);
    p = applyReport(p, pageReport('settings', 'pin-selected'), 2);
    expect(p.marks['sms-choose']).toBeUndefined();
    expect(p.marks['sms-save']).toBeUndefined();
    expect(p.marks['sms-open-settings']?.at).toBe(2);
  });

  it('never lets "cannot tell" tick or untick anything', () => {
    const before = applyReport(emptyProgress(), pageReport('settings', 'sms-saved'), 1);
    const unreadable = applyReport(before, pageReport('settings', 'not-found'), 2);
    expect(unreadable.marks).toEqual(before.marks);
    // …but it is remembered, so the popup can say "PIN-fri could not read the page".
    expect(unreadable.lastLook).toEqual({ at: 2, readable: false });
    expect(applyReport(unreadable, pageReport('settings', 'sms-saved'), 3).lastLook).toEqual({ at: 3, readable: true });
  });

  it('lets the user tick and untick any step, page evidence too', () => {
    let p = toggleStep(emptyProgress(), 'sms-mobile', 7);
    expect(p.marks['sms-mobile']).toEqual({ by: 'user', at: 7 });
    p = applyReport(p, pageReport('settings', 'sms-selected'), 8);
    p = toggleStep(p, 'sms-choose', 9);
    expect(p.marks['sms-choose']).toBeUndefined();
    p = toggleStep(p, 'sms-mobile', 10);
    expect(p.marks['sms-mobile']).toBeUndefined();
  });

  it('switches path and keeps the ticks of both paths', () => {
    let p = toggleStep(emptyProgress(), 'sms-open-settings', 1);
    p = switchPath(p, 'app');
    expect(stepsLeft(p)).toBe(3);
    expect(nextStep(p)).toBe('app-install');
    p = switchPath(toggleStep(p, 'app-install', 2), 'sms');
    expect(p.marks['app-install']).toBeDefined();
    expect(nextStep(p)).toBe('sms-choose');
    expect(switchPath(p, 'sms')).toBe(p);
  });

  it('keeps a tick the user made', () => {
    const p = { path: 'sms' as const, marks: { 'sms-choose': { by: 'user' as const, at: 5 } } };
    const after = applyReport(p, pageReport('settings', 'sms-saved'), 9);
    expect(after.marks['sms-choose']).toEqual({ by: 'user', at: 5 });
  });
});

describe('the way back in (PIN codes stopped working, cannot log in)', () => {
  const at = (progress: Progress, ...statuses: PageStatus[]) =>
    statuses.reduce((p, status, i) => applyReport(p, pageReport(status === 'sms-code-asked' ? 'login' : 'settings', status), 10 + i), progress);

  it('is a third path of five steps, each with a source', () => {
    expect(PATH_IDS).toEqual(['sms', 'app', 'back-in', 'back-in-app']);
    const p = emptyProgress('back-in');
    expect(stepsLeft(p)).toBe(5);
    expect(nextStep(p)).toBe('back-in-call');
    for (const step of PATH_STEPS['back-in']) expect(STEP_SOURCES[step], step).toBeDefined();
    expect(new Set(ALL_STEPS).size).toBe(ALL_STEPS.length);
  });

  it('is ticked by hand, step by step, with the badge counting down', () => {
    let p = toggleStep(emptyProgress('back-in'), 'back-in-call', 1);
    expect(badgeText(p)).toBe('4');
    expect(nextStep(p)).toBe('back-in-letter');
    p = toggleStep(toggleStep(p, 'back-in-letter', 2), 'back-in-create', 3);
    expect(nextStep(p)).toBe('back-in-sms');
    expect(badgeText(p)).toBe('2');
  });

  it('a settings page seen logged in proves a MinID user that works: no reset needed', () => {
    const p = at(emptyProgress('back-in'), 'pin-selected');
    expect(Object.keys(p.marks).filter((s) => s.startsWith('back-in')).sort()).toEqual([...BACK_IN_MEANS].sort());
    expect(nextStep(p)).toBe('back-in-sms');
  });

  it('SMS saved ticks choosing SMS; a code asked by SMS at login finishes the path', () => {
    let p = at(emptyProgress('back-in'), 'sms-saved');
    expect(nextStep(p)).toBe('back-in-login');
    expect(badgeText(p)).toBe('1');
    p = at(p, 'sms-code-asked');
    expect(isDone(p)).toBe(true);
    expect(badgeText(p)).toBe('✓');
  });

  it('a page that later shows PIN chosen unticks the SMS step it had proved, never the user’s', () => {
    const byPage = at(emptyProgress('back-in'), 'sms-saved', 'pin-selected');
    expect(byPage.marks['back-in-sms']).toBeUndefined();
    const byUser = at(toggleStep(emptyProgress('back-in'), 'back-in-sms', 1), 'pin-selected');
    expect(byUser.marks['back-in-sms']).toEqual({ by: 'user', at: 1 });
  });
});

describe('other saved methods (docs/PAGES.md, "Login methods")', () => {
  const report = (p: Progress, status: PageStatus, now: number) => applyReport(p, pageReport('settings', status), now);

  it('the MinID app saved finishes the app path and shows it, puts the person off PIN, and leaves the SMS choices as they were', () => {
    const sms = toggleStep(emptyProgress('sms'), 'sms-mobile', 1);
    const p = report(sms, 'app-saved', 2);
    expect(p.path).toBe('app');
    expect(PATH_STEPS.app.map((s) => p.marks[s]?.by)).toEqual(['page', 'page', 'page']);
    // Logged in to the settings: that much of the SMS path is proved too; nothing else of it.
    expect(Object.keys(p.marks).filter((s) => s.startsWith('sms')).sort()).toEqual(['sms-mobile', 'sms-open-settings']);
    expect(p.otherMethod).toEqual({ method: 'app', at: 2 });
    expect(routeOf(p)).toBe('off-pin');
    expect(isDone(p)).toBe(true);
    expect(badgeText(p)).toBe('✓');
  });

  it.each([
    ['totp-saved', 'totp'],
    ['webauthn-saved', 'webauthn'],
  ] as const)('%s: done on any path, said as such, with no next step', (status, method) => {
    for (const path of PATH_IDS) {
      const p = report(emptyProgress(path), status, 5);
      expect(p.otherMethod).toEqual({ method, at: 5 });
      expect(p.path).toBe(path);
      expect(isStarted(p)).toBe(true);
      expect(isDone(p)).toBe(true);
      expect(nextStep(p)).toBeNull();
      expect(badgeText(p)).toBe('✓');
    }
  });

  it.each<PageStatus>(['pin-selected', 'none-selected', 'sms-saved'])('forgets the other method when a page later shows %s', (status) => {
    const p = report(report(emptyProgress(), 'totp-saved', 1), status, 2);
    expect(p.otherMethod).toBeUndefined();
  });

  it('the app seen saved after an authenticator: the app, as seen last', () => {
    expect(report(report(emptyProgress(), 'totp-saved', 1), 'app-saved', 2).otherMethod).toEqual({ method: 'app', at: 2 });
  });

  it.each<PageStatus>(['other-selected', 'sms-selected', 'unknown', 'not-found', 'page-missing', 'sms-code-asked'])(
    'keeps the other method when a page shows %s',
    (status) => {
      const p = report(report(emptyProgress(), 'webauthn-saved', 1), status, 2);
      expect(p.otherMethod).toEqual({ method: 'webauthn', at: 1 });
    },
  );

  it('SMS seen saved shows the SMS path to someone who had picked the app, and keeps the way back in', () => {
    expect(report(emptyProgress('app'), 'sms-saved', 1).path).toBe('sms');
    expect(report(emptyProgress('back-in'), 'sms-saved', 1).path).toBe('back-in');
    // Only what is saved moves the path: a choice not yet saved does not.
    expect(report(emptyProgress('app'), 'sms-selected', 1).path).toBe('app');
  });

  it('"other-selected" never unticks the app path', () => {
    const p = report(report(emptyProgress('app'), 'app-saved', 1), 'other-selected', 2);
    expect(isDone(p)).toBe(true);
  });

  it('an error page on an official host ("page-missing") is "can’t tell": no tick, no untick', () => {
    const before = report(emptyProgress(), 'sms-saved', 1);
    const after = report(before, 'page-missing', 2);
    expect(after.marks).toEqual(before.marks);
    expect(after.lastLook).toEqual({ at: 2, readable: false });
  });

  it('"can’t tell" never ticks nor unticks, whatever came before (property)', () => {
    const status = fc.constantFrom(...PAGE_STATUSES);
    fc.assert(
      fc.property(fc.array(status, { maxLength: 8 }), fc.constantFrom(...PATH_IDS), fc.constantFrom<PageStatus>('not-found', 'page-missing'), (seen, path, blind) => {
        const before = seen.reduce((p, s, i) => report(p, s, i + 1), emptyProgress(path));
        const after = report(before, blind, 100);
        expect(after.marks).toEqual(before.marks);
        expect(after.path).toBe(before.path);
        expect(after.otherMethod).toEqual(before.otherMethod);
        expect(after.lastLook).toEqual({ at: 100, readable: false });
      }),
    );
  });
});


describe('where the person stands (issue 21): the first question and its routes', () => {
  const report = (p: Progress, status: PageStatus, now: number) => applyReport(p, pageReport('settings', status), now);

  it('asks first: no route, nothing started, no badge', () => {
    const p = emptyProgress();
    expect(routeOf(p)).toBeNull();
    expect(isStarted(p)).toBe(false);
    expect(badgeText(p)).toBe('');
  });

  it.each([
    ['other-eid', 'sms', 5],
    ['locked-out', 'back-in-app', 5],
    ['guardian', 'back-in', 5],
  ] as const)('%s starts on its first path (%s), with its steps to go', (situation, path, left) => {
    const p = answer(emptyProgress(), situation);
    expect(routeOf(p)).toBe(situation);
    expect(p.path).toBe(path);
    expect(ROUTE_PATHS[situation][0]).toBe(path);
    expect(badgeText(p)).toBe(String(left));
  });

  it('off PIN: nothing to change, a ✓, and the method the person says', () => {
    const p = sayMethod(answer(emptyProgress(), 'off-pin'), 'app');
    expect(routeOf(p)).toBe('off-pin');
    expect(nextStep(p)).toBeNull();
    expect(badgeText(p)).toBe('✓');
    expect(p.saidMethod).toBe('app');
    expect(sayMethod(p, null).saidMethod).toBeUndefined();
  });

  it('the way back in offers the app first; a guardian gets no app path at all', () => {
    expect(ROUTE_PATHS['locked-out']).toEqual(['back-in-app', 'back-in']);
    expect(ROUTE_PATHS.guardian).not.toContain('app');
    expect(ROUTE_PATHS.guardian).not.toContain('back-in-app');
    for (const step of PATH_STEPS['back-in-app']) expect(STEP_SOURCES[step], step).toBeDefined();
  });

  it('answering again keeps every tick, and keeps a path the route offers', () => {
    const ticked = toggleStep(answer(emptyProgress(), 'other-eid'), 'sms-choose', 1);
    const asked = answer(ticked, null);
    expect(routeOf(asked)).toBeNull();
    expect(asked.marks).toEqual(ticked.marks);
    const guardian = answer(asked, 'guardian');
    expect(guardian.path).toBe('sms');
    expect(guardian.marks).toEqual(ticked.marks);
    expect(answer(guardian, 'locked-out').path).toBe('back-in-app');
  });

  it.each(['app-saved', 'totp-saved', 'webauthn-saved'] as const)('a page showing %s moves any answer to off PIN', (status) => {
    for (const situation of SITUATIONS) {
      const p = report(answer(emptyProgress(), situation), status, 3);
      expect(routeOf(p)).toBe('off-pin');
      expect(p.situation).toBe(situation);
    }
  });

  it('a page showing PIN chosen moves "already off PIN" to the settings route, and forgets a method seen before', () => {
    const p = report(report(answer(emptyProgress(), 'off-pin'), 'app-saved', 1), 'pin-selected', 2);
    expect(p.otherMethod).toBeUndefined();
    expect(routeOf(p)).toBe('other-eid');
    expect(p.path).toBe('sms');
    // Any other answer stands.
    expect(routeOf(report(answer(emptyProgress(), 'guardian'), 'pin-selected', 2))).toBe('guardian');
  });

  it('page evidence before an answer ticks steps but answers for nobody: the person still meets the question', () => {
    const p = report(emptyProgress(), 'pin-selected', 1);
    expect(routeOf(p)).toBeNull();
    expect(p.marks['sms-open-settings']?.by).toBe('page');
    expect(routeOf(answer(p, 'other-eid'))).toBe('other-eid');
  });

  it('the app registered on the way back in: the app seen saved finishes it', () => {
    const p = report(answer(emptyProgress(), 'locked-out'), 'app-saved', 4);
    expect(p.path).toBe('back-in-app');
    expect(PATH_STEPS['back-in-app'].every((step) => p.marks[step]?.by === 'page')).toBe(true);
  });

  it('SMS saved on the way back in by app shows the SMS way back in; a guardian is never moved to the app', () => {
    expect(report(answer(emptyProgress(), 'locked-out'), 'sms-saved', 1).path).toBe('back-in');
    expect(report(answer(emptyProgress(), 'guardian'), 'app-saved', 1).path).toBe('back-in');
  });
});
