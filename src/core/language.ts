/**
 * PIN-fri's languages and how to pick one from the browser's. Its own module,
 * so the content script can use it without carrying the popup's texts.
 */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, as a person looks for it in a list. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/**
 * The language to use when the user has not chosen: the browser's, mapped to
 * ours. Chrome may call Bokmål "no"; any other Norwegian falls back to Bokmål.
 */
export function languageFromBrowser(uiLanguage: string | undefined): Language {
  const tag = (uiLanguage ?? '').toLowerCase().replace('_', '-');
  if (tag === 'nn' || tag.startsWith('nn-')) return 'nn';
  if (tag === 'nb' || tag.startsWith('nb-') || tag === 'no' || tag.startsWith('no-')) return 'nb';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return 'nb';
}
