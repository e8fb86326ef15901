import { describe, expect, it } from 'vitest';
import { defaultState, readState, STATE_VERSION } from '../../src/core/storage';

describe('readState', () => {
  it('gives the default for a fresh install, with no problem to report', () => {
    expect(readState(undefined)).toEqual({ state: defaultState(), problem: null });
  });

  it('reads back a valid state unchanged', () => {
    const state = { version: STATE_VERSION, progress: { path: 'app', marks: { 'app-install': { by: 'user', at: 3 } } }, language: 'nn' };
    expect(readState(state)).toEqual({ state, problem: null });
  });

  it.each([
    ['a string', '{"version":1'],
    ['a number', 42],
    ['an array', []],
    ['null', null],
    ['no version', { progress: {} }],
  ])('resets corrupt data (%s) and says so', (_name, raw) => {
    expect(readState(raw)).toEqual({ state: defaultState(), problem: 'corrupt' });
  });

  it('does not guess at a newer version', () => {
    expect(readState({ version: STATE_VERSION + 1, progress: {} })).toEqual({ state: defaultState(), problem: 'newer-version' });
  });

  it('keeps the valid marks and drops the rest', () => {
    const result = readState({
      version: STATE_VERSION,
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
    expect(result.state.progress.marks).toEqual({ 'sms-choose': { by: 'page', at: 10 } });
    expect(result.state.language).toBeNull();
  });
});
