/**
 * Every word of the printable guide (src/guide), in Bokmål, Nynorsk and
 * English, kept apart from popup-text.ts so the guide can grow without touching the
 * popup's words; what both say (help, fraud, guardians, the activation
 * letter, sources) is help-text.ts, spread in first. Same rules: plain
 * language, short sentences, common words.
 * The type makes a missing translation a compile error; a unit test checks
 * that every language has every text and measures the Norwegian with LIX.
 *
 * The steps follow the 2022 letter to guardians and docs/PAGES.md ("Login
 * methods", "Locked out", "Guardians", "Help and contact").
 */
import { STEP_SOURCES, type PathId, type StepId } from './checklist';
import { HELP_TEXT } from './help-text';
import { LANGUAGES, type Language } from './language';
import { languageFromBrowser } from './language';
import { isOneOf } from './record';

const nb = {
  ...HELP_TEXT.nb,
  docTitle: 'PIN-fri: slik slutter du med PIN-kode',
  languageNav: 'Språk',
  title: 'Slik slutter du med PIN-kode i MinID',
  lead: 'PIN-kodebrev virker ikke lenger. Nå logger du inn med kode på SMS eller med MinID-appen.',
  whereHeading: 'Hva passer for deg?',
  'where.off-pin': 'Bruker du alt kode på SMS eller MinID-appen? Da trenger du ikke gjøre noe.',
  'where.other-eid': 'Kan du logge inn med BankID, Buypass eller Commfides? Les «Kode på SMS» eller «MinID-appen».',
  'where.locked-out': 'Kommer du ikke inn i det hele tatt? Les «Kom inn igjen».',
  'where.guardian': 'Er du verge? Les «For deg som er verge» og «Kom inn igjen».',
  print: 'Skriv ut',
  tickHelp: 'Kryss av i boksen når et steg er gjort.',
  smsHeading: 'Kode på SMS',
  smsNeed: 'Du trenger BankID, Buypass eller Commfides, og en mobiltelefon.',
  'sms.1': 'Gå til MinID-innstillingene:',
  'sms.2': 'Velg hvordan du vil logge inn. Bruk BankID, Buypass eller Commfides.',
  'sms.3': 'Velg «Kode på SMS».',
  'sms.4': 'Har du ikke lagt inn mobilnummer? Skriv det inn.',
  'sms.5': 'Trykk «Lagre».',
  'sms.6': 'Neste gang du logger inn med MinID, får du en kode på SMS.',
  appHeading: 'MinID-appen',
  appNeed: 'Du trenger en smarttelefon og passordet ditt til MinID.',
  'app.1': 'Åpne Google Play eller App Store på telefonen. Søk etter «MinID App».',
  'app.2': 'Last ned appen.',
  'app.3': 'Logg inn i appen. Si ja til varsler.',
  'app.4': 'Neste gang du logger inn med MinID, får du et varsel på telefonen.',
  'app.5': 'Bekreft med fingeren, ansiktet eller PIN-koden til telefonen.',
  // The way back in when PIN codes stopped working (docs/PAGES.md, "Locked out", "Guardians"), together.
  smsFallback: 'Kommer du ikke inn, eller virker ikke adressen? Ring MinID på 800 30 300.',
  backHeading: 'Kom inn igjen',
  backNeed: 'Har du bare brukt PIN-kodebrev, og ingen annen eID? Da kommer du ikke inn nå. Slik får du MinID til å virke igjen.',
  backAppHeading: 'Har du smarttelefon? Bruk MinID-appen',
  'backApp.1': 'Last ned MinID-appen. Trykk «Kom i gang».',
  'backApp.2': 'Skriv inn fødselsnummeret ditt. Skann QR-koden i brevet.',
  'backApp.3': 'Lag et passord. Skriv inn mobilnummer og e-post. Neste gang bekrefter du i appen.',
  backSmsHeading: 'Uten smarttelefon, og for verger: kode på SMS',
  'back.1': 'Ring MinID på 800 30 300. Be dem nullstille MinID-en din.',
  'back.2': 'Vent på aktiveringsbrevet. Det kommer i posten.',
  'back.3': 'Lag MinID-brukeren på nytt med brevet, på nett:',
  'back.4': 'Velg «Kode på SMS».',
  'back.5': 'Logg inn med MinID. Du får en kode på SMS.',
  backGuardian: 'Er du verge? Gjør dette sammen med personen. Brevet kommer til personen. Velg SMS med ditt eget mobilnummer.',
  'pic.settings': 'Bilde av MinID-innstillingene. PIN-fri har satt en ramme rundt «Kode på SMS».',
  'pic.login-code': 'Bilde av innloggingen i MinID. Siden ber om koden fra SMS.',
  picNote: 'Bildet er en kopi laget av PIN-fri. Den ekte siden kan se litt annerledes ut.',
};

export type GuideKey = keyof typeof nb;
type GuideMessages = { [K in GuideKey]: string };

