/**
 * What the background makes of official pages beyond what the checklist
 * reads from a report: whether the report proves anything at all, where the
 * settings are (remembered from where PIN-fri saw the choice), and the hint's
 * words for the person (the guardian's variant in guardian mode).
 * Pure, so the unit tests need no browser.
 */
import { loginFlowRunning } from '../core/actions';
import { GUARDIAN_WORDS, HINT_TEXT, type HintTextKey } from '../core/hint/hint-text';
import type { Language } from '../core/language';
import { settingsPlaceOf } from '../core/links';
import { PROVEN_ON, showsChoice } from '../core/page-status';
import type { PageReport } from '../core/messages';
import { pageKindOfUrl } from '../core/sites';
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
 * The report, when it can prove what it says for the person selected now;
 * null when it proves nothing here (PROVEN_ON in core/page-status.ts). Judged
 * by the browser's sender URL, never by the page's word or the content
 * script's: this holds even if the content script were fooled.
 * - The choice counts only from a settings address. In both browsers the
 *   sender URL is where the document was loaded (Chrome) or where it was
 *   when PIN-fri's content script started (Firefox): a help page that
 *   pushStates to a settings path is still a help page here (SECURITY.md).
 * - A code asked by SMS counts only on a login page or an e-ID chooser, and
 *   only inside the flow the popup started for the selected person: the page
 *   cannot tell whose MinID logs in (a guardian logs in as themself too).
 */
export function countedReport(state: StoredState, report: PageReport, senderUrl: string, now: number): PageReport | null {
  const kind = pageKindOfUrl(senderUrl);
  switch (PROVEN_ON[report.status]) {
    case 'settings':
      return kind === 'settings' ? report : null;
    case 'login':
      return (kind === 'login' || kind === 'chooser') && loginFlowRunning(state, now) ? report : null;
    case 'any':
      return report;
  }
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

