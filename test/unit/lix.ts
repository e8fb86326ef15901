/** LIX, the readability score Norwegian plain-language work uses (see plain-language.test.ts). */
export interface Lix {
  words: number;
  sentences: number;
  longWords: number;
  score: number;
}

/**
 * LIX over a set of short texts (UI messages). Each message is at least one
 * sentence, so a button label or a title counts as one short sentence, which is
 * how a reader meets it. Sentences end at . ! or ?, but not the dot of a date
 * ("1. januar"). A word is a run of letters or digits (with inner hyphens:
 * "PIN-kodebrev" is one word); long means more than six letters.
 */
export function lix(texts: readonly string[]): Lix {
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  for (const raw of texts) {
    const text = raw.replace(/\{\w+\}/g, 'x');
    const found = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
    words += found.length;
    longWords += found.filter((word) => (word.match(/\p{L}/gu) ?? []).length > 6).length;
    const parts = text.split(/(?<!\d)[.!?]+(?=\s|$)/).filter((part) => /[\p{L}\p{N}]/u.test(part));
    sentences += Math.max(1, parts.length);
  }
  const score = words === 0 ? 0 : words / sentences + (100 * longWords) / words;
  return { words, sentences, longWords, score };
}
