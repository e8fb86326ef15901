/**
 * Issue 14, item 7: no single part can blank the popup. A part that fails to
 * render says so in one plain sentence; the checklist and the help go on.
 */
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultState } from '../../src/core/storage';
import { Popup } from '../../src/popup/Popup';
import { ErrorBoundary } from '../../src/popup/ErrorBoundary';

const broken = vi.hoisted(() => ({ genuine: false, steps: false }));

vi.mock('../../src/core/genuine', async (original) => {
  const real = await original<typeof import('../../src/core/genuine')>();
  return {
    ...real,
    judgeUrl: (url: string) => {
      if (broken.genuine) throw new URIError('URI malformed');
      return real.judgeUrl(url);
    },
  };
});

vi.mock('../../src/core/popup-text', async (original) => {
  const real = await original<typeof import('../../src/core/popup-text')>();
  return {
    ...real,
    stepText: (...args: Parameters<typeof real.stepText>) => {
      if (broken.steps) throw new TypeError('no text');
      return real.stepText(...args);
    },
  };
});

afterEach(() => {
  broken.genuine = false;
  broken.steps = false;
});

const FAILED = 'Denne delen av PIN-fri virker ikke nå. Resten virker. Lukk og åpne PIN-fri igjen. Trenger du hjelp, ring 800 30 300.';

/** A person on the SMS route, so the checklist has steps to draw. */
const answered = { ...defaultState(), people: [{ id: 'me', nickname: '', progress: { path: 'sms' as const, marks: {}, situation: 'other-eid' as const } }] };

function showPopup() {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <Popup
      model={{ state: answered, problem: null, writable: true }}
      uiLanguage="nb"
      now={0}
      act={vi.fn(async () => ({ ok: true as const }))}
      openTab={vi.fn()}
      openGuide={vi.fn()}
      activeUrl="https://x:%zz@minid-login.example/"
    />,
  );
}

describe('a part that fails', () => {
  it('"Er dette den ekte ID-porten?" failing leaves the checklist and the help', () => {
    broken.genuine = true;
    showPopup();
    expect(document.querySelector('[data-section-failed]')?.textContent).toBe(FAILED);
    expect(document.querySelectorAll('[data-step]').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Ring MinID på 800 30 300' }).getAttribute('href')).toBe('tel:+4780030300');
  });

  it('the checklist failing leaves the address check and the help', () => {
    broken.steps = true;
    showPopup();
    expect(document.querySelector('[data-section-failed]')?.textContent).toBe(FAILED);
    expect(document.querySelector('[data-verdict="lookalike"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Ring MinID på 800 30 300' })).toBeTruthy();
  });

  it('the whole popup failing still gives the sentence and the help links', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = (): null => {
      throw new Error('broken');
    };
    render(
      <ErrorBoundary lang="en" help>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This part of PIN-fri does not work right now.');
    expect(screen.getByRole('link', { name: 'Call MinID on 800 30 300' }).getAttribute('href')).toBe('tel:+4780030300');
  });
});
