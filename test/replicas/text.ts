/**
 * What the replica pages say, per language. Wording from docs/PAGES.md
 * ("Wording", "Login methods"); where it is marked not verified (nn, and the
 * names of the authenticator app and the security key) we use the likely
 * form. The English label carries a phone number in brackets, as the real
 * page does ("Code from SMS (93282061)").
 */
import type { ReplicaLang } from './routes';

export interface PageText {
  title: string;
  heading: string;
  intro: string;
  group: string;
  letter: string;
  sms: string;
  app: string;
  /** An authenticator app (Minid-TOTP); the label is inferred. */
  totp: string;
  /** A security key / passkey (Minid-WEBAUTHN); the label is inferred. */
  webauthn: string;
  /** The label of a summary row that shows the login method (inferred). */
  methodLabel: string;
  edit: string;
  /** An error page's title and heading, and its text. */
  missing: string;
  missingText: string;
  changeMobile: string;
  /** Beside an SMS option that cannot be chosen yet (inferred: no live page seen). */
  smsNeedsMobile: string;
  /** The SMS option's own description, tied to it by aria-describedby (issue 24 saw one on the page; the wording is inferred). */
  smsDescription: string;
  notify: string;
  save: string;
  cancel: string;
  saved: string;
  loading: string;
  overview: string;
  changeMethod: string;
  loginHeading: string;
  codeSent: string;
  resend: string;
  codeFromSms: string;
  next: string;
  mobile: string;
  email: string;
  /**
   * The labels before MinID support's phone and e-mail in the footer. Neutral
   * words: docs/PAGES.md sources the number and address on minid.no's footer,
   * not the footer's own labels.
   */
  phoneLabel: string;
  emailLabel: string;
}

const BASE: Record<Exclude<ReplicaLang, 'se'>, PageText> = {
  nb: {
    title: 'Innlogging – MinID',
    heading: 'Slik logger du inn',
    intro: 'Her velger du hvordan du vil få engangskoder når du logger inn.',
    group: 'Velg hvordan du vil få engangskoder',
    letter: 'Kode fra PIN-kodebrev',
    sms: 'Kode på SMS',
    app: 'MinID-appen',
    totp: 'Autentiseringsapp',
    webauthn: 'Sikkerhetsnøkkel eller passnøkkel',
    methodLabel: 'Innloggingsmetode',
    edit: 'Endre',
    missing: 'Fant ikke siden',
    missingText: 'Siden du ser etter, finnes ikke.',
    changeMobile: 'Endre mobilnummer',
    smsNeedsMobile: 'Du må legge inn mobilnummer før du kan velge kode på SMS.',
    smsDescription: 'Vi sender koden til mobilnummeret ditt.',
    notify: 'Send meg varsel på SMS når noen logger inn',
    save: 'Lagre',
    cancel: 'Avbryt',
    saved: 'Endringene er lagret',
    loading: 'Laster …',
    overview: 'Min profil',
    changeMethod: 'Endre innloggingsmetode',
    loginHeading: 'Logg inn med MinID',
    codeSent: 'Vi har sendt deg en kode på SMS.',
    resend: 'Send ny kode på SMS',
    codeFromSms: 'Kode fra SMS',
    next: 'Neste',
    mobile: 'Mobilnummer',
    email: 'E-postadresse',
    phoneLabel: 'Telefon',
    emailLabel: 'E-post',
  },
  nn: {
    title: 'Innlogging – MinID',
    heading: 'Slik loggar du inn',
    intro: 'Her vel du korleis du vil få eingongskodar når du loggar inn.',
    group: 'Vel korleis du vil få eingongskodar',
    letter: 'Kode frå PIN-kodebrev',
    sms: 'Kode på SMS',
    app: 'MinID-appen',
    totp: 'Autentiseringsapp',
    webauthn: 'Tryggleiksnøkkel eller passnøkkel',
    methodLabel: 'Innloggingsmåte',
    edit: 'Endre',
    missing: 'Fann ikkje sida',
    missingText: 'Sida du ser etter, finst ikkje.',
    changeMobile: 'Endre mobilnummer',
    smsNeedsMobile: 'Du må leggje inn mobilnummer før du kan velje kode på SMS.',
    smsDescription: 'Vi sender koden til mobilnummeret ditt.',
    notify: 'Send meg varsel på SMS når nokon loggar inn',
    save: 'Lagre',
    cancel: 'Avbryt',
    saved: 'Endringane er lagra',
    loading: 'Lastar …',
    overview: 'Min profil',
    changeMethod: 'Endre innloggingsmetode',
    loginHeading: 'Logg inn med MinID',
    codeSent: 'Vi har sendt deg ein kode på SMS.',
    resend: 'Send ny kode på SMS',
    codeFromSms: 'Kode frå SMS',
    next: 'Neste',
    mobile: 'Mobilnummer',
    email: 'E-postadresse',
    phoneLabel: 'Telefon',
    emailLabel: 'E-post',
  },
  en: {
    title: 'Login – MinID',
    heading: 'How you log in',
    intro: 'Here you choose how to get one-time codes when you log in.',
    group: 'Choose how to get one-time codes',
    letter: 'Code from PIN code letter',
    sms: 'Code on SMS (93282061)',
    app: 'MinID app',
    totp: 'Authenticator app',
    webauthn: 'Security key or passkey',
    methodLabel: 'Login method',
    edit: 'Change',
    missing: 'Page not found',
    missingText: 'The page you are looking for does not exist.',
    changeMobile: 'Change mobile phone number',
    smsNeedsMobile: 'Add a mobile number before you can choose code on SMS.',
    smsDescription: 'We send the code to your mobile number.',
    notify: 'Send me an SMS notice when someone logs in',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Your changes have been saved',
    loading: 'Loading …',
    overview: 'My profile',
    changeMethod: 'Change login method',
    loginHeading: 'Log in with MinID',
    codeSent: 'We have sent you a code by SMS.',
    resend: 'Send a new code by SMS',
    codeFromSms: 'Code from SMS (93282061)',
    next: 'Next',
    mobile: 'Mobile phone number',
    email: 'E-mail address',
    phoneLabel: 'Phone',
    emailLabel: 'E-mail',
  },
};

/**
 * Northern Sami (Digdir ships it; docs/PAGES.md "Wording"). Only the code
 * prompt, the mobile-number label and the save button are sourced; the rest
 * stays Bokmål, as a page with missing translations would show it.
 */
export const TEXT: Record<ReplicaLang, PageText> = {
  ...BASE,
  se: { ...BASE.nb, codeFromSms: 'Koda maid ožžot SMS bokte:', mobile: 'Mobilnummar', save: 'Vurke' },
};
