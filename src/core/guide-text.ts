/**
 * Every word of the printable guide (src/guide), in Bokmål, Nynorsk and
 * English, kept apart from popup-text.ts so the guide can grow without touching the
 * popup's words. Same rules: plain language, short sentences, common words.
 * The type makes a missing translation a compile error; a unit test checks
 * that every language has every text and measures the Norwegian with LIX.
 *
 * The steps follow the 2022 letter to guardians and docs/PAGES.md ("Login
 * methods", "Locked out", "Guardians", "Help and contact").
 */
import { STEP_SOURCES, type PathId, type StepId } from './checklist';
import { LANGUAGES, type Language } from './language';
import { languageFromBrowser } from './language';
import { isOneOf } from './record';

const nb = {
  docTitle: 'PIN-fri: slik slutter du med PIN-kode',
  languageNav: 'Språk',
  title: 'Slik slutter du med PIN-kode i MinID',
  lead: 'PIN-kodebrev virker ikke lenger. Nå logger du inn med kode på SMS eller med MinID-appen. Velg én av dem.',
  print: 'Skriv ut',
  tickHelp: 'Kryss av i boksen når et steg er gjort.',
  smsHeading: 'Kode på SMS',
  smsNeed: 'Du trenger passordet ditt til MinID og en mobiltelefon.',
  'sms.1': 'Gå til MinID-innstillingene:',
  'sms.2': 'Velg hvordan du vil logge inn. Logg inn.',
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
  leadBackIn: 'Virker ikke PIN-kodene, og du kommer ikke inn? Les delen om det lenger ned.',
  smsFallback: 'Virker ikke adressen? Gå til minid.no, logg inn og se etter innstillingene. Eller ring 800 30 300.',
  backHeading: 'PIN-kodene virker ikke, og du kommer ikke inn',
  backNeed: 'Har du bare brukt PIN-kodebrev? Da kommer du ikke inn nå. Slik får du MinID til å virke igjen.',
  'back.1': 'Ring MinID på 800 30 300. Be dem nullstille MinID-en din.',
  'back.2': 'Vent på aktiveringsbrevet. Det kommer i posten til adressen din i Folkeregisteret. Bruk brevet snart. Det gjelder bare en kort tid.',
  'back.3': 'Lag MinID-brukeren på nytt med brevet:',
  'back.4': 'Velg «Kode på SMS».',
  'back.5': 'Logg inn med MinID. Du får en kode på SMS.',
  backYouCall: 'Det er du som ringer. Digdir ber aldri om passord eller koder på telefon.',
  backGuardian: 'Er du verge? Gjør dette sammen med personen. Brevet kommer til personen. Velg SMS med ditt eget mobilnummer.',
  'source.statsforvalteren-2022': 'Kilde: Statsforvalteren, 2022',
  'source.minid-no': 'Kilde: minid.no',
  'source.letter-2022': 'Kilde: brevet fra Digdir, 2022',
  newUserHeading: 'Har du aldri hatt MinID?',
  newUserOrder: 'Bestill et aktiveringsbrev på nett. Du trenger fødselsnummeret ditt. Du får en kode på SMS som du skriver inn.',
  newUserPost: 'Brevet kommer i posten om lag 10 virkedager etter. Det gjelder i 60 dager.',
  newUserAge: 'Du kan bestille fra det året du fyller 13.',
  guardianHeading: 'For deg som er verge',
  guardianSms: 'Som verge bruker du kode på SMS. Appen kan bare brukes av personen selv.',
  guardianNumber: 'Statsforvalteren anbefaler at du bruker ditt eget mobilnummer.',
  guardianShared: 'Du kan bruke samme mobilnummer for flere personer.',
  guardianPower: 'Har du alt en bruker på den du er verge for? Da trenger du ikke sende vergefullmakten på nytt.',
  guardianReset: 'Virker ikke MinID for den du er verge for? Dere kan be Digdir om å nullstille den. Da kommer et brev i posten. Med brevet lager du en ny bruker.',
  guardianNoSharing: 'Del aldri passord eller koder med andre.',
  helpHeading: 'Hjelp',
  helpPhone: 'Ring MinID på 800 30 300',
  helpAbroad: 'Fra utlandet: +47 800 30 300',
  helpMail: 'E-post: brukerstotte@digdir.no',
  helpPages: 'Hjelp på nett: minid.no',
  fraudHeading: 'Pass på svindel',
  fraud1: 'Digdir ber deg aldri om passord eller koder på telefon, SMS eller e-post.',
  fraud2: 'Svindlere kan ringe fra et nummer som ser ut som 800 30 300. Legg på.',
  fraud3: 'Ikke trykk på lenker i meldinger. Skriv adressen selv.',
  independent: 'PIN-fri er laget uavhengig av Digdir.',
  'pic.settings': 'Bilde av MinID-innstillingene. PIN-fri har satt en ramme rundt «Kode på SMS».',
  'pic.login-code': 'Bilde av innloggingen i MinID. Siden ber om koden fra SMS.',
  picNote: 'Bildet er en kopi laget av PIN-fri. Den ekte siden kan se litt annerledes ut.',
};

