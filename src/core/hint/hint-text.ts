/**
 * Every word the on-page hint shows, in Bokmål, Nynorsk and English, and what
 * the hint can say (its states, and which words each state shows). The
 * content script carries none of the words: the background, which alone reads
 * the person's language, sends the words for that one language with the
 * hint's setup (content-messages.ts, HintSetup). Kept apart from the popup's
 * texts (popup-text.ts), so that message holds only the hint's few lines. The keys
 * are typed from the states: a missing translation, a state without words or
 * a misspelt key is a compile error; a test checks placeholders match across
 * languages.
 */
import type { Method } from '../find/wording';
import type { Language } from '../language';

/** What the hint is saying: its callout's `data-state` (README, "Observable contract"). */
export type HintState =
  | 'choose'
  | 'pin'
  | 'save'
  | 'done'
  | 'not-found'
  | 'sms-active'
  | 'mobile'
  | 'login-first'
  /** A <select> offers the choice: pick «Kode på SMS» in it. */
  | 'select'
  /** «Kode på SMS» is there but cannot be chosen yet: register a mobile number first. */
  | 'sms-unavailable'
  /** A summary row shows PIN: press the button that opens the choice. */
  | 'open-choice'
  /** Already off PIN codes (the MinID app, an authenticator, a security key, or a method we do not know): change nothing. */
  | 'off-pin'
  /** An error or "not found" page: the way on, with the help links. */
  | 'page-missing';

/** A saved method that is off PIN codes and is not SMS: each has its own "you need change nothing". */
export type OffPinMethod = Exclude<Method, 'pin' | 'sms'>;

/**
 * Which words the hint says: each state its own, but 'off-pin' one set per
 * saved method ('off-pin-app', …). The state follows from the words.
 */
export type HintWords = Exclude<HintState, 'off-pin'> | `off-pin-${OffPinMethod}`;

/** The words a guardian reads instead, for the states that tell what to choose: SMS with the guardian's own number. */
export const GUARDIAN_WORDS = ['choose', 'pin', 'select', 'mobile', 'sms-unavailable'] as const satisfies readonly HintWords[];

/** Every key of the hint's table: a title and a why for each of its words, the guardian's variants, and the words around them. */
export type HintTextKey =
  | `hint.${HintWords}.${'title' | 'why'}`
  | `guardian.hint.${(typeof GUARDIAN_WORDS)[number]}.why`
  | 'hintRegion'
  | 'helpCall'
  | 'helpSite'
  | 'hintYouChoose'
  | 'showMe'
  | 'notNow'
  /** Added to the marked option's own accessible description while the hint points at it (content/mark.ts): heard at the option itself. */
  | 'optionSuggested';

type HintTexts = Readonly<Record<HintTextKey, string>>;

