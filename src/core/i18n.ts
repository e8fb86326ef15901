/**
 * Every word PIN-fri shows, in Bokmål, Nynorsk and English. Plain language:
 * short sentences, common words. The type makes a missing translation a
 * compile error; a test checks placeholders match across languages.
 */
import type { StepId } from './checklist';
import type { Language } from './storage';

const nb = {
  appName: 'PIN-fri',
  independent: 'PIN-fri er laget uavhengig av Digdir.',
  statusLine: 'PIN-koder har ikke virket siden 1. januar 2023.',
  pathSms: 'Kode på SMS',
  pathApp: 'MinID-appen',
  stepsLeft: 'Steg igjen: {n}',
  allDone: 'Ferdig! Du bruker ikke PIN-kode lenger.',
  nextStep: 'Neste steg',
  notStarted: 'Du har ikke begynt ennå.',
  markedByPage: 'Sett av PIN-fri på siden',
  markedByUser: 'Du krysset av',
  languageLabel: 'Språk',
  followBrowser: 'Som nettleseren',
  'step.sms-open-settings': 'Åpne MinID-innstillingene og logg inn.',
  'step.sms-choose': 'Velg «Kode på SMS».',
  'step.sms-mobile': 'Legg inn mobilnummeret ditt, eller sjekk at det stemmer.',
  'step.sms-save': 'Trykk «Lagre».',
  'step.sms-first-login': 'Logg inn med MinID. Du får en kode på SMS.',
  'step.app-install': 'Last ned «MinID» fra Google Play eller App Store.',
  'step.app-login': 'Logg inn i appen. Tillat varsler.',
  'step.app-first-login': 'Logg inn med MinID. Bekreft på telefonen.',
  hintRegion: 'PIN-fri: hjelp på denne siden',
  'hint.choose.title': 'Velg «Kode på SMS»',
  'hint.choose.why': 'Da får du en kode på SMS når du logger inn. PIN-kodebrev virker ikke lenger.',
  'hint.pin.title': 'Du bruker fortsatt PIN-kodebrev',
  'hint.pin.why': 'PIN-koder virker ikke lenger. Velg «Kode på SMS» her.',
  'hint.save.title': 'Bra! Trykk nå «Lagre»',
  'hint.save.why': 'Valget ditt er ikke lagret før du trykker «Lagre».',
  'hint.done.title': 'Ferdig: du bruker kode på SMS',
  'hint.done.why': 'Neste gang du logger inn, får du en kode på SMS.',
  'hint.not-found.title': 'Jeg fant ikke valget på denne siden',
  'hint.not-found.why': 'Siden kan ha endret seg. Trenger du hjelp, ring MinID på 800 30 300.',
  'hint.sms-active.title': 'Du bruker kode på SMS',
  'hint.sms-active.why': 'MinID ber om koden fra SMS. Da er SMS slått på.',
  'hint.mobile.title': 'Sjekk mobilnummeret ditt',
  'hint.mobile.why': 'Koden kommer på SMS til dette nummeret. Rett det hvis det er feil, og trykk «Lagre».',
  helpCall: 'Ring 800 30 300',
  helpSite: 'Hjelp på minid.no',
  hintYouChoose: 'Du velger selv. PIN-fri trykker aldri for deg.',
  showMe: 'Vis meg',
  notNow: 'Ikke nå',
  storageReset: 'Vi kunne ikke lese framdriften som var lagret. Vi startet på nytt.',
};

type Messages = { [K in keyof typeof nb]: string };

const nn: Messages = {
  appName: 'PIN-fri',
  independent: 'PIN-fri er laga uavhengig av Digdir.',
  statusLine: 'PIN-kodar har ikkje verka sidan 1. januar 2023.',
  pathSms: 'Kode på SMS',
  pathApp: 'MinID-appen',
  stepsLeft: 'Steg att: {n}',
  allDone: 'Ferdig! Du brukar ikkje PIN-kode lenger.',
  nextStep: 'Neste steg',
  notStarted: 'Du har ikkje byrja enno.',
  markedByPage: 'Sett av PIN-fri på sida',
  markedByUser: 'Du kryssa av',
  languageLabel: 'Språk',
  followBrowser: 'Som nettlesaren',
  'step.sms-open-settings': 'Opne MinID-innstillingane og logg inn.',
  'step.sms-choose': 'Vel «Kode på SMS».',
  'step.sms-mobile': 'Legg inn mobilnummeret ditt, eller sjekk at det stemmer.',
  'step.sms-save': 'Trykk «Lagre».',
  'step.sms-first-login': 'Logg inn med MinID. Du får ein kode på SMS.',
  'step.app-install': 'Last ned «MinID» frå Google Play eller App Store.',
  'step.app-login': 'Logg inn i appen. Tillat varsel.',
  'step.app-first-login': 'Logg inn med MinID. Stadfest på telefonen.',
  hintRegion: 'PIN-fri: hjelp på denne sida',
  'hint.choose.title': 'Vel «Kode på SMS»',
  'hint.choose.why': 'Då får du ein kode på SMS når du loggar inn. PIN-kodebrev verkar ikkje lenger.',
  'hint.pin.title': 'Du brukar framleis PIN-kodebrev',
  'hint.pin.why': 'PIN-kodar verkar ikkje lenger. Vel «Kode på SMS» her.',
  'hint.save.title': 'Bra! Trykk no «Lagre»',
  'hint.save.why': 'Valet ditt er ikkje lagra før du trykkjer «Lagre».',
  'hint.done.title': 'Ferdig: du brukar kode på SMS',
  'hint.done.why': 'Neste gong du loggar inn, får du ein kode på SMS.',
  'hint.not-found.title': 'Eg fann ikkje valet på denne sida',
  'hint.not-found.why': 'Sida kan ha endra seg. Treng du hjelp, ring MinID på 800 30 300.',
  'hint.sms-active.title': 'Du brukar kode på SMS',
  'hint.sms-active.why': 'MinID ber om koden frå SMS. Då er SMS slått på.',
  'hint.mobile.title': 'Sjekk mobilnummeret ditt',
  'hint.mobile.why': 'Koden kjem på SMS til dette nummeret. Rett det om det er feil, og trykk «Lagre».',
  helpCall: 'Ring 800 30 300',
  helpSite: 'Hjelp på minid.no',
  hintYouChoose: 'Du vel sjølv. PIN-fri trykkjer aldri for deg.',
  showMe: 'Vis meg',
  notNow: 'Ikkje no',
  storageReset: 'Vi kunne ikkje lese framdrifta som var lagra. Vi byrja på nytt.',
};

