/**
 * Every replica page and the real URL it is served at. Test data, not product:
 * the product's own knowledge of hosts lives in src/core/sites.ts, and these
 * routes are written out by hand so a mistake there shows up as a failing test.
 *
 * `kind` is what the content script should write into data-pinfri-page (null:
 * it must not touch the page at all); `expectSms` says whether exactly one
 * element — the one the page marks with data-replica-expect="sms" — must get
 * data-pinfri-target="sms".
 */
import type { PageKind } from '../../src/core/sites';

export type ReplicaLang = 'nb' | 'nn' | 'en';

/** How the page is built. */
export type ReplicaBuild =
  /** Static HTML radios like the old brukerprofil.difi.no page. */
  | 'plain'
  /** Digdir's web components (@felleslosninger/minid-elements), rendered by app/minid.ts. */
  | 'elements';

export interface ReplicaRoute {
  id: string;
  url: string;
  build: ReplicaBuild;
  /** Which screen the page shows (see pages.ts / app/minid.ts). */
  screen:
    | 'settings'
    | 'settings-buttons'
    | 'settings-late'
    | 'settings-nested'
    | 'overview'
    | 'notifications'
    | 'login-otc'
    | 'login-password'
    | 'chooser'
    | 'contact'
    | 'help';
  lang: ReplicaLang;
  /** The login method the page loads with as saved. */
  saved?: 'letter' | 'sms';
  kind: PageKind | null;
  expectSms: boolean;
  /** The field the page marks with data-replica-expect="mobile" must get data-pinfri-target="mobile". */
  expectMobile?: boolean;
  /** The hint state the page must settle in, when the test is about a field (not the choice). */
  expectHint?: 'sms-active' | 'mobile';
  note: string;
}

const PLAIN = 'https://brukerprofil.difi.no/minprofil/minid/';
const PROFILE = 'https://profil.minid.no/innlogging';

const LANGS: readonly ReplicaLang[] = ['nb', 'nn', 'en'];
const withLocale = (base: string, lang: ReplicaLang, extra = ''): string => {
  const params = [lang === 'nb' ? '' : `locale=${lang}`, extra].filter(Boolean).join('&');
  return params ? `${base}?${params}` : base;
};

