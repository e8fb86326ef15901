/**
 * Where the popup, the guide and the on-page hint send people. Every address
 * is on an official host or an official app store, and each has a row in
 * docs/PAGES.md ("Facts") with its source.
 * Sources: docs/PAGES.md ("Hosts", "Locked out", "Help and contact", "Facts").
 */
import { pageKindOfUrl } from './sites';

/**
 * MinID user support (docs/PAGES.md "Help and contact"). Constants of their
 * own so the on-page hint can import these two and nothing else of this file.
 */
// In international form, which dials the same from a Norwegian phone; not a claim that it answers from abroad.
export const HELP_PHONE_HREF = 'tel:+4780030300';
/** The help the 2022 letter names ("hjelpesidene våre på eid.difi.no"); minid.no's own help page only links on to it. */
export const HELP_SITE_HREF = 'https://eid.difi.no/nb/minid';

export const LINKS = {
  /**
   * MinID settings, as Digdir's 2022 letter gives them. Verified for 2022–23
   * only; where the choice lives today is not known for sure. So the popup
   * opens the place PIN-fri itself last saw the choice when it has one
   * (settingsAddress), and every surface names routes that work without it.
   */
  settings: 'https://brukerprofil.difi.no/minprofil/minid/',
  /** Create the MinID user (again) with an activation letter, on the web (the way without the app). */
  register: 'https://registrer.minid.no/',
  /** New MinID users order an activation letter here; not for a reset. */
  orderLetter: 'https://aktiveringsbrev.minid.no/order',
  helpPages: HELP_SITE_HREF,
  phone: HELP_PHONE_HREF,
  email: 'mailto:brukerstotte@digdir.no',
  googlePlay: 'https://play.google.com/store/apps/details?id=no.digdir.minid.authenticator',
  appStore: 'https://apps.apple.com/no/app/minid/id1555414999',
} as const;

/**
 * The place to remember for an address where the choice was seen: its https
 * origin and path only, never the query or the fragment (they may carry a
 * login's state). Null unless it is an official page PIN-fri runs on that is
 * neither a login page nor an e-ID chooser: those are never the settings.
 */
export function settingsPlaceOf(url: string): string | null {
  const kind = pageKindOfUrl(url);
  if (kind === null || kind === 'login' || kind === 'chooser') return null;
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname}`;
}

/** What "Åpne MinID-innstillinger" opens: where PIN-fri last saw the choice, else the letter's address. */
export function settingsAddress(settingsPlace: string | undefined): string {
  return settingsPlace ?? LINKS.settings;
}
