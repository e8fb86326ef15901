import { describe, expect, it } from 'vitest';
import { applyReport, badgeText, emptyProgress, isDone, nextStep, PATH_STEPS, stepsLeft, switchPath, toggleStep } from '../../src/core/checklist';
import { pageReport } from '../../src/core/messages';

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
    expect(applyReport(before, pageReport('contact', 'no-choice'), 2)).toBe(before);
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
