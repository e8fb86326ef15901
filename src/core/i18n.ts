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
