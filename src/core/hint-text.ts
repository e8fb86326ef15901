/**
 * Every word the on-page hint shows, in Bokmål, Nynorsk and English. Kept
 * apart from the popup's texts (i18n.ts) so the content script carries only
 * these few lines onto the official pages (issue #6: every byte there counts).
 * The type makes a missing translation a compile error; a test checks
 * placeholders match across languages.
 */
import type { Language } from './language';

const nb = {
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
  'hint.login-first.title': 'Logg inn med MinID først',
  'hint.login-first.why': 'Etterpå viser PIN-fri deg hvor du velger «Kode på SMS».',
  'hint.mobile.title': 'Sjekk mobilnummeret ditt',
  'hint.mobile.why': 'Koden kommer på SMS til dette nummeret. Rett det hvis det er feil, og trykk «Lagre».',
  helpCall: 'Ring 800 30 300',
  helpSite: 'Hjelp på minid.no',
  hintYouChoose: 'Du velger selv. PIN-fri trykker aldri for deg.',
  showMe: 'Vis meg',
  notNow: 'Ikke nå',
};

type HintTexts = { [K in keyof typeof nb]: string };

const nn: HintTexts = {
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
  'hint.login-first.title': 'Logg inn med MinID først',
  'hint.login-first.why': 'Etterpå viser PIN-fri deg kvar du vel «Kode på SMS».',
  'hint.mobile.title': 'Sjekk mobilnummeret ditt',
  'hint.mobile.why': 'Koden kjem på SMS til dette nummeret. Rett det om det er feil, og trykk «Lagre».',
  helpCall: 'Ring 800 30 300',
  helpSite: 'Hjelp på minid.no',
  hintYouChoose: 'Du vel sjølv. PIN-fri trykkjer aldri for deg.',
  showMe: 'Vis meg',
  notNow: 'Ikkje no',
};

const en: HintTexts = {
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
  'hint.login-first.title': 'Log in with MinID first',
  'hint.login-first.why': 'Then PIN-fri shows you where to choose "Code on SMS".',
  'hint.mobile.title': 'Check your mobile number',
  'hint.mobile.why': 'The code comes by SMS to this number. Correct it if it is wrong, and press "Save".',
  helpCall: 'Call 800 30 300',
  helpSite: 'Help on minid.no',
  hintYouChoose: 'You choose yourself. PIN-fri never clicks for you.',
  showMe: 'Show me',
  notNow: 'Not now',
};

export type HintTextKey = keyof HintTexts;

export const HINT_TEXT: Readonly<Record<Language, HintTexts>> = { nb, nn, en };

export function hintText(language: Language, key: HintTextKey): string {
  return HINT_TEXT[language][key];
}