export type GuideKey = keyof typeof nb;
type GuideMessages = { [K in GuideKey]: string };

const nn: GuideMessages = {
  docTitle: 'PIN-fri: slik sluttar du med PIN-kode',
  languageNav: 'Språk',
  title: 'Slik sluttar du med PIN-kode i MinID',
  lead: 'PIN-kodebrev verkar ikkje lenger. No loggar du inn med kode på SMS eller med MinID-appen. Vel éin av dei.',
  print: 'Skriv ut',
  tickHelp: 'Kryss av i boksen når eit steg er gjort.',
  smsHeading: 'Kode på SMS',
  smsNeed: 'Du treng passordet ditt til MinID og ein mobiltelefon.',
  'sms.1': 'Gå til MinID-innstillingane:',
  'sms.2': 'Vel korleis du vil logge inn. Logg inn.',
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
  leadBackIn: 'Verkar ikkje PIN-kodane, og du kjem ikkje inn? Les delen om det lenger ned.',
  smsFallback: 'Verkar ikkje adressa? Gå til minid.no, logg inn og sjå etter innstillingane. Eller ring 800 30 300.',
  backHeading: 'PIN-kodane verkar ikkje, og du kjem ikkje inn',
  backNeed: 'Har du berre brukt PIN-kodebrev? Då kjem du ikkje inn no. Slik får du MinID til å verke igjen.',
  'back.1': 'Ring MinID på 800 30 300. Be dei nullstille MinID-en din.',
  'back.2': 'Vent på aktiveringsbrevet. Det kjem i posten til adressa di i Folkeregisteret. Bruk brevet snart. Det gjeld berre ei kort tid.',
  'back.3': 'Lag MinID-brukaren på nytt med brevet:',
  'back.4': 'Vel «Kode på SMS».',
  'back.5': 'Logg inn med MinID. Du får ein kode på SMS.',
  backYouCall: 'Det er du som ringjer. Digdir ber aldri om passord eller kodar på telefon.',
  backGuardian: 'Er du verje? Gjer dette saman med personen. Brevet kjem til personen. Vel SMS med ditt eige mobilnummer.',
  'source.statsforvalteren-2022': 'Kjelde: Statsforvaltaren, 2022',
  'source.minid-no': 'Kjelde: minid.no',
  'source.letter-2022': 'Kjelde: brevet frå Digdir, 2022',
  newUserHeading: 'Har du aldri hatt MinID?',
  newUserOrder: 'Bestill eit aktiveringsbrev på nett. Du treng fødselsnummeret ditt. Du får ein kode på SMS som du skriv inn.',
  newUserPost: 'Brevet kjem i posten om lag 10 vyrkedagar etter. Det gjeld i 60 dagar.',
  newUserAge: 'Du kan bestille frå det året du fyller 13.',
  guardianHeading: 'For deg som er verje',
  guardianSms: 'Som verje brukar du kode på SMS. Appen kan berre brukast av personen sjølv.',
  guardianNumber: 'Statsforvaltaren tilrår at du brukar ditt eige mobilnummer.',
  guardianShared: 'Du kan bruke same mobilnummer for fleire personar.',
  guardianPower: 'Har du alt ein brukar på den du er verje for? Då treng du ikkje sende verjefullmakta på nytt.',
  guardianReset: 'Verkar ikkje MinID for den du er verje for? De kan be Digdir om å nullstille han. Då kjem eit brev i posten. Med brevet lagar du ein ny brukar.',
  guardianNoSharing: 'Del aldri passord eller kodar med andre.',
  helpHeading: 'Hjelp',
  helpPhone: 'Ring MinID på 800 30 300',
  helpAbroad: 'Frå utlandet: +47 800 30 300',
  helpMail: 'E-post: brukerstotte@digdir.no',
  helpPages: 'Hjelp på nett: minid.no',
  fraudHeading: 'Pass på svindel',
  fraud1: 'Digdir ber deg aldri om passord eller kodar på telefon, SMS eller e-post.',
  fraud2: 'Svindlarar kan ringje frå eit nummer som ser ut som 800 30 300. Legg på.',
  fraud3: 'Ikkje trykk på lenker i meldingar. Skriv adressa sjølv.',
  independent: 'PIN-fri er laga uavhengig av Digdir.',
  'pic.settings': 'Bilete av MinID-innstillingane. PIN-fri har sett ei ramme rundt «Kode på SMS».',
  'pic.login-code': 'Bilete av innlogginga i MinID. Sida ber om koden frå SMS.',
  picNote: 'Biletet er ein kopi laga av PIN-fri. Den ekte sida kan sjå litt annleis ut.',
};

