import { describe, expect, it } from 'vitest';
import { hasExactKeys, isOneOf, isPlainObject, isRecord } from '../../src/core/record';

describe('the first checks on what PIN-fri did not build', () => {
  it('a record is an object with keys: not null, not an array', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    for (const value of [null, undefined, [], 'x', 1, true]) expect(isRecord(value)).toBe(false);
  });

  it('a plain object has no class and no odd prototype, as a copied message arrives', () => {
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(false);
    expect(isPlainObject(new Date(0))).toBe(false);
    expect(isPlainObject([])).toBe(false);
  });

  it('exactly these keys: none missing, none extra, in any order', () => {
    expect(hasExactKeys({ b: 1, a: 2 }, ['a', 'b'])).toBe(true);
    expect(hasExactKeys({ a: 1 }, ['a', 'b'])).toBe(false);
    expect(hasExactKeys({ a: 1, b: 2, c: 3 }, ['a', 'b'])).toBe(false);
    expect(hasExactKeys({ a: 1, c: 2 }, ['a', 'b'])).toBe(false);
    expect(hasExactKeys({ a: undefined }, ['a'])).toBe(true);
  });

  it('one of a list of words: only a word in the list, never a look-alike, another type or an inherited key', () => {
    const words = ['nb', 'nn', 'en'] as const;
    for (const word of words) expect(isOneOf(words, word)).toBe(true);
    const strangers: unknown[] = [
      'NB', ' nb', 'nb ', 'n', '', 'en-GB',
      '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'length', '0',
      0, 1, NaN, null, undefined, true, {}, [], ['nb'], new String('nb'), Symbol('nb'), 10n,
      { toString: () => 'nb' },
    ];
    for (const value of strangers) expect(isOneOf(words, value)).toBe(false);
    expect(isOneOf([], 'nb')).toBe(false);
  });

  it('narrows the value to the list\'s words, so the caller needs no cast', () => {
    const words = ['sms', 'app'] as const;
    const value: unknown = 'app';
    if (!isOneOf(words, value)) throw new Error('app is one of the words');
    const word: 'sms' | 'app' = value;
    expect(word).toBe('app');
  });
});