const nn: GuideMessages = {
  ...HELP_TEXT.nn,
  docTitle: 'PIN-fri: slik sluttar du med PIN-kode',
  languageNav: 'Språk',
  title: 'Slik sluttar du med PIN-kode i MinID',
  lead: 'PIN-kodebrev verkar ikkje lenger. No loggar du inn med kode på SMS eller med MinID-appen.',
  whereHeading: 'Kva passar for deg?',
  'where.off-pin': 'Brukar du alt kode på SMS eller MinID-appen? Då treng du ikkje gjere noko.',
  'where.other-eid': 'Kan du logge inn med BankID, Buypass eller Commfides? Les «Kode på SMS» eller «MinID-appen».',
  'where.locked-out': 'Kjem du ikkje inn i det heile? Les «Kom inn igjen».',
  'where.guardian': 'Er du verje? Les «For deg som er verje» og «Kom inn igjen».',
  print: 'Skriv ut',
  tickHelp: 'Kryss av i boksen når eit steg er gjort.',
  smsHeading: 'Kode på SMS',
  smsNeed: 'Du treng BankID, Buypass eller Commfides, og ein mobiltelefon.',
  'sms.1': 'Gå til MinID-innstillingane:',
  'sms.2': 'Vel korleis du vil logge inn. Bruk BankID, Buypass eller Commfides.',
  'sms.3': 'Vel «Kode på SMS».',
  'sms.4': 'Har du ikkje lagt inn mobilnummer? Skriv det inn.',
  'sms.5': 'Trykk «Lagre».',
  'sms.6': 'Neste gong du loggar inn med MinID, får du ein kode på SMS.',
  appHeading: 'MinID-appen',
  appNeed: 'Du treng ein smarttelefon og passordet ditt til MinID.',
  'app.1': 'Opne Google Play eller App Store på telefonen. Søk etter «MinID App».',
  'app.2': 'Last ned appen.',
  'app.3': 'Logg inn i appen. Sei ja til varsel.',
  'app.4': 'Neste gong du loggar inn med MinID, får du eit varsel på telefonen.',
  'app.5': 'Stadfest med fingeren, ansiktet eller PIN-koden til telefonen.',
  // The way back in when PIN codes stopped working (docs/PAGES.md, "Locked out", "Guardians"), together.
  smsFallback: 'Kjem du ikkje inn, eller verkar ikkje adressa? Ring MinID på 800 30 300.',
  backHeading: 'Kom inn igjen',
  backNeed: 'Har du berre brukt PIN-kodebrev, og ingen annan eID? Då kjem du ikkje inn no. Slik får du MinID til å verke igjen.',
  backAppHeading: 'Har du smarttelefon? Bruk MinID-appen',
  'backApp.1': 'Last ned MinID-appen. Trykk «Kom i gang».',
  'backApp.2': 'Skriv inn fødselsnummeret ditt. Skann QR-koden i brevet.',
  'backApp.3': 'Lag eit passord. Skriv inn mobilnummer og e-post. Neste gong stadfestar du i appen.',
  backSmsHeading: 'Utan smarttelefon, og for verjer: kode på SMS',
  'back.1': 'Ring MinID på 800 30 300. Be dei nullstille MinID-en din.',
  'back.2': 'Vent på aktiveringsbrevet. Det kjem i posten.',
  'back.3': 'Lag MinID-brukaren på nytt med brevet, på nett:',
  'back.4': 'Vel «Kode på SMS».',
  'back.5': 'Logg inn med MinID. Du får ein kode på SMS.',
  backGuardian: 'Er du verje? Gjer dette saman med personen. Brevet kjem til personen. Vel SMS med ditt eige mobilnummer.',
  'pic.settings': 'Bilete av MinID-innstillingane. PIN-fri har sett ei ramme rundt «Kode på SMS».',
  'pic.login-code': 'Bilete av innlogginga i MinID. Sida ber om koden frå SMS.',
  picNote: 'Biletet er ein kopi laga av PIN-fri. Den ekte sida kan sjå litt annleis ut.',
};

