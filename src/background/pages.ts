/**
 * What the background makes of official pages beyond the checklist's evidence:
 * where the settings are (remembered from where PIN-fri saw the choice), and
 * the hint's words for the person (the guardian's variant in guardian mode).
 * Pure, so the unit tests need no browser.
 */
import { GUARDIAN_WORDS, HINT_TEXT, type HintTextKey } from '../core/hint/hint-text';
import type { Language } from '../core/language';
import { settingsPlaceOf } from '../core/links';
import { showsChoice } from '../core/page-status';
import type { PageReport } from '../core/messages';
import type { StoredState } from '../core/storage';

/**
 * The hint's words for one language, in the guardian's variant where a text
 * has one. Every key is sent as it is in hint-text.ts, so the page's check of
 * the words never depends on guardian mode.
 */
export function hintTexts(language: Language, guardian: boolean): Record<HintTextKey, string> {
  const texts = { ...HINT_TEXT[language] };
  if (!guardian) return texts;
  // The guardian's words (SMS with the guardian's own number): guardian.hint.<words>.why replaces hint.<words>.why.
  for (const words of GUARDIAN_WORDS) texts[`hint.${words}.why`] = texts[`guardian.hint.${words}.why`];
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

