/**
 * Where the popup sends people. Every address is on an official host or an
 * official app store; the settings page is the one listed in sites.ts.
 * Sources: shared/DOMAIN.md ("Where the settings live", "Help and contact").
 */
export const LINKS = {
  /** "Min profil" for MinID, linked from minid.no since 2025 (where the choice lives is inferred). */
  settings: 'https://profil.minid.no/',
  helpPages: 'https://minid.no/',
  phone: 'tel:+4780030300',
  email: 'mailto:brukerstotte@digdir.no',
  googlePlay: 'https://play.google.com/store/apps/details?id=no.digdir.minid.authenticator',
  appStore: 'https://apps.apple.com/no/app/minid/id1555414999',
} as const;
