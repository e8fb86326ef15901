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
import type { HintState } from '../../src/core/hint/hint-text';
import type { PageStatus } from '../../src/core/page-status';
import type { PageKind } from '../../src/core/sites';
import { MAX_ELEMENTS } from '../../src/core/find/finder';

/** 'se': Northern Sami, which Digdir ships; PIN-fri's own words stay nb/nn/en. */
export type ReplicaLang = 'nb' | 'nn' | 'en' | 'se';

/** A login method a page can show as saved (docs/PAGES.md "Login methods"). */
export type ReplicaMethod = 'letter' | 'sms' | 'app' | 'totp' | 'webauthn';

/** How a 'settings-form' page offers the choice (see pages.ts). */
export type ReplicaForm = 'ds' | 'aria' | 'select';

/** How the e-ID chooser offers the e-IDs (see pages.ts). */
export type ChooserForm = 'links' | 'buttons' | 'radios';

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
    | 'help'
    | 'settings-form'
    | 'summary'
    | 'missing'
    | 'error'
    | 'no-choice';
  lang: ReplicaLang;
  /** The login method the page loads with as saved. */
  saved?: ReplicaMethod;
  /** For 'settings-form': how the choice is offered. */
  form?: ReplicaForm;
  /** For 'settings-form': no mobile number is registered, so «Kode på SMS» cannot be chosen yet. */
  noMobile?: boolean;
  /** For 'chooser': how the e-IDs are offered. */
  chooserForm?: ChooserForm;
  /** For 'settings': this many rows of plain text before the choice (a huge page). */
  filler?: number;
  /** HTTP status; 200 unless said. */
  status?: number;
  kind: PageKind | null;
  expectSms: boolean;
  /** The field the page marks with data-replica-expect="mobile" must get data-pinfri-target="mobile". */
  expectMobile?: boolean;
  /** The button the page marks with data-replica-expect="edit" must get data-pinfri-target="edit". */
  expectEdit?: boolean;
  /** The hint state the page must settle in. */
  expectHint?: HintState;
  /** What the content script must report for this page (the last report it sends). */
  expectReport?: PageStatus;
  note: string;
}

const PLAIN = 'https://brukerprofil.difi.no/minprofil/minid/';
const PROFILE = 'https://profil.minid.no/innlogging';
const SUMMARY = 'https://profil.minid.no/profil';

const LANGS = ['nb', 'nn', 'en'] as const;

/** What a page with this method saved must settle in: the hint and the report. */
const SETTLES: Record<ReplicaMethod, { expectHint: HintState; expectReport: PageStatus }> = {
  letter: { expectHint: 'pin', expectReport: 'pin-selected' },
  sms: { expectHint: 'done', expectReport: 'sms-saved' },
  app: { expectHint: 'off-pin', expectReport: 'app-saved' },
  totp: { expectHint: 'off-pin', expectReport: 'totp-saved' },
  webauthn: { expectHint: 'off-pin', expectReport: 'webauthn-saved' },
};

/**
 * Each form of the choice, in each language, with each method saved in each
 * language across the forms (a Latin square: nine pages, not 27), plus PIN and
 * SMS saved in some. On every one with another method saved, the hint must
 * say "change nothing" and never "choose SMS".
 */
const FORM_PAGES: readonly [ReplicaForm, (typeof LANGS)[number], ReplicaMethod][] = [
  ['aria', 'nb', 'app'],
  ['aria', 'nn', 'totp'],
  ['aria', 'en', 'webauthn'],
  ['aria', 'nn', 'letter'],
  ['ds', 'nb', 'totp'],
  ['ds', 'nn', 'webauthn'],
  ['ds', 'en', 'app'],
  ['ds', 'en', 'letter'],
  ['select', 'nb', 'webauthn'],
  ['select', 'nn', 'app'],
  ['select', 'en', 'totp'],
  ['select', 'nb', 'letter'],
  ['select', 'nn', 'sms'],
];

