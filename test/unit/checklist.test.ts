import { describe, expect, it } from 'vitest';
import { applyReport, badgeText, emptyProgress, isDone, nextStep, PATH_STEPS, stepsLeft } from '../../src/core/checklist';
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
    expect(applyReport(before, pageReport('settings', 'not-found'), 2)).toBe(before);
    expect(applyReport(before, pageReport('contact', 'no-choice'), 2)).toBe(before);
  });

  it('keeps a tick the user made', () => {
    const p = { path: 'sms' as const, marks: { 'sms-choose': { by: 'user' as const, at: 5 } } };
    const after = applyReport(p, pageReport('settings', 'sms-saved'), 9);
    expect(after.marks['sms-choose']).toEqual({ by: 'user', at: 5 });
  });
});
