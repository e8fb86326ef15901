/**
 * The words the official pages use, in Bokmål, Nynorsk and English, and how we
 * read a label for its meaning. Data first; the matcher (finder.ts) only
 * combines these concepts.
 *
 * Sources: docs/PAGES.md "Wording" and "Login methods". Nynorsk for the SMS
 * option is NOT verified there, so we match by
 * concept (an SMS word plus a code word), not by exact phrase: a slightly
 * different label still matches, and a wrong guess in this table costs nothing.
 *
 * Wording is data: lists of words and phrases ('a|b|c'), written as
 * normalise() leaves text, and looked up with has() and is(). A new wording
 * is a word added to a list, with nothing to escape. Regular expressions are
 * used in one place, normalise(), where they shape text (marks, numbers,
 * punctuation, spaces) and name no words: there a character class says it
 * more clearly than any loop. Each of them takes time in step with the length
 * of the text, however hostile (fuzz.test.ts feeds them long runs of
 * brackets, digits and hyphens).
 */

/**
 * Lower-case, fold diacritics (å→a, but ø/æ stay), turn NBSP and other spaces
 * into one space, drop phone numbers (in brackets or bare) and punctuation
 * other than a word's hyphen. "Code from SMS (93282061)" → "code from sms".
 * A letter or a digit is whatever Unicode calls one, in any script.
 */
export function normalise(text: string): string {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded
    .replace(BRACKETED, (part) => (CLOSED.test(part) && /\d/.test(part) ? ' ' : part))
    .replace(/\+?\d[\d\s-]{4,}\d/g, ' ')
    .replace(LATIN.test(folded) ? NOT_LATIN_WORD : NOT_WORD, ' ')
    .replace(HYPHENS_AT_EDGE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Anything but a letter, a digit or a hyphen, in any script. */
const NOT_WORD = /[^\p{L}\p{N}-]+/gu;

/**
 * NOT_WORD for a text in Latin script, where it says the same with plain
 * ranges: U+0000–U+024F holds, once NFKD has split off every mark and
 * decomposed ª, ², ¼ and kin, no letter or digit but ASCII's and
 * U+00C0–U+024F's, less × and ÷. Every label on the official pages is Latin.
 * Kept beside NOT_WORD for what it saves: the first use of NOT_WORD in a
 * page compiles Unicode's tables of letters and digits, and a content script
 * pays that again in each page. The settings page's labels, read in a fresh
 * Chromium world, took 2.2 ms with NOT_WORD alone and 1.0 ms with this beside
 * it (medians of 15, docs/PERFORMANCE.md). wording.test.ts checks that the
 * two agree on every character up to U+0400 and on any text.
 */
const LATIN = /^[\u0000-\u024f]*$/;
const NOT_LATIN_WORD = /[^0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]+/g;

/**
 * From an opening bracket to the first closing one after it, or to the end of
 * the text; normalise() drops the part when it closes and holds a digit
 * ("(93282061)", "[+47 932 82 061]"). Running on to the end makes every
 * opening bracket a match, so a long text with no closing bracket is read
 * once, not once for each opening bracket in it.
 */
const BRACKETED = /[([{][^)\]}]*(?:[)\]}]|$)/g;
const CLOSED = /[)\]}]$/;

/**
 * Hyphens that begin or end a word ("— SMS —", "- kode"), not those inside
 * one ("sms-kode"). (?<!-): a run of hyphens inside a word is tried once,
 * from its first hyphen, not again from each hyphen in it.
 */
const HYPHENS_AT_EDGE = /(^|\s)-+|(?<!-)-+(?=\s|$)/g;

/**
 * The login methods a settings page offers (docs/PAGES.md "Login methods":
 * ID-porten records them as Minid-PIN, Minid-OTC, Minid-APP, Minid-TOTP and
 * Minid-WEBAUTHN). 'other' is a method that is named as one but that we do
 * not know: never PIN, so never a reason to push the person to SMS.
 */
export type Method = 'sms' | 'pin' | 'app' | 'totp' | 'webauthn' | 'other';