const FORM_NOTES: Record<ReplicaForm, string> = {
  ds: 'Designsystemet markup: ds-fieldset, ds-field, input.ds-input[type=radio], label.ds-label; the SMS entry has its own description (aria-describedby)',
  aria: 'ARIA radios: role=radio named by aria-labelledby, in a role=radiogroup',
  select: 'a <select> drop-down: the <select> is marked; the hint says which entry to pick',
};

/** A summary row per method saved; "Endre" opens the choice on the same page. */
const SUMMARY_PAGES: readonly [(typeof LANGS)[number], ReplicaMethod][] = [
  ['nb', 'letter'],
  ['nn', 'letter'],
  ['en', 'letter'],
  ['nb', 'sms'],
  ['nn', 'app'],
  ['en', 'totp'],
  ['nb', 'webauthn'],
];
const withLocale = (base: string, lang: ReplicaLang, extra = ''): string => {
  const params = [lang === 'nb' ? '' : `locale=${lang}`, extra].filter(Boolean).join('&');
  return params ? `${base}?${params}` : base;
};

/**
 * The plain settings page with `filler` rows of plain text before the choice:
 * larger than PIN-fri's walk (finder.ts MAX_ELEMENTS), so the choice lies
 * beyond what it reads. It must say so ("not found", with help), never stay
 * silent. The bench loads one of 600 000 elements; the E2E one just over the limit.
 */