const nb: HintTexts = {
  hintRegion: 'PIN-fri: hjelp på denne siden',
  'hint.choose.title': 'Velg «Kode på SMS»',
  'hint.choose.why': 'Da får du en kode på SMS når du logger inn. PIN-kodebrev virker ikke lenger. MinID-appen er også et godt valg.',
  'hint.pin.title': 'Du bruker fortsatt PIN-kodebrev',
  'hint.pin.why': 'PIN-koder virker ikke lenger. Velg «Kode på SMS» på denne siden. MinID-appen er også et godt valg.',
  'hint.save.title': 'Bra! Trykk nå «Lagre»',
  'hint.save.why': 'Valget ditt er ikke lagret før du trykker «Lagre».',
  'hint.done.title': 'Ferdig: du bruker kode på SMS',
  'hint.done.why': 'Neste gang du logger inn, får du en kode på SMS.',
  'hint.not-found.title': 'Jeg fant ikke valget på denne siden',
  'hint.not-found.why': 'Siden kan ha endret seg. Trenger du hjelp, ring MinID på 800 30 300.',
  'hint.sms-active.title': 'Du bruker kode på SMS',
  'hint.sms-active.why': 'MinID ber om koden fra SMS. Da er SMS slått på.',
  'hint.login-first.title': 'Logg inn først',
  'hint.login-first.why': 'Velg MinID, BankID, Buypass eller Commfides. Etterpå viser PIN-fri deg hvor du velger «Kode på SMS».',
  'hint.mobile.title': 'Sjekk mobilnummeret ditt',
  'hint.mobile.why': 'Koden kommer på SMS til dette nummeret. Rett det hvis det er feil, og trykk «Lagre».',
  'hint.select.title': 'Velg «Kode på SMS» i lista',
  'hint.select.why': 'Åpne lista og velg «Kode på SMS». Da får du en kode på SMS når du logger inn. MinID-appen er også et godt valg.',
  'hint.sms-unavailable.title': 'Legg inn mobilnummeret ditt først',
  'hint.sms-unavailable.why':
    '«Kode på SMS» kan velges når du har et mobilnummer. Se etter en lenke om mobilnummer på denne siden, eller prøv minprofil.kontaktregisteret.no. Kom så tilbake til MinID-innstillingene.',
  'hint.open-choice.title': 'Du bruker fortsatt PIN-kodebrev',
  'hint.open-choice.why': 'PIN-koder virker ikke lenger. Trykk på knappen for å endre. Da viser PIN-fri deg «Kode på SMS».',
  'hint.off-pin-other.title': 'Du bruker ikke PIN-kodebrev',
  'hint.off-pin-other.why': 'Du har en annen måte å logge inn på, ikke PIN-kodebrev. Du trenger ikke endre noe.',
  'hint.off-pin-app.title': 'Du bruker MinID-appen',
  'hint.off-pin-app.why': 'Da er du ferdig med PIN-kodebrev. Du trenger ikke endre noe.',
  'hint.off-pin-totp.title': 'Du bruker en autentiseringsapp',
  'hint.off-pin-totp.why': 'Da er du ferdig med PIN-kodebrev. Du trenger ikke endre noe.',
  'hint.off-pin-webauthn.title': 'Du bruker en sikkerhetsnøkkel',
  'hint.off-pin-webauthn.why': 'Da er du ferdig med PIN-kodebrev. Du trenger ikke endre noe.',
  'hint.page-missing.title': 'Denne siden virker ikke',
  'hint.page-missing.why': 'Gå tilbake og prøv igjen litt senere. Kommer du ikke videre, ring MinID på 800 30 300.',
  helpCall: 'Ring 800 30 300',
  helpSite: 'Hjelp på eid.difi.no',
  hintYouChoose: 'Du velger selv. PIN-fri trykker aldri for deg.',
  showMe: 'Vis meg',
  notNow: 'Ikke nå',
  optionSuggested: 'PIN-fri foreslår «Kode på SMS».',
  // Guardian mode (the background sends these in place of the key without "guardian."): SMS with the guardian's own number.
  'guardian.hint.choose.why': 'Som verge bruker du kode på SMS med ditt eget mobilnummer.',
  'guardian.hint.pin.why': 'PIN-koder virker ikke lenger. Velg «Kode på SMS», med ditt eget mobilnummer.',
  'guardian.hint.select.why': 'Åpne lista og velg «Kode på SMS». Som verge bruker du ditt eget mobilnummer.',
  'guardian.hint.mobile.why': 'Som verge skriver du ditt eget mobilnummer i feltet for mobilnummer. Koden kommer på SMS til det. Trykk så «Lagre».',
  'guardian.hint.sms-unavailable.why':
    'Som verge legger du inn ditt eget mobilnummer først. Se etter en lenke om mobilnummer på denne siden, eller prøv minprofil.kontaktregisteret.no.',
};