/**
 * Known labels for the SMS option, written normalised (wording.test.ts checks
 * it). A label that is one of these is the strongest evidence; concept
 * matching below catches the rest.
 * (docs/PAGES.md "Wording": "Kode på SMS"; method names "engangskode(r) på SMS", "eingongskode
 * på SMS", "one-time code(s) by/via/on SMS"; en "Code on SMS / Code from SMS".)
 */
export const SMS_OPTION_PHRASES =
  'kode pa sms|koder pa sms|engangskode pa sms|engangskoder pa sms|eingongskode pa sms|eingongskodar pa sms|' +
  'sms-kode|sms-koder|kode via sms|engangskode via sms|' +
  'code on sms|code from sms|code by sms|code via sms|sms code|one-time code by sms|one-time code via sms|' +
  'one-time code on sms|one-time codes by sms|one-time codes via sms|one time code by sms|one-time code from sms';

/**
 * Word lists, 'a|b|c', looked up in normalised text (words apart by one space
 * or a hyphen) by has(), or compared with a whole text or word by is().
 * wording.test.ts checks each list against the regular expression it
 * replaced. A word that a shorter one in the same list always finds is left
 * out ("koder" with "kode" anywhere, "minid-app" with "app" as a word).
 */

/** Where a listed word must stand: anywhere, even inside a longer word; where a word begins; or as a whole word. */
export const ANYWHERE = 0;
export const AT_START = 1;
export const WHOLE = 2;
export type Where = typeof ANYWHERE | typeof AT_START | typeof WHOLE;

const apart = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '-';

/** Whether `text` holds one of the words in `list` ('a|b|c'), standing as `where` says. */
export function has(text: string, list: string, where: Where = ANYWHERE): boolean {
  return list.split('|').some((word) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (!where || (apart(text[at - 1]) && (where < WHOLE || apart(text[at + word.length])))) return true;
    }
    return false;
  });
}

/** Whether `text`, all of it, is one of the entries in `list` ('a|b|c'). */
export function is(text: string, list: string): boolean {
  return list.split('|').includes(text);
}

const SMS_WORD = 'sms|tekstmelding|tekstmeldingar|tekstmeldinger|text message|text messages';
const CODE_WORD = 'kode|kodar|code|passord|password|engangs|eingongs|one-time|one time';
/** "pinkode" and "pin-kode" anywhere; "pin" and "kodebrev" as words ("pinkoder" and "pin-kodebrev" hold one of the first two). */
const isPin = (text: string) => has(text, 'pinkode|pin-kode') || has(text, 'pin|kodebrev', WHOLE);
const APP_WORD = 'app|appen|application';
/**
 * An authenticator app (Minid-TOTP). It is an "app" too, so it is tested
 * before the MinID app. Only "autentiseringsapp"/"authenticator" and TOTP are
 * sourced as names; "kodeapp" and "app for engangskoder" are inferred.
 */
const TOTP_WORD = 'autentiseringsapp|authenticator|kodeapp|totp|app for engangs|app for eingongs|app for one-time|app for one time';
/** A security key or passkey (Minid-WEBAUTHN); the Norwegian names are inferred. */
const WEBAUTHN_WORD = 'sikkerhetsnøkkel|sikkerheitsnøkkel|tryggleiksnøkkel|passnøkkel|security key|passkey|webauthn|fido';
/** Named as a way to log in, but not one we know (inferred). */
const OTHER_METHOD_WORD = 'kodebrikke|kodegenerator|code generator';

/**
 * Words that make a control something other than a login-method choice, even
 * when it mentions SMS: notifications, changing a number, reading more.
 * (The decoys the settings and contact pages have: "Endre mobilnummer",
 * notification checkboxes, "Les mer".)
 */
const isDecoy = (text: string) =>
  has(
    text,
    'varsel|varsle|varsling|varslar|notification|notify|alert|nyhetsbrev|newsletter|endre|endra|change|oppdater|update|les mer|read more|mer om|meir om|about|hjelp|help|send pa nytt|send again|resend|ny kode|new code',
    AT_START,
  );