const en: Messages = {
  appName: 'PIN-fri',
  independent: 'PIN-fri is made independently of Digdir.',
  statusLine: 'PIN codes have not worked since 1 January 2023.',
  pathSms: 'Code by SMS',
  pathApp: 'The MinID app',
  stepsLeft: 'Steps left: {n}',
  allDone: 'Done! You no longer use a PIN code.',
  nextStep: 'Next step',
  notStarted: 'You have not started yet.',
  markedByPage: 'Seen by PIN-fri on the page',
  markedByUser: 'You ticked this',
  languageLabel: 'Language',
  followBrowser: 'Same as the browser',
  'step.sms-open-settings': 'Open the MinID settings and log in.',
  'step.sms-choose': 'Choose "Code on SMS" ("Kode på SMS").',
  'step.sms-mobile': 'Add your mobile number, or check that it is right.',
  'step.sms-save': 'Press "Save".',
  'step.sms-first-login': 'Log in with MinID. You get a code by SMS.',
  'step.app-install': 'Get "MinID" from Google Play or the App Store.',
  'step.app-login': 'Log in to the app. Allow notifications.',
  'step.app-first-login': 'Log in with MinID. Confirm on your phone.',
  hintRegion: 'PIN-fri: help on this page',
  'hint.choose.title': 'Choose "Code on SMS"',
  'hint.choose.why': 'Then you get a code by SMS when you log in. PIN-code letters no longer work.',
  'hint.pin.title': 'You still use the PIN-code letter',
  'hint.pin.why': 'PIN codes no longer work. Choose "Code on SMS" here.',
  'hint.save.title': 'Good! Now press "Save"',
  'hint.save.why': 'Your choice is not saved until you press "Save".',
  'hint.done.title': 'Done: you use codes by SMS',
  'hint.done.why': 'Next time you log in, you get a code by SMS.',
  'hint.not-found.title': 'I could not find the choice on this page',
  'hint.not-found.why': 'The page may have changed. If you need help, call MinID on 800 30 300.',
  'hint.sms-active.title': 'You use codes by SMS',
  'hint.sms-active.why': 'MinID asks for the code from SMS. So SMS is switched on.',
  'hint.mobile.title': 'Check your mobile number',
  'hint.mobile.why': 'The code comes by SMS to this number. Correct it if it is wrong, and press "Save".',
  helpCall: 'Call 800 30 300',
  helpSite: 'Help on minid.no',
  hintYouChoose: 'You choose yourself. PIN-fri never clicks for you.',
  showMe: 'Show me',
  notNow: 'Not now',
  storageReset: 'Your saved progress could not be read. We started again.',
};

export type MessageKey = keyof Messages;

export const MESSAGES: Readonly<Record<Language, Messages>> = { nb, nn, en };

/** Look up a message and fill {placeholders}; unknown placeholders stay visible, never crash. */
export function t(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function stepText(language: Language, step: StepId): string {
  return t(language, `step.${step}` as MessageKey);
}

/**
 * The language to use when the user has not chosen: the browser's, mapped to
 * ours. Chrome may call Bokmål "no"; any other Norwegian falls back to Bokmål.
 */
export function languageFromBrowser(uiLanguage: string | undefined): Language {
  const tag = (uiLanguage ?? '').toLowerCase().replace('_', '-');
  if (tag === 'nn' || tag.startsWith('nn-')) return 'nn';
  if (tag === 'nb' || tag.startsWith('nb-') || tag === 'no' || tag.startsWith('no-')) return 'nb';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return 'nb';
}
