import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { defaultState, type StoredState } from '../../src/core/storage';
import { Popup } from '../../src/popup/Popup';

function stateWith(marks: StoredState['progress']['marks'], language: StoredState['language'] = null): StoredState {
  return { ...defaultState(), language, progress: { path: 'sms', marks } };
}

describe('Popup', () => {
  it('shows the SMS path, not started, in Bokmål by default', () => {
    render(<Popup model={{ state: defaultState(), problem: null }} uiLanguage="nb-NO" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('PIN-fri');
    expect(screen.getByText('PIN-koder har ikke virket siden 1. januar 2023.')).toBeTruthy();
    expect(screen.getByTestId('progress').textContent).toBe('Du har ikke begynt ennå.');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]?.getAttribute('aria-current')).toBe('step');
    expect(screen.getByText(/uavhengig av Digdir/)).toBeTruthy();
  });

  it('tells page evidence from the user’s own tick, and moves "next step" on', () => {
    const state = stateWith({
      'sms-open-settings': { by: 'page', at: 1 },
      'sms-choose': { by: 'user', at: 2 },
    });
    render(<Popup model={{ state, problem: null }} uiLanguage="nb" />);
    expect(screen.getByTestId('progress').textContent).toBe('Steg igjen: 3');
    expect(screen.getByText('Sett av PIN-fri på siden')).toBeTruthy();
    expect(screen.getByText('Du krysset av')).toBeTruthy();
    const current = screen.getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step');
    expect(current?.getAttribute('data-step')).toBe('sms-mobile');
  });

  it('uses the stored language over the browser’s', () => {
    render(<Popup model={{ state: stateWith({}, 'nn'), problem: null }} uiLanguage="en-US" />);
    expect(screen.getByText('PIN-kodar har ikkje verka sidan 1. januar 2023.')).toBeTruthy();
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('nn');
  });

  it('says plainly when stored progress had to be reset', () => {
    render(<Popup model={{ state: defaultState(), problem: 'corrupt' }} uiLanguage="en" />);
    expect(screen.getByRole('alert').textContent).toBe('Your saved progress could not be read. We started again.');
  });

  it('says "done" when every step is ticked', () => {
    const at = { by: 'page' as const, at: 1 };
    const state = stateWith({ 'sms-open-settings': at, 'sms-choose': at, 'sms-mobile': at, 'sms-save': at, 'sms-first-login': at });
    render(<Popup model={{ state, problem: null }} uiLanguage="nb" />);
    expect(screen.getByTestId('progress').textContent).toBe('Ferdig! Du bruker ikke PIN-kode lenger.');
  });
});