/**
 * The e-IDs ID-porten offers beside MinID (docs/PAGES.md "Hosts", the chooser):
 * a label that names one is an e-ID to log in with, never a MinID login method.
 * MinID itself counts only as a label's whole first word ("MinID — Kode på SMS
 * eller MinID-appen"), and not before an app word: "MinID-appen" and "MinID
 * app" are one of MinID's methods.
 */
const OTHER_EID_WORD = 'bankid|buypass|commfides';
const isEid = (text: string, words: readonly string[]) =>
  (words[0] === 'minid' && !is(words[1] ?? '', APP_WORD)) || has(text, OTHER_EID_WORD, WHOLE);

/** A label normalised, and its words. */
function read(label: string): [text: string, words: string[]] {
  const text = normalise(label);
  return [text, text === '' ? [] : text.split(' ')];
}

/** Labels longer than this are prose, not an option label. */
export const MAX_LABEL_WORDS = 12;

export interface LabelMeaning {
  method: Method | null;
  /** The label equals a known SMS phrase (after normalising). */
  exact: boolean;
  decoy: boolean;
  /** The label names an e-ID (MinID, BankID, Buypass, Commfides): an entry of an e-ID chooser, not a method. */
  eid: boolean;
  words: number;
}

/** What login method a label names, if any. Input must be raw label text. */
export function meaningOf(label: string): LabelMeaning {
  const [text, words] = read(label);
  const method: Method | null =
    // Minid-OTC is ID-porten's own name for codes by SMS.
    (has(text, SMS_WORD, WHOLE) && (words.length <= 2 || has(text, CODE_WORD))) || text.includes('minid-otc') ? 'sms'
    : isPin(text) ? 'pin'
    : has(text, WEBAUTHN_WORD) ? 'webauthn'
    : has(text, TOTP_WORD) ? 'totp'
    : has(text, OTHER_METHOD_WORD) ? 'other'
    : has(text, APP_WORD, WHOLE) ? 'app'
    : null;
  return { method, exact: is(text, SMS_OPTION_PHRASES), decoy: isDecoy(text), eid: isEid(text, words), words: words.length };
}

/**
 * Saving. A save button's label (docs/PAGES.md "Wording": Lagre, Bekreft/Stadfest,
 * Save, Confirm; Northern Sami "Vurke") and the confirmation a page shows after saving. Inferred: the
 * exact confirmation text is not verified, so we accept the common verbs.
 */
const SAVE_BUTTON = 'lagre|lagre endringer|lagre endringane|lagre valg|lagre valet|bekreft|stadfest|save|save changes|confirm|vurke';
// "er lagret", "has been saved": the last word is enough. A word here is what stands between spaces ("ulagret", "lagret-x" are not it).
const SAVED_WORD = 'lagret|lagra|saved|oppdatert|updated';

export function isSaveLabel(label: string): boolean {
  return is(normalise(label), SAVE_BUTTON);
}

export function isSavedMessage(message: string): boolean {
  const [, words] = read(message);
  return words.length <= 16 && words.some((word) => is(word, SAVED_WORD));
}

/**
 * Login page: the field where the user types the code that came by SMS.
 * Evidence that SMS is switched on, so it must be precise: the label names
 * both SMS and a code, and not a PIN letter, a password, a phone number or an
 * action ("Send ny kode på SMS"). The known labels (docs/PAGES.md "Wording", SMS
 * code prompt: Kode fra SMS / Kode frå SMS / Code from SMS, and Northern Sami
 * "Koda maid ožžot SMS bokte:") all pass the concept rule, which also catches
 * variants such as "Skriv inn koden fra SMS"; wording.test.ts keeps the list
 * (on the page, every byte counts).
 * "Engangskode" alone does NOT count: the MinID app's codes are one-time codes too.
 */
// "koda": Northern Sami ("Koda maid ožžot SMS bokte:").
const CODE_ONLY_WORD = 'koda|kode|koden|kodar|koder|code|codes|engangskode|eingongskode|engangskoden|eingongskoden|otp';
const PASSWORD_WORD = 'passord|password|passphrase';
// A field for a phone number mentions SMS too ("Mobilnummer for SMS"), but asks for no code.
const PHONE_WORD = 'nummer|number';