const en: GuideMessages = {
  ...HELP_TEXT.en,
  docTitle: 'PIN-fri: how to stop using PIN codes',
  languageNav: 'Language',
  title: 'How to stop using PIN codes in MinID',
  lead: 'PIN-code letters no longer work. Now you log in with a code by SMS or with the MinID app.',
  whereHeading: 'What fits you?',
  'where.off-pin': 'Do you already use codes by SMS or the MinID app? Then you need not do anything.',
  'where.other-eid': 'Can you log in with BankID, Buypass or Commfides? Read "Code by SMS" or "The MinID app".',
  'where.locked-out': 'Can you not log in at all? Read "Get back in".',
  'where.guardian': 'Are you a guardian? Read "For guardians" and "Get back in".',
  print: 'Print',
  tickHelp: 'Tick the box when a step is done.',
  smsHeading: 'Code by SMS',
  smsNeed: 'You need BankID, Buypass or Commfides, and a mobile phone.',
  'sms.1': 'Go to the MinID settings:',
  'sms.2': 'Choose how to log in. Use BankID, Buypass or Commfides.',
  'sms.3': 'Choose "Code on SMS" ("Kode på SMS").',
  'sms.4': 'No mobile number yet? Type it in.',
  'sms.5': 'Press "Save".',
  'sms.6': 'Next time you log in with MinID, you get a code by SMS.',
  appHeading: 'The MinID app',
  appNeed: 'You need a smartphone and your MinID password.',
  'app.1': 'Open Google Play or the App Store on your phone. Search for "MinID App".',
  'app.2': 'Install the app.',
  'app.3': 'Log in to the app. Allow notifications.',
  'app.4': 'Next time you log in with MinID, you get a notification on your phone.',
  'app.5': "Confirm with your fingerprint, your face or your phone's PIN.",
  // The way back in when PIN codes stopped working (docs/PAGES.md, "Locked out", "Guardians"), together.
  smsFallback: 'Cannot get in, or the address does not work? Call MinID on 800 30 300.',
  backHeading: 'Get back in',
  backNeed: 'Did you only use PIN-code letters, and have no other e-ID? Then you cannot log in now. This is how MinID works again.',
  backAppHeading: 'Have a smartphone? Use the MinID app',
  'backApp.1': 'Get the MinID app. Press "Kom i gang" (get started).',
  'backApp.2': "Type your national ID number. Scan the letter's QR code.",
  'backApp.3': 'Make a password. Type your mobile number and e-mail. Next time you confirm in the app.',
  backSmsHeading: 'No smartphone, and for guardians: codes by SMS',
  'back.1': 'Call MinID on 800 30 300. Ask them to reset your MinID.',
  'back.2': 'Wait for the activation letter. It comes by post.',
  'back.3': 'Create your MinID user again with the letter, online:',
  'back.4': 'Choose "Code on SMS" ("Kode på SMS").',
  'back.5': 'Log in with MinID. You get a code by SMS.',
  backGuardian: "Are you a guardian? Do this together with the person. The letter comes to the person. Choose SMS with your own mobile number.",
  'pic.settings': 'Picture of the MinID settings. PIN-fri has put a frame around the choice for codes by SMS.',
  'pic.login-code': 'Picture of the MinID login. The page asks for the code from SMS.',
  picNote: 'The picture is a copy made by PIN-fri. The real page may look a little different.',
};

export const GUIDE_TEXT: Readonly<Record<Language, GuideMessages>> = { nb, nn, en };

/** The steps of each path, in the letter's order; each is one block in the guide. */
export const GUIDE_STEPS = {
  sms: ['sms.1', 'sms.2', 'sms.3', 'sms.4', 'sms.5', 'sms.6'],
  app: ['app.1', 'app.2', 'app.3', 'app.4', 'app.5'],
  'back-in': ['back.1', 'back.2', 'back.3', 'back.4', 'back.5'],
  'back-in-app': ['back.1', 'back.2', 'backApp.1', 'backApp.2', 'backApp.3'],
} as const satisfies Record<PathId, readonly GuideKey[]>;

/** The guide's steps of the way back in are the popup's, in the same order: each has the popup step's source. */
export const GUIDE_BACK_IN_STEPS: Readonly<Record<(typeof GUIDE_STEPS)['back-in' | 'back-in-app'][number], StepId>> = {
  'back.1': 'back-in-call',
  'back.2': 'back-in-letter',
  'back.3': 'back-in-create',
  'back.4': 'back-in-sms',
  'back.5': 'back-in-login',
  'backApp.1': 'back-in-app-start',
  'backApp.2': 'back-in-app-scan',
  'backApp.3': 'back-in-app-finish',
};

/** Where a step of the guide comes from, as the words to print under it; null for the letter's own two paths. */
export function guideSource(language: Language, key: GuideKey): string | null {
  const step = (GUIDE_BACK_IN_STEPS as Record<string, StepId | undefined>)[key];
  const source = step ? STEP_SOURCES[step] : undefined;
  return source ? guideText(language, `source.${source}`) : null;
}

/**
 * The guide's pictures: a step, and a picture of the page for that step in
 * each language, made from the replica pages by `npm run demo --
 * --guide-pictures` (never copied from Digdir's pages) and kept in
 * public/pictures/. The alt text is `pic.<name>`.
 */
export const GUIDE_PICTURES = [
  { step: 'sms.3', name: 'settings' },
  { step: 'sms.6', name: 'login-code' },
] as const satisfies readonly { step: GuideKey; name: string }[];

export type GuidePictureName = (typeof GUIDE_PICTURES)[number]['name'];

/** Where a picture is, from the extension's root (public/ in the sources). */
export function guidePicturePath(name: GuidePictureName, language: Language): string {
  return `pictures/${name}-${language}.png`;
}

export function guideText(language: Language, key: GuideKey): string {
  return GUIDE_TEXT[language][key];
}

/**
 * The guide's language: `?lang=` when it names one of ours (a link can ask
 * for a language), else the language chosen in the popup, else the browser's.
 */
export function guideLanguage(query: string | null, stored: Language | null, uiLanguage: string | undefined): Language {
  if (isOneOf(LANGUAGES, query)) return query;
  return stored ?? languageFromBrowser(uiLanguage);
}
