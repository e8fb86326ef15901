/**
 * The fixed words a content script may say about a page. Their own module,
 * below both the checklist (which reads them as evidence) and the messages
 * (which carry them), so neither has to import the other.
 */

/**
 * What the content script saw, in fixed words only: never page text, never
 * an input's value.
 * - sms-selected / pin-selected / other-selected / none-selected: the option
 *   was found and this is what is chosen right now;
 * - sms-saved: the user saved while "Kode på SMS" was chosen;
 * - not-found: a settings page, but the option could not be found after the
 *   page settled (we cannot tell);
 * - sms-code-asked: a login page asks for the code from SMS (proof SMS is on);
 * - app-saved / totp-saved / webauthn-saved: a settings page shows the MinID
 *   app, an authenticator app or a security key as the saved method;
 * - page-missing: an official page that is an error or "not found" page (we cannot tell).
 */
export const PAGE_STATUSES = [
  'sms-selected',
  'pin-selected',
  'other-selected',
  'none-selected',
  'unknown',
  'sms-saved',
  'not-found',
  'sms-code-asked',
  'app-saved',
  'totp-saved',
  'webauthn-saved',
  'page-missing',
] as const;

export type PageStatus = (typeof PAGE_STATUSES)[number];

/**
 * The reports that show the login-method choice itself (what is chosen or
 * saved). "Cannot tell", an error page and a login asking for a code do not.
 */
const SHOWS_CHOICE: ReadonlySet<PageStatus> = new Set<PageStatus>([
  'sms-selected',
  'pin-selected',
  'other-selected',
  'none-selected',
  'sms-saved',
  'app-saved',
  'totp-saved',
  'webauthn-saved',
]);

export function showsChoice(status: PageStatus): boolean {
  return SHOWS_CHOICE.has(status);
}

/**
 * Where a report can prove what it says: the kind of the address the browser
 * gives for the page that sent it (the address its document was loaded at,
 * not where a script has since moved it; SECURITY.md says how far each
 * browser holds that). Anywhere else it proves nothing, and ticks and unticks nothing.
 * - settings: what is chosen or saved: only a page first loaded at a
 *   settings address; a choice drawn on a help page (by a script, say) is no
 *   one's setting;
 * - login: a code asked by SMS: a login page or an e-ID chooser, and only
 *   inside the flow the popup started for the person (background/pages.ts);
 * - any: "could not read" (an error page, no choice found, or a page that
 *   kept changing the hint): it ticks and unticks nothing, and only makes the
 *   popup say PIN-fri could not read the page, with the help, which is true
 *   wherever the guard withdrew the hint (a login page's too).
 */
export const PROVEN_ON: Readonly<Record<PageStatus, 'settings' | 'login' | 'any'>> = {
  'sms-selected': 'settings',
  'pin-selected': 'settings',
  'other-selected': 'settings',
  'none-selected': 'settings',
  unknown: 'settings',
  'sms-saved': 'settings',
  'not-found': 'any',
  'sms-code-asked': 'login',
  'app-saved': 'settings',
  'totp-saved': 'settings',
  'webauthn-saved': 'settings',
  'page-missing': 'any',
};