/** Labels longer than this are a sentence of prose, not a field label. */
export const MAX_FIELD_LABEL_WORDS = 10;

/** A field label that asks for the code sent by SMS (nb, nn, en). Input must be raw label text. */
export function isSmsCodePrompt(label: string): boolean {
  const [text, words] = read(label);
  return (
    words.length > 0 &&
    words.length <= MAX_FIELD_LABEL_WORDS &&
    !(isPin(text) || has(text, PASSWORD_WORD) || has(text, PHONE_WORD) || isDecoy(text)) &&
    has(text, SMS_WORD, WHOLE) &&
    has(text, CODE_ONLY_WORD, WHOLE)
  );
}

/**
 * Contact page: the mobile-number field (docs/PAGES.md "Wording", mobile field:
 * Mobilnummer, Mobile phone number, Northern Sami Mobilnummar). The concept
 * rule accepts the known labels (kept in wording.test.ts) and a few extra
 * words ("Mobilnummer (valfritt)", "Ditt mobilnummer"), but never an e-mail
 * field, an action ("Endre mobilnummer") or a notification.
 */
const MOBILE_WORD = 'mobil|mobilnummer|mobilnummar|mobilnummeret|mobiltelefon|mobiltelefonnummer|mobiltelefonnummeret|mobile|cell|cellphone';
const EMAIL_WORD = 'e-post|epost|e-mail|email';
const MAX_MOBILE_LABEL_WORDS = 6;

/** A field label that asks for the user's mobile number (nb, nn, en). Input must be raw label text. */
export function isMobileNumberLabel(label: string): boolean {
  const [text, words] = read(label);
  return (
    words.length > 0 &&
    words.length <= MAX_MOBILE_LABEL_WORDS &&
    !(has(text, EMAIL_WORD) || isDecoy(text) || has(text, SMS_WORD, WHOLE) || has(text, CODE_ONLY_WORD, WHOLE) || has(text, APP_WORD, WHOLE)) &&
    has(text, MOBILE_WORD, WHOLE)
  );
}

/**
 * A summary row that names the login method ("Innloggingsmetode: Kode fra
 * PIN-kodebrev [Endre]"). docs/PAGES.md "How the pages are built": overviews
 * show a value with an edit button. The row labels are inferred.
 */
const METHOD_LABEL = 'innloggingsmetode|innloggingsmate|paloggingsmetode|login method|sign-in method';
/** The first word of an edit button ("Endre innloggingsmetode"), or a phrase anywhere in it ("Klikk her for å endre"). */
const EDIT_FIRST_WORD = 'endre|endra|rediger|edit|change';
const EDIT_PHRASE = 'for a endre';

export function namesLoginMethod(text: string): boolean {
  return has(normalise(text), METHOD_LABEL);
}

/** An edit button or link ("Endre", "Endre innloggingsmetode", "Change"). */
export function isEditLabel(label: string): boolean {
  const [text, words] = read(label);
  return is(words[0] ?? '', EDIT_FIRST_WORD) || has(text, EDIT_PHRASE);
}

/**
 * A page that says it is an error or "not found" (inferred wording, read
 * conservatively from the title or the main heading only).
 */
// Anywhere in the heading: "Vi fant ikke siden" (nb), "Fann ikkje sida" (nn), "Sida finst ikkje", "Noe gikk galt", "Page not found"…
const MISSING_PAGE =
  'fant ikke sid|finner ikke sid|fann ikke sid|finn ikke sid|fant ikkje sid|finner ikkje sid|fann ikkje sid|finn ikkje sid|' +
  'siden finnes ikk|siden finst ikk|sida finnes ikk|sida finst ikk|' +
  'gikk galt|gjekk gale|oppstod en feil|oppstod ein feil|not found|does not exist|went wrong|error occurred';
// The whole heading, or "404" as one of its words ("Feil 404", "404 – Fant ikke siden").
const MISSING_PAGE_ALONE = 'feil|error';

export function isMissingPageText(heading: string): boolean {
  const [text, words] = read(heading);
  return words.length <= 8 && (has(text, MISSING_PAGE) || words.includes('404') || is(text, MISSING_PAGE_ALONE));
}