export const ROUTES: readonly ReplicaRoute[] = [
  ...LANGS.map(
    (lang): ReplicaRoute => ({
      id: `plain-${lang}`,
      url: withLocale(PLAIN, lang),
      build: 'plain',
      screen: 'settings',
      lang,
      saved: 'letter',
      kind: 'settings',
      expectSms: true,
      note: 'the 2017 design: radios name=login-preference, label[for], a mobile-number link, a notification checkbox',
    }),
  ),
  {
    id: 'plain-nb-saved-sms',
    url: withLocale(PLAIN, 'nb', 'saved=sms'),
    build: 'plain',
    screen: 'settings',
    lang: 'nb',
    saved: 'sms',
    kind: 'settings',
    expectSms: true,
    note: 'SMS already chosen and saved: the hint says so',
  },
  ...LANGS.map(
    (lang): ReplicaRoute => ({
      id: `elements-${lang}`,
      url: withLocale(PROFILE, lang),
      build: 'elements',
      screen: 'settings',
      lang,
      saved: 'letter',
      kind: 'settings',
      expectSms: true,
      note: 'mid-radio-group with mid-radio (label is slotted text; the input is in the shadow root)',
    }),
  ),
  {
    id: 'elements-buttons-nn',
    url: withLocale(PROFILE, 'nn', 'variant=buttons'),
    build: 'elements',
    screen: 'settings-buttons',
    lang: 'nn',
    saved: 'letter',
    kind: 'settings',
    expectSms: true,
    note: 'mid-radio-group with mid-radio-button (a <button role=radio> in the shadow root)',
  },
  {
    id: 'elements-late-nb',
    url: withLocale(PROFILE, 'nb', 'variant=late'),
    build: 'elements',
    screen: 'settings-late',
    lang: 'nb',
    saved: 'letter',
    kind: 'settings',
    expectSms: true,
    note: 'a spinner first; the choice renders after 1.5 s',
  },
  {
    id: 'elements-nested-en',
    url: withLocale(PROFILE, 'en', 'variant=nested'),
    build: 'elements',
    screen: 'settings-nested',
    lang: 'en',
    saved: 'letter',
    kind: 'settings',
    expectSms: true,
    note: 'the choice inside an app shell that has its own open shadow root',
  },
  {
    id: 'elements-saved-sms-nb',
    url: withLocale(PROFILE, 'nb', 'saved=sms'),
    build: 'elements',
    screen: 'settings',
    lang: 'nb',
    saved: 'sms',
    kind: 'settings',
    expectSms: true,
    note: 'SMS already chosen and saved',
  },
  {
    id: 'elements-overview-nb',
    url: 'https://profil.minid.no/',
    build: 'elements',
    screen: 'overview',
    lang: 'nb',
    kind: 'settings',
    expectSms: false,
    note: 'SPA start page; the link "Endre innloggingsmetode" pushState-navigates to /innlogging',
  },
  {
    id: 'elements-notifications-nb',
    url: 'https://profil.minid.no/varsler',
    build: 'elements',
    screen: 'notifications',
    lang: 'nb',
    kind: 'settings',
    expectSms: false,
    note: 'decoy: an SMS notification checkbox, "Endre mobilnummer" and a mobile-number field; no login-method choice',
  },
  ...LANGS.map(
    (lang): ReplicaRoute => ({
      id: `login-otc-${lang}`,
      url: withLocale('https://login.idporten.no/authorize/minid/otc', lang),
      build: 'elements',
      screen: 'login-otc',
      lang,
      kind: 'login',
      expectSms: false,
      expectHint: 'sms-active',
      note: 'mid-textfield for the code from SMS: proof SMS is on, and not an option to choose (never marked)',
    }),
  ),
  {
    id: 'login-password-nb',
    url: 'https://login.idporten.no/authorize/minid/password',
    build: 'elements',
    screen: 'login-password',
    lang: 'nb',
    kind: 'login',
    expectSms: false,
    note: 'the password step of a MinID login: nothing about SMS (the hint speaks here only on the way from the popup)',
  },
  {
    id: 'chooser-nb',
    url: 'https://login.idporten.no/authorize/selector',
    build: 'plain',
    screen: 'chooser',
    lang: 'nb',
    kind: 'chooser',
    expectSms: false,
    note: 'the eID chooser: MinID, BankID, Buypass, Commfides',
  },
  {
    id: 'contact-nb',
    url: 'https://minprofil.kontaktregisteret.no/',
    build: 'plain',
    screen: 'contact',
    lang: 'nb',
    kind: 'contact',
    expectSms: false,
    expectMobile: true,
    expectHint: 'mobile',
    note: 'contact register: a mobile-number field (marked "mobile"), e-mail, SMS-notice checkbox',
  },
  {
    id: 'help-nb',
    url: 'https://minid.no/',
    build: 'plain',
    screen: 'help',
    lang: 'nb',
    kind: 'help',
    expectSms: false,
    note: 'decoy: prose that says "Kode på SMS" is not a control',
  },
  // Look-alikes: the same settings page on hosts that are not official.
  ...(
    [
      ['lookalike-hyphen', 'https://brukerprofil-difi.no/minprofil/minid/', 'a hyphen for a dot'],
      ['lookalike-suffix', 'https://brukerprofil.difi.no.login-sikker.com/minprofil/minid/', 'the real name as a subdomain'],
      ['lookalike-http', 'http://brukerprofil.difi.no/minprofil/minid/', 'the real host without https'],
      ['lookalike-punycode', 'https://brukerprofil.xn--dfi-jhd.no/minprofil/minid/', 'a homograph (Cyrillic і in "difi")'],
    ] as const
  ).map(
    ([id, url, note]): ReplicaRoute => ({
      id,
      url,
      build: 'plain',
      screen: 'settings',
      lang: 'nb',
      saved: 'letter',
      kind: null,
      expectSms: false,
      note: `look-alike: ${note}`,
    }),
  ),
];

/** The SPA's choice screen reached from the overview (not a separate load). */
export const SPA_TARGET_URL = PROFILE;
