import { describe, expect, it } from 'vitest';
import { languageFromBrowser, MESSAGES, t } from '../../src/core/i18n';

describe('messages', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every message in nb, nn and en with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.nb);
    for (const lang of ['nn', 'en'] as const) {
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const k = key as keyof typeof MESSAGES.nb;
        expect(placeholders(MESSAGES[lang][k]), `${lang}.${key}`).toEqual(placeholders(MESSAGES.nb[k]));
        expect(MESSAGES[lang][k].trim(), `${lang}.${key}`).not.toBe('');
      }
    }
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