const nn: HintTexts = {
  hintRegion: 'PIN-fri: hjelp på denne sida',
  'hint.choose.title': 'Vel «Kode på SMS»',
  'hint.choose.why': 'Då får du ein kode på SMS når du loggar inn. PIN-kodebrev verkar ikkje lenger. MinID-appen er òg eit godt val.',
  'hint.pin.title': 'Du brukar framleis PIN-kodebrev',
  'hint.pin.why': 'PIN-kodar verkar ikkje lenger. Vel «Kode på SMS» på denne sida. MinID-appen er òg eit godt val.',
  'hint.save.title': 'Bra! Trykk no «Lagre»',
  'hint.save.why': 'Valet ditt er ikkje lagra før du trykkjer «Lagre».',
  'hint.done.title': 'Ferdig: du brukar kode på SMS',
  'hint.done.why': 'Neste gong du loggar inn, får du ein kode på SMS.',
  'hint.not-found.title': 'Eg fann ikkje valet på denne sida',
  'hint.not-found.why': 'Sida kan ha endra seg. Treng du hjelp, ring MinID på 800 30 300.',
  'hint.sms-active.title': 'Du brukar kode på SMS',
  'hint.sms-active.why': 'MinID ber om koden frå SMS. Då er SMS slått på.',
  'hint.login-first.title': 'Logg inn først',
  'hint.login-first.why': 'Vel MinID, BankID, Buypass eller Commfides. Etterpå viser PIN-fri deg kvar du vel «Kode på SMS».',
  'hint.mobile.title': 'Sjekk mobilnummeret ditt',
  'hint.mobile.why': 'Koden kjem på SMS til dette nummeret. Rett det om det er feil, og trykk «Lagre».',
  'hint.select.title': 'Vel «Kode på SMS» i lista',
  'hint.select.why': 'Opne lista og vel «Kode på SMS». Då får du ein kode på SMS når du loggar inn. MinID-appen er òg eit godt val.',
  'hint.sms-unavailable.title': 'Legg inn mobilnummeret ditt først',
  'hint.sms-unavailable.why':
    '«Kode på SMS» kan veljast når du har eit mobilnummer. Sjå etter ei lenkje om mobilnummer på denne sida, eller prøv minprofil.kontaktregisteret.no. Kom så tilbake til MinID-innstillingane.',
  'hint.open-choice.title': 'Du brukar framleis PIN-kodebrev',
  'hint.open-choice.why': 'PIN-kodar verkar ikkje lenger. Trykk på knappen for å endre. Då viser PIN-fri deg «Kode på SMS».',
  'hint.off-pin-other.title': 'Du brukar ikkje PIN-kodebrev',
  'hint.off-pin-other.why': 'Du har ein annan måte å logge inn på, ikkje PIN-kodebrev. Du treng ikkje endre noko.',
  'hint.off-pin-app.title': 'Du brukar MinID-appen',
  'hint.off-pin-app.why': 'Då er du ferdig med PIN-kodebrev. Du treng ikkje endre noko.',
  'hint.off-pin-totp.title': 'Du brukar ein autentiseringsapp',
  'hint.off-pin-totp.why': 'Då er du ferdig med PIN-kodebrev. Du treng ikkje endre noko.',
  'hint.off-pin-webauthn.title': 'Du brukar ein tryggleiksnøkkel',
  'hint.off-pin-webauthn.why': 'Då er du ferdig med PIN-kodebrev. Du treng ikkje endre noko.',
  'hint.page-missing.title': 'Denne sida verkar ikkje',
  'hint.page-missing.why': 'Gå tilbake og prøv igjen litt seinare. Kjem du ikkje vidare, ring MinID på 800 30 300.',
  helpCall: 'Ring 800 30 300',
  helpSite: 'Hjelp på eid.difi.no',
  hintYouChoose: 'Du vel sjølv. PIN-fri trykkjer aldri for deg.',
  showMe: 'Vis meg',
  notNow: 'Ikkje no',
  optionSuggested: 'PIN-fri føreslår «Kode på SMS».',
  'guardian.hint.choose.why': 'Som verje brukar du kode på SMS med ditt eige mobilnummer.',
  'guardian.hint.pin.why': 'PIN-kodar verkar ikkje lenger. Vel «Kode på SMS», med ditt eige mobilnummer.',
  'guardian.hint.select.why': 'Opne lista og vel «Kode på SMS». Som verje brukar du ditt eige mobilnummer.',
  'guardian.hint.mobile.why': 'Som verje skriv du ditt eige mobilnummer i feltet for mobilnummer. Koden kjem på SMS til det. Trykk så «Lagre».',
  'guardian.hint.sms-unavailable.why':
    'Som verje legg du inn ditt eige mobilnummer først. Sjå etter ei lenkje om mobilnummer på denne sida, eller prøv minprofil.kontaktregisteret.no.',
};

