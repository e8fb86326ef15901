import { describe, expect, it } from 'vitest';
import { GUIDE_TEXT } from '../../src/core/guide-text';
import { HINT_TEXT } from '../../src/core/hint/hint-text';
import { languageFromBrowser } from '../../src/core/language';
import { MESSAGES, t } from '../../src/core/popup-text';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every text in every language, with the same {placeholders} as Bokmål, and none empty. */
function expectSameTexts(table: Readonly<Record<'nb' | 'nn' | 'en', Readonly<Record<string, string>>>>) {
  const keys = Object.keys(table.nb);
  for (const lang of ['nn', 'en'] as const) {
    expect(Object.keys(table[lang]).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(placeholders(table[lang][key]!), `${lang}.${key}`).toEqual(placeholders(table.nb[key]!));
      expect(table[lang][key]!.trim(), `${lang}.${key}`).not.toBe('');
    }
  }
}

describe('messages', () => {
  it('has every message in nb, nn and en with the same placeholders', () => {
    expectSameTexts(MESSAGES);
  });

  it('has every hint text in nb, nn and en with the same placeholders', () => {
    expectSameTexts(HINT_TEXT);
  });

  it('has every guide text in nb, nn and en with the same placeholders', () => {
    expectSameTexts(GUIDE_TEXT);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('nb', 'stepsLeft', { n: 3 })).toBe('Steg igjen: 3');
    expect(t('en', 'stepsLeft')).toBe('Steps left: {n}');
  });

  it('says it is independent of Digdir in every language', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) expect(t(lang, 'independent')).toMatch(/Digdir/);
  });
});

describe('languageFromBrowser', () => {
  it.each([
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['no_NO', 'nb'],
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['en-GB', 'en'],
    ['en', 'en'],
    ['de', 'nb'],
    [undefined, 'nb'],
  ])('%s → %s', (ui, lang) => {
    expect(languageFromBrowser(ui)).toBe(lang);
  });
});
