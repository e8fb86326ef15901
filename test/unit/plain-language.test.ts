/**
 * Plain Norwegian, measured. LIX (Björnsson's läsbarhetsindex) is the
 * readability score Norwegian plain-language work uses: average sentence
 * length plus the share of long words. Below 35 reads as easy text, the level
 * we promise the people PIN-fri is for. Surfaces: the on-page hint (hint/hint-text.ts),
 * the popup (popup-text.ts) and the printable guide (guide-text.ts). If a surface goes above the limit,
 * rewrite its texts (shorter sentences, commoner words); do not raise it.
 */
import { describe, expect, it } from 'vitest';
import { GUIDE_TEXT } from '../../src/core/guide-text';
import { HINT_TEXT } from '../../src/core/hint/hint-text';
import { MESSAGES } from '../../src/core/popup-text';
import { lix } from './lix';

const LIMIT = 35;

describe('lix', () => {
  it('counts words, sentences and long words as LIX defines them', () => {
    // 7 words, 2 sentences, 2 long words (innstillingene, mobilnummer).
    const result = lix(['Åpne innstillingene. Legg inn ditt mobilnummer nå.']);
    expect(result).toEqual({ words: 7, sentences: 2, longWords: 2, score: 7 / 2 + (100 * 2) / 7 });
  });

  it('counts a label without a full stop as one sentence, and a date as no sentence end', () => {
    expect(lix(['Vis meg']).sentences).toBe(1);
    expect(lix(['PIN-koder har ikke virket siden 1. januar 2023.']).sentences).toBe(1);
    expect(lix(['PIN-kodebrev']).words).toBe(1);
  });
});

type Surface = { name: string; texts: (lang: 'nb' | 'nn') => string[] };

const SURFACES: Surface[] = [
  { name: 'hint', texts: (lang) => Object.values(HINT_TEXT[lang]) },
  { name: 'popup', texts: (lang) => Object.values(MESSAGES[lang]) },
  { name: 'guide', texts: (lang) => Object.values(GUIDE_TEXT[lang]) },
];

describe(`every Norwegian surface reads at LIX ${LIMIT} or below`, () => {
  for (const surface of SURFACES) {
    for (const lang of ['nb', 'nn'] as const) {
      it(`${surface.name} (${lang})`, () => {
        const result = lix(surface.texts(lang));
        expect(result.words).toBeGreaterThan(0);
        expect(result.score, JSON.stringify(result)).toBeLessThanOrEqual(LIMIT);
      });
    }
  }
});

describe('the hint speaks in words that stand alone (issue 24)', () => {
  // A screen reader reads the hint's words in its live region, away from the page: "here" then points nowhere.
  it.each(['nb', 'nn', 'en'] as const)('%s: no "her", "hit" or "here"', (lang) => {
    for (const [key, text] of Object.entries(HINT_TEXT[lang])) expect(text, key).not.toMatch(/\b(her|hit|here)\b/i);
  });
});
