/**
 * Where PIN-fri sends people (issue 21): no guessed address offered as fact,
 * help where the help is, and "Åpne MinID-innstillinger" opening the place
 * PIN-fri itself saw the choice, as origin and path only.
 */
import { describe, expect, it } from 'vitest';
import { HELP_SITE_HREF, LINKS, settingsAddress, settingsPlaceOf } from '../../src/core/links';
import { PAGE_STATUSES, showsChoice } from '../../src/core/page-status';
import { isOfficialUrl } from '../../src/core/sites';

describe('links', () => {
  it('offers the letter’s settings address, never the unsourced profil.minid.no', () => {
    expect(LINKS.settings).toBe('https://brukerprofil.difi.no/minprofil/minid/');
    expect(Object.values(LINKS).join(' ')).not.toMatch(/profil\.minid\.no/);
  });

  it('sends help to eid.difi.no/nb/minid, the help the letter names', () => {
    expect(HELP_SITE_HREF).toBe('https://eid.difi.no/nb/minid');
  });

  it('every web address is https on an official host or an app store', () => {
    for (const url of Object.values(LINKS).filter((u) => u.startsWith('http'))) {
      expect(isOfficialUrl(url) || /^https:\/\/(play\.google\.com|apps\.apple\.com)\//.test(url), url).toBe(true);
    }
  });
});

describe('settingsPlaceOf', () => {
  it.each([
    ['https://brukerprofil.difi.no/minprofil/minid/?code=1#x', 'https://brukerprofil.difi.no/minprofil/minid/'],
    ['https://profil.minid.no/innlogging?saved=sms', 'https://profil.minid.no/innlogging'],
    ['https://minid.no/hjelp', 'https://minid.no/hjelp'],
  ])('%s → %s', (url, place) => {
    expect(settingsPlaceOf(url)).toBe(place);
  });

  it.each([
    'https://login.idporten.no/authorize/selector',
    'https://login.minid.no/',
    'http://brukerprofil.difi.no/minprofil/minid/',
    'https://brukerprofil.difi.no.evil.example/minprofil/minid/',
    'https://user:pw@brukerprofil.difi.no/minprofil/minid/',
    'https://aktiveringsbrev.minid.no/order',
    'not a url',
  ])('refuses %s', (url) => {
    expect(settingsPlaceOf(url)).toBeNull();
  });

  it('only reports that show the choice count', () => {
    expect(PAGE_STATUSES.filter(showsChoice)).toEqual(['sms-selected', 'pin-selected', 'other-selected', 'none-selected', 'sms-saved', 'app-saved', 'totp-saved', 'webauthn-saved']);
  });

  it('"Åpne MinID-innstillinger" opens the place seen, else the letter’s address', () => {
    expect(settingsAddress(undefined)).toBe(LINKS.settings);
    expect(settingsAddress('https://profil.minid.no/innlogging')).toBe('https://profil.minid.no/innlogging');
  });
});