const en: GuideMessages = {
  docTitle: 'PIN-fri: how to stop using PIN codes',
  languageNav: 'Language',
  title: 'How to stop using PIN codes in MinID',
  lead: 'PIN-code letters no longer work. Now you log in with a code by SMS or with the MinID app. Choose one of them.',
  print: 'Print',
  tickHelp: 'Tick the box when a step is done.',
  smsHeading: 'Code by SMS',
  smsNeed: 'You need your MinID password and a mobile phone.',
  'sms.1': 'Go to the MinID settings:',
  'sms.2': 'Choose how to log in. Log in.',
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
  leadBackIn: 'Do your PIN codes not work, and you cannot log in? Read the part about it further down.',
  smsFallback: 'Does the address not work? Go to minid.no, log in and look for the settings. Or call +47 800 30 300.',
  backHeading: 'My PIN codes do not work, and I cannot log in',
  backNeed: 'Did you only use PIN-code letters? Then you cannot log in now. This is how MinID works again.',
  'back.1': 'Call MinID on +47 800 30 300. Ask them to reset your MinID.',
  'back.2': 'Wait for the activation letter. It comes by post to your address in the population register. Use the letter soon. It is only valid for a short time.',
  'back.3': 'Create your MinID user again with the letter:',
  'back.4': 'Choose "Code on SMS" ("Kode på SMS").',
  'back.5': 'Log in with MinID. You get a code by SMS.',
  backYouCall: 'You are the one who calls. Digdir never asks for passwords or codes by phone.',
  backGuardian: "Are you a guardian? Do this together with the person. The letter comes to the person. Choose SMS with your own mobile number.",
  'source.statsforvalteren-2022': 'Source: the county governor (Statsforvalteren), 2022',
  'source.minid-no': 'Source: minid.no',
  'source.letter-2022': "Source: Digdir's letter, 2022",
  newUserHeading: 'Never had MinID?',
  newUserOrder: 'Order an activation letter online. You need your national ID number. You get a code by SMS to type in.',
  newUserPost: 'The letter comes by post after about 10 working days. It is valid for 60 days.',
  newUserAge: 'You can order one from the year you turn 13.',
  guardianHeading: 'For guardians',
  guardianSms: 'As a guardian you use codes by SMS. Only the person can use the app.',
  guardianNumber: 'The county governor recommends that you use your own mobile number.',
  guardianShared: 'You can use the same mobile number for several people.',
  guardianPower: 'Do you already have a user for the person you are guardian for? Then you need not send the guardianship power again.',
  guardianReset: 'Does MinID not work for the person you are guardian for? Together you can ask Digdir to reset it. A letter then comes by post. With the letter you make a new user.',
  guardianNoSharing: 'Never share passwords or codes with anyone.',
  helpHeading: 'Help',
  helpPhone: 'Call MinID on 800 30 300',
  helpAbroad: 'From abroad: +47 800 30 300',
  helpMail: 'E-mail: brukerstotte@digdir.no',
  helpPages: 'Help online: minid.no',
  fraudHeading: 'Watch out for fraud',
  fraud1: 'Digdir never asks for your password or codes by phone, SMS or e-mail.',
  fraud2: 'Fraudsters can call from a number that looks like 800 30 300. Hang up.',
  fraud3: 'Do not press links in messages. Type the address yourself.',
  independent: 'PIN-fri is made independently of Digdir.',
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
} as const satisfies Record<PathId, readonly GuideKey[]>;

/** The guide's steps of the way back in are the popup's, in the same order: each has the popup step's source. */
export const GUIDE_BACK_IN_STEPS: Readonly<Record<(typeof GUIDE_STEPS)['back-in'][number], StepId>> = {
  'back.1': 'back-in-call',
  'back.2': 'back-in-letter',
  'back.3': 'back-in-create',
  'back.4': 'back-in-sms',
  'back.5': 'back-in-login',
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
