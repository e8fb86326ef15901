/**
 * What the background makes of official pages beyond the checklist's evidence:
 * where the settings are (remembered from where PIN-fri saw the choice), and
 * the hint's words for the person (the guardian's variant in guardian mode).
 * Pure, so the unit tests need no browser.
 */
import { HINT_TEXT, type HintTextKey } from '../core/hint/hint-text';
import type { Language } from '../core/language';
import { settingsPlaceOf, showsChoice } from '../core/links';
import type { PageReport } from '../core/messages';
import type { StoredState } from '../core/storage';

/** The hint's words a guardian reads instead (SMS with the guardian's own number): guardian.<key> replaces <key>. */
const GUARDIAN_PREFIX = 'guardian.';

/**
 * The hint's words for one language, in the guardian's variant where a text
 * has one. Every key is sent as it is in hint-text.ts, so the page's check of
 * the words never depends on guardian mode.
 */
export function hintTexts(language: Language, guardian: boolean): Record<HintTextKey, string> {
  const texts = { ...HINT_TEXT[language] };
  if (!guardian) return texts;
  for (const key of Object.keys(texts) as HintTextKey[]) {
    if (key.startsWith(GUARDIAN_PREFIX)) texts[key.slice(GUARDIAN_PREFIX.length) as HintTextKey] = texts[key];
  }
  return texts;
}

/**
 * Remember where PIN-fri saw the login-method choice (origin and path of the
 * browser's sender URL, never the page's word), so "Åpne MinID-innstillinger"
 * opens a place known to work. Only reports that show the choice count.
 */
export function withSettingsPlace(state: StoredState, report: PageReport, senderUrl: string): StoredState {
  if (!showsChoice(report.status)) return state;
  const place = settingsPlaceOf(senderUrl);
  return place === null || place === state.settingsPlace ? state : { ...state, settingsPlace: place };
}

