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
