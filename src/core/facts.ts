/**
 * Which texts state a fact about MinID (a number, an address, a time, a rule),
 * and which fact: each fact has a row in docs/PAGES.md, "Facts", with the same
 * text keys, its source, the date it was seen and how sure we are.
 * test/unit/facts.test.ts keeps the three in step: a fact here has its row, a
 * row lists exactly these keys, and any text with a digit, a web address or a
 * host name in it is listed here (or below, as not about MinID).
 *
 * A key is written `surface:key`: `popup` (popup-text.ts), `guide` (guide-text.ts),
 * `hint` (hint/hint-text.ts), or `help` (help-text.ts, which the popup and the
 * guide share). Only code reads this table: nothing here reaches a page.
 */
export type TextRef = `${'popup' | 'guide' | 'hint' | 'help'}:${string}`;

export const FACT_TEXTS = {
  'support-phone': [
    'help:helpPhone',
    'help:letterAgain',
    'help:newUserAgain',
    'help:forgotPassword',
    'popup:step.back-in-call',
    'popup:guardianStep.back-in-call',
    'popup:settingsFallback',
    'popup:genuineAdvice',
    'popup:genuineUnknownAdvice',
    'popup:sectionFailed',
    'guide:back.1',
    'guide:smsFallback',
    'hint:hint.not-found.why',
    'hint:hint.page-missing.why',
    'hint:helpCall',
  ],
  'support-email': ['help:helpMail'],
  'help-pages': ['help:helpPages', 'hint:helpSite'],
  'pin-stopped': ['popup:statusLine', 'guide:lead', 'hint:hint.pin.why', 'hint:hint.open-choice.why'],
  'letter-sms-path': [
    'popup:step.sms-choose',
    'popup:step.sms-mobile',
    'popup:step.sms-save',
    'popup:step.sms-first-login',
    'popup:step.back-in-sms',
    'popup:step.back-in-login',
    'popup:guardianStep.back-in-login',
    'popup:offPin.sms',
    'guide:sms.3',
    'guide:sms.4',
    'guide:sms.5',
    'guide:sms.6',
    'guide:back.4',
    'guide:back.5',
    'hint:hint.choose.why',
    'hint:hint.done.why',
  ],
  'letter-app-path': [
    'popup:step.app-install',
    'popup:step.app-login',
    'popup:step.app-first-login',
    'popup:offPin.app',
    'guide:app.1',
    'guide:app.2',
    'guide:app.3',
    'guide:app.4',
    'guide:app.5',
  ],
  'other-methods': ['popup:usesOther.totp', 'popup:usesOther.webauthn', 'popup:said.other'],
  'guardian-power': ['help:guardianPower'],
  'settings-with-other-eid': [
    'popup:step.sms-open-settings',
    'popup:guardianStep.sms-open-settings',
    'popup:route.other-eid',
    'popup:situation.other-eid',
    'guide:sms.2',
    'guide:smsNeed',
    'guide:where.other-eid',
    'hint:hint.login-first.why',
  ],
  'reset-by-phone': [
    'popup:route.locked-out',
    'popup:step.back-in-letter',
    'popup:guardianStep.back-in-letter',
    'popup:step.back-in-create',
    'popup:guardianStep.back-in-create',
    'help:guardianReset',
    'guide:backNeed',
    'guide:back.2',
    'guide:back.3',
  ],
  'app-registration': ['popup:step.back-in-app-start', 'popup:step.back-in-app-scan', 'popup:step.back-in-app-finish', 'guide:backApp.1', 'guide:backApp.2', 'guide:backApp.3'],
  'app-first-sms-without': [
    'popup:pathLabel.locked-out.back-in-app',
    'popup:pathLabel.locked-out.back-in',
    'guide:backAppHeading',
    'guide:backSmsHeading',
    // "MinID-appen er også et godt valg", beside the hint's «Kode på SMS».
    'hint:hint.choose.why',
    'hint:hint.pin.why',
    'hint:hint.select.why',
  ],
  'letter-post-time': ['help:letterPost'],
  'letter-valid': ['help:letterValid'],
  'letter-address': ['help:letterAddress'],
  'letter-guardian-address': ['help:letterGuardian'],
  'forgot-password': ['help:forgotPassword'],
  'order-letter': ['help:newUserOrder', 'help:newUserAge', 'help:newUserAgain'],
  'guardian-sms-own-number': [
    'help:guardianApp',
    'help:guardianNumber',
    'popup:route.guardian',
    'popup:guardianStep.back-in-sms',
    'popup:guardianStep.sms-mobile',
    'hint:guardian.hint.choose.why',
    'hint:guardian.hint.pin.why',
    'hint:guardian.hint.select.why',
    'hint:guardian.hint.mobile.why',
  ],
  'sms-needs-mobile': ['hint:hint.sms-unavailable.why', 'hint:guardian.hint.sms-unavailable.why'],
  'genuine-sms-sender': ['help:fraudSms'],
  'fraud-spoofed-calls': ['help:fraud1', 'help:fraud2'],
} as const satisfies Record<string, readonly TextRef[]>;

export type FactId = keyof typeof FACT_TEXTS;

/**
 * Texts with a digit, an address or a host name in them that state no fact
 * about MinID, each with the reason, so the check above stays strict.
 */
export const NOT_MINID_FACTS: Readonly<Record<TextRef, string>> = {
  'popup:nick.too-long': "PIN-fri's own limit on a nickname",
  'help:source.minid-no': 'names a source, states nothing',
  'help:source.statsforvalteren-2022': 'names a source and its year, states nothing',
  'help:source.letter-2022': 'names a source and its year, states nothing',
  'help:source.norge-no': 'names a source and its year, states nothing',
};
