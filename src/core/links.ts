/**
 * Where the popup, the guide and the on-page hint send people. Every address
 * is on an official host or an official app store; the settings page is the
 * one listed in sites.ts.
 * Sources: docs/PAGES.md ("Hosts", "Locked out", "Help and contact").
 */

/**
 * MinID user support (docs/PAGES.md "Help and contact"). Constants of their
 * own so the on-page hint can import these two and nothing else of this file.
 */
export const HELP_PHONE_HREF = 'tel:+4780030300';
export const HELP_SITE_HREF = 'https://minid.no/';

export const LINKS = {
  /**
   * "Min profil" for MinID. The least certain address we have: it rests on one
   * unmerged 2025 commit to minid.no, and that the login-method choice lives
   * there is inferred (the letter's brukerprofil.difi.no/minprofil/minid/ is
   * verified only for 2022–23). So this is the one place it is written, and
   * the popup and the guide always say what to do when it does not work.
   */
  settings: 'https://profil.minid.no/',
  /** Create the MinID user (again) with an activation letter. */
  register: 'https://registrer.minid.no/',
  /** New MinID users order an activation letter here; not for a reset. */
  orderLetter: 'https://aktiveringsbrev.minid.no/order',
  helpPages: HELP_SITE_HREF,
  phone: HELP_PHONE_HREF,
  email: 'mailto:brukerstotte@digdir.no',
  googlePlay: 'https://play.google.com/store/apps/details?id=no.digdir.minid.authenticator',
  appStore: 'https://apps.apple.com/no/app/minid/id1555414999',
} as const;