const en: HintTexts = {
  hintRegion: 'PIN-fri: help on this page',
  'hint.choose.title': 'Choose "Code on SMS"',
  'hint.choose.why': 'Then you get a code by SMS when you log in. PIN-code letters no longer work. The MinID app is a good choice too.',
  'hint.pin.title': 'You still use the PIN-code letter',
  'hint.pin.why': 'PIN codes no longer work. Choose "Code on SMS" on this page. The MinID app is a good choice too.',
  'hint.save.title': 'Good! Now press "Save"',
  'hint.save.why': 'Your choice is not saved until you press "Save".',
  'hint.done.title': 'Done: you use codes by SMS',
  'hint.done.why': 'Next time you log in, you get a code by SMS.',
  'hint.not-found.title': 'I could not find the choice on this page',
  'hint.not-found.why': 'The page may have changed. If you need help, call MinID on 800 30 300.',
  'hint.sms-active.title': 'You use codes by SMS',
  'hint.sms-active.why': 'MinID asks for the code from SMS. So SMS is switched on.',
  'hint.login-first.title': 'Log in first',
  'hint.login-first.why': 'Choose MinID, BankID, Buypass or Commfides. Then PIN-fri shows you where to choose "Code on SMS".',
  'hint.mobile.title': 'Check your mobile number',
  'hint.mobile.why': 'The code comes by SMS to this number. Correct it if it is wrong, and press "Save".',
  'hint.select.title': 'Choose "Code on SMS" in the list',
  'hint.select.why': 'Open the list and choose "Code on SMS". Then you get a code by SMS when you log in. The MinID app is a good choice too.',
  'hint.sms-unavailable.title': 'Add your mobile number first',
  'hint.sms-unavailable.why':
    'You can choose "Code on SMS" once you have a mobile number. Look for a link about the mobile number on this page, or try minprofil.kontaktregisteret.no. Then come back to the MinID settings.',
  'hint.open-choice.title': 'You still use the PIN-code letter',
  'hint.open-choice.why': 'PIN codes no longer work. Press the button to change it. Then PIN-fri shows you "Code on SMS".',
  'hint.off-pin-other.title': 'You do not use the PIN-code letter',
  'hint.off-pin-other.why': 'You have another way to log in, not the PIN-code letter. You need not change anything.',
  'hint.off-pin-app.title': 'You use the MinID app',
  'hint.off-pin-app.why': 'So you are done with PIN-code letters. You need not change anything.',
  'hint.off-pin-totp.title': 'You use an authenticator app',
  'hint.off-pin-totp.why': 'So you are done with PIN-code letters. You need not change anything.',
  'hint.off-pin-webauthn.title': 'You use a security key',
  'hint.off-pin-webauthn.why': 'So you are done with PIN-code letters. You need not change anything.',
  'hint.page-missing.title': 'This page does not work',
  'hint.page-missing.why': 'Go back and try again a little later. If you cannot get on, call MinID on 800 30 300.',
  helpCall: 'Call 800 30 300',
  helpSite: 'Help on eid.difi.no',
  hintYouChoose: 'You choose yourself. PIN-fri never clicks for you.',
  showMe: 'Show me',
  notNow: 'Not now',
  optionSuggested: 'PIN-fri suggests "Code on SMS".',
  'guardian.hint.choose.why': 'As a guardian you use codes by SMS with your own mobile number.',
  'guardian.hint.pin.why': 'PIN codes no longer work. Choose "Code on SMS", with your own mobile number.',
  'guardian.hint.select.why': 'Open the list and choose "Code on SMS". As a guardian you use your own mobile number.',
  'guardian.hint.mobile.why': 'As a guardian you type your own mobile number in the mobile number field. The code comes by SMS to it. Then press "Save".',
  'guardian.hint.sms-unavailable.why':
    'As a guardian you first add your own mobile number. Look for a link about the mobile number on this page, or try minprofil.kontaktregisteret.no.',
};

export const HINT_TEXT: Readonly<Record<Language, HintTexts>> = { nb, nn, en };