export function hugeRoute(filler: number): ReplicaRoute {
  return {
    id: `huge-${filler}-nb`,
    url: withLocale(PLAIN, 'nb', `variant=huge&rows=${filler}`),
    build: 'plain',
    screen: 'settings',
    lang: 'nb',
    saved: 'letter',
    filler,
    kind: 'settings',
    expectSms: false,
    expectHint: 'not-found',
    expectReport: 'not-found',
    note: `a huge page: ${filler.toLocaleString('en-US')} rows before the choice, more than PIN-fri reads: "not found" with help at once`,
  };
}

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
    ...SETTLES.sms,
    note: 'SMS already chosen and saved: the hint says so',
  },
  ...FORM_PAGES.map(
    ([form, lang, saved]): ReplicaRoute => ({
      id: `${form}-${saved}-${lang}`,
      url: withLocale(PLAIN, lang, `form=${form}&saved=${saved}`),
      build: 'plain',
      screen: 'settings-form',
      form,
      lang,
      saved,
      kind: 'settings',
      expectSms: true,
      ...SETTLES[saved],
      // A drop-down showing PIN: the hint names the entry to pick.
      ...(form === 'select' && saved === 'letter' ? { expectHint: 'select' as const } : {}),
      note: `${FORM_NOTES[form]}; saved: ${saved}`,
    }),
  ),
  // No mobile number registered: «Kode på SMS» is there but cannot be chosen. The step before it, on the option.
  ...(
    [
      ['ds', 'nb'],
      ['aria', 'nn'],
      ['select', 'en'],
    ] as const
  ).map(
    ([form, lang]): ReplicaRoute => ({
      id: `no-mobile-${form}-${lang}`,
      url: withLocale(PLAIN, lang, `form=${form}&saved=letter&mobile=none`),
      build: 'plain',
      screen: 'settings-form',
      form,
      noMobile: true,
      lang,
      saved: 'letter',
      kind: 'settings',
      expectSms: true,
      expectHint: 'sms-unavailable',
      expectReport: 'pin-selected',
      note: `${FORM_NOTES[form]}; PIN saved, and «Kode på SMS» disabled until a mobile number is registered`,
    }),
  ),
  ...SUMMARY_PAGES.map(
    ([lang, saved]): ReplicaRoute => ({
      id: `summary-${saved}-${lang}`,
      url: withLocale(SUMMARY, lang, `saved=${saved}`),
      build: 'plain',
      screen: 'summary',
      lang,
      saved,
      kind: 'settings',
      expectSms: false,
      ...(saved === 'letter'
        ? { expectEdit: true, expectHint: 'open-choice' as const, expectReport: 'pin-selected' as const }
        : SETTLES[saved]),
      note: `a summary row "${saved}" with "Endre" (it opens the choice on the page); a mobile-number row with its own "Endre" (decoy)`,
    }),
  ),
  ...LANGS.map(
    (lang): ReplicaRoute => ({
      id: `missing-${lang}`,
      url: lang === 'nn' ? withLocale(PLAIN, lang, 'variant=missing') : withLocale('https://profil.minid.no/finnes-ikke', lang),
      build: 'plain',
      screen: 'missing',
      status: 404,
      lang,
      kind: 'settings',
      expectSms: false,
      expectHint: 'page-missing',
      expectReport: 'page-missing',
      note: 'a "not found" page (status 404) on an official host: the hint gives a way on, never silence',
    }),
  ),
  {
    id: 'error-login-nb',
    url: 'https://login.idporten.no/feil',
    build: 'plain',
    screen: 'error',
    status: 500,
    lang: 'nb',
    kind: 'login',
    expectSms: false,
    expectHint: 'page-missing',
    expectReport: 'page-missing',
    note: '"Noe gikk galt" (status 500) on the login host',
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
    id: 'elements-saved-app-nn',
    url: withLocale(PROFILE, 'nn', 'saved=app'),
    build: 'elements',
    screen: 'settings',
    lang: 'nn',
    saved: 'app',
    kind: 'settings',
    expectSms: true,
    ...SETTLES.app,
    note: 'the MinID app already saved in mid-radio: change nothing, never "choose SMS"',
  },
  {
    id: 'elements-overview-nb',
    url: 'https://profil.minid.no/',
    build: 'elements',
    screen: 'overview',
    lang: 'nb',
    kind: 'settings',
    expectSms: false,
    expectEdit: true,
    expectHint: 'open-choice',
    expectReport: 'pin-selected',
    note: 'SPA start page: a summary (PIN); the link "Endre innloggingsmetode" pushState-navigates to /innlogging',
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
    id: 'login-otc-se',
    url: withLocale('https://login.idporten.no/authorize/minid/otc', 'se'),
    build: 'elements',
    screen: 'login-otc',
    lang: 'se',
    kind: 'login',
    expectSms: false,
    expectHint: 'sms-active',
    note: 'Northern Sami: "Koda maid ožžot SMS bokte:"; the hint stays in the person\'s language (nb/nn/en)',
  },
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
  // The e-ID chooser, its MinID entry described by "Kode på SMS eller MinID-appen": never the login-method choice.
  ...(
    [
      ['nb', 'links'],
      ['nn', 'buttons'],
      ['en', 'radios'],
    ] as const
  ).map(
    ([lang, chooserForm]): ReplicaRoute => ({
      id: `chooser-${lang}`,
      url: withLocale('https://login.idporten.no/authorize/selector', lang, chooserForm === 'links' ? '' : `form=${chooserForm}`),
      build: 'plain',
      screen: 'chooser',
      chooserForm,
      lang,
      kind: 'chooser',
      expectSms: false,
      note: `the eID chooser as ${chooserForm}: MinID ("${lang === 'en' ? 'Code on SMS or the MinID app' : 'Kode på SMS eller MinID-appen'}"), BankID, Buypass, Commfides; nothing marked, no hint off the popup's way`,
    }),
  ),
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
    id: 'contact-se',
    url: withLocale('https://minprofil.kontaktregisteret.no/', 'se'),
    build: 'plain',
    screen: 'contact',
    lang: 'se',
    kind: 'contact',
    expectSms: false,
    expectMobile: true,
    expectHint: 'mobile',
    note: 'Northern Sami: "Mobilnummar" and "Vurke"',
  },
  hugeRoute(MAX_ELEMENTS + 1),
  {
    id: 'no-choice-nb',
    url: 'https://profil.minid.no/profil',
    build: 'plain',
    screen: 'no-choice',
    lang: 'nb',
    kind: 'settings',
    expectSms: false,
    note: 'a settings-host page with no login-method choice and no summary: settles in "not found", with the help number and minid.no',
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
