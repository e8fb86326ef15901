import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANYWHERE,
  AT_START,
  has,
  is,
  isEditLabel,
  isMissingPageText,
  isMobileNumberLabel,
  isSavedMessage,
  isSaveLabel,
  isSmsCodePrompt,
  meaningOf,
  namesLoginMethod,
  normalise,
  SMS_OPTION_PHRASES,
  WHOLE,
} from '../../src/core/find/wording';

describe('normalise', () => {
  it.each([
    ['Kode på SMS', 'kode pa sms'],
    ['  KODE\u00a0på\n\tSMS ', 'kode pa sms'],
    ['Code from SMS (93282061)', 'code from sms'],
    ['Code from SMS (+47 932 82 061)', 'code from sms'],
    ['Kode på SMS til 93282061', 'kode pa sms til'],
    ['«Kode på SMS»', 'kode pa sms'],
    ['Kode frå PIN-kodebrev', 'kode fra pin-kodebrev'],
    ['SMS-kode', 'sms-kode'],
    ['— SMS —', 'sms'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(normalise(input)).toBe(output);
  });

  /**
   * The rule as it was first written, one expression a step. Two of them go
   * back and forth on long hostile text (fuzz.test.ts), so normalise() writes
   * those two another way: on any short text the result is the same.
   */
  const reference = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[([{][^)\]}]*\d[^)\]}]*[)\]}]/g, ' ')
      .replace(/\+?\d[\d\s-]{4,}\d/g, ' ')
      .replace(/[^\p{L}\p{N}-]+/gu, ' ')
      .replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();

  it('gives what the rule as first written gives, for every character up to U+0400 and any text', () => {
    for (let code = 0; code < 0x400; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `Kode ${ch}på SMS`, `SMS-${ch}kode`]) expect(normalise(text), `U+${code.toString(16)}`).toBe(reference(text));
    }
    const latinish = fc.constantFrom(...'aåæøöüßÆØÅİȺſǄ0123456789 -–(+)[]{}.,:;«»\u00a0\u0301\u030a×÷ªµ²¼ẞKÅﬀΣσ\u0483\u20dd'.split(''));
    fc.assert(fc.property(fc.string({ unit: latinish }), (text) => normalise(text) === reference(text)), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => normalise(text) === reference(text)), { numRuns: 3000 });
  });

  it('drops numbers in brackets and hyphens at a word\'s edge as the rule as first written did, nested and unclosed too', () => {
    // Mostly brackets, digits, hyphens and spaces: where the two ways of writing it could part.
    const tricky = fc.constantFrom(...'([{)]}1 -a-+'.split(''), '--', ' - ', '(1', '1)', '(a', 'a)');
    fc.assert(fc.property(fc.string({ unit: tricky, maxLength: 40 }), (text) => normalise(text) === reference(text)), { numRuns: 20_000 });
   }, 60_000);
});

describe('SMS_OPTION_PHRASES', () => {
  it('are written as normalise() leaves them, so a label can equal one', () => {
    for (const phrase of SMS_OPTION_PHRASES.split('|')) expect(normalise(phrase)).toBe(phrase);
  });
});

describe('meaningOf', () => {
  it.each([
    ['Kode på SMS', 'sms'],
    ['Eingongskode på SMS', 'sms'],
    ['One-time codes by SMS', 'sms'],
    ['SMS', 'sms'],
    ['Kode fra PIN-kodebrev', 'pin'],
    ['Code from PIN-code letter', 'pin'],
    ['PIN-kode', 'pin'],
    ['MinID-app', 'app'],
    ['MinID app', 'app'],
    // docs/PAGES.md "Login methods": the authenticator app is an app too, but never the MinID app.
    ['MinID-appen', 'app'],
    ['Autentiseringsapp', 'totp'],
    ['Autentiseringsapp/kodeapp', 'totp'],
    ['Authenticator app', 'totp'],
    ['Google Authenticator', 'totp'],
    ['App for engangskoder (TOTP)', 'totp'],
    ['App for eingongskodar', 'totp'],
    ['Sikkerhetsnøkkel', 'webauthn'],
    ['Tryggleiksnøkkel', 'webauthn'],
    ['Sikkerhetsnøkkel eller passnøkkel', 'webauthn'],
    ['Security key / passkey', 'webauthn'],
    ['Passkey', 'webauthn'],
    // ID-porten's own names for the methods.
    ['Minid-PIN', 'pin'],
    ['Minid-OTC', 'sms'],
    ['Minid-APP', 'app'],
    ['Minid-TOTP', 'totp'],
    ['Minid-WEBAUTHN', 'webauthn'],
    ['Kodebrikke', 'other'],
    ['BankID', null],
    ['Lagre', null],
    ['Brev i posten', null],
  ])('%j means %s', (label, method) => {
    expect(meaningOf(label).method).toBe(method);
  });

  it('flags decoys even when they name SMS', () => {
    expect(meaningOf('Send meg varsel på SMS').decoy).toBe(true);
    expect(meaningOf('Endre mobilnummer for kode på SMS').decoy).toBe(true);
    expect(meaningOf('Les mer om kode på SMS').decoy).toBe(true);
    expect(meaningOf('SMS-varsling om nye brev i digital postkasse').decoy).toBe(true);
    expect(meaningOf('Kode på SMS').decoy).toBe(false);
  });

  it.each([
    ['MinID', true],
    ['MinID — Kode på SMS eller MinID-appen', true],
    ['BankID', true],
    ['BankID på mobil', true],
    ['Buypass ID på smartkort', true],
    ['Commfides', true],
    ['Logg inn med BankID', true],
    // MinID's own methods, with MinID in their names, are no e-ID.
    ['MinID-appen', false],
    ['MinID app', false],
    ['MinID appen', false],
    ['Minid-OTC', false],
    ['Kode på SMS', false],
    ['Kode fra PIN-kodebrev', false],
  ])('%j names an e-ID: %s', (label, eid) => {
    expect(meaningOf(label).eid).toBe(eid);
  });

  it('knows the exact phrases, whatever the spacing and phone number', () => {
    expect(meaningOf('Code from SMS (93282061)').exact).toBe(true);
    expect(meaningOf('Kode på SMS').exact).toBe(true);
    expect(meaningOf('Kode på SMS, raskt og trygt').exact).toBe(false);
  });
});

describe('saving', () => {
  it.each(['Lagre', 'lagre', 'Save', 'Bekreft', 'Stadfest', 'Confirm', 'Lagre endringer', 'Vurke'])('%s is a save button', (label) => {
    expect(isSaveLabel(label)).toBe(true);
  });
  it.each(['Avbryt', 'Cancel', 'Lagre og fortsett senere med noe helt annet', 'Endre'])('%s is not', (label) => {
    expect(isSaveLabel(label)).toBe(false);
  });
  it.each(['Endringene er lagret', 'Endringane er lagra', 'Your changes have been saved', 'Innstillingene er oppdatert'])(
    '%s confirms saving',
    (text) => expect(isSavedMessage(text)).toBe(true),
  );
  it.each(['Lagre', 'Du har ikke lagret ennå, og dette er en lang forklaring som går over mange ord og er prosa snarere enn en melding'])(
    '%s does not',
    (text) => expect(isSavedMessage(text)).toBe(false),
  );
});

describe('isSmsCodePrompt', () => {
  // Last: Northern Sami (docs/PAGES.md "Wording").
  it.each(['Kode fra SMS', 'Kode frå SMS', 'Code from SMS', 'Code from SMS (93282061)', 'Engangskode fra SMS', 'SMS-kode', 'Skriv inn koden fra SMS', 'SMS code', 'Koda maid ožžot SMS bokte:'])(
    '%j asks for the code from SMS',
    (label) => {
      expect(isSmsCodePrompt(label)).toBe(true);
    },
  );
  it.each(['Kode fra PIN-kodebrev', 'Kode frå PIN-kodebrev', 'Passord', 'Mobilnummer', 'Mobilnummer for SMS', 'Send ny kode på SMS', 'Engangskode', 'Varsel på SMS', ''])(
    '%j does not',
    (label) => {
      expect(isSmsCodePrompt(label)).toBe(false);
    },
  );
});

describe('isMobileNumberLabel', () => {
  it.each(['Mobilnummer', 'Mobiltelefonnummer', 'Mobile phone number', 'Mobilnummer (valfritt)', 'Mobilnummer (valgfritt)', 'Ditt mobilnummer', 'Mobilnummar'])('%j is the mobile field', (label) => {
    expect(isMobileNumberLabel(label)).toBe(true);
  });
  it.each(['E-postadresse', 'Endre mobilnummer', 'Change mobile phone number', 'Varsler på SMS', 'Kode fra SMS', 'MinID-app', ''])('%j is not', (label) => {
    expect(isMobileNumberLabel(label)).toBe(false);
  });
});

describe('summary rows', () => {
  it.each(['Innloggingsmetode', 'Innloggingsmåte', 'Din innloggingsmetode:', 'Login method', 'Endre innloggingsmetode'])('%j names the login method', (text) => {
    expect(namesLoginMethod(text)).toBe(true);
  });
  it.each(['Mobilnummer', 'E-postadresse', 'Språk', 'Endre mobilnummer', ''])('%j does not', (text) => {
    expect(namesLoginMethod(text)).toBe(false);
  });
  it.each(['Endre', 'Endre innloggingsmetode', 'Endra', 'Change', 'Edit', 'Rediger', 'Klikk her for å endre innloggingsmetode'])('%j is an edit button', (label) => {
    expect(isEditLabel(label)).toBe(true);
  });
  it.each(['Lagre', 'Kode på SMS', 'Les mer', 'Uendret', ''])('%j is not', (label) => {
    expect(isEditLabel(label)).toBe(false);
  });
});

describe('isMissingPageText', () => {
  it.each(['Fant ikke siden', '404 – Fant ikke siden', 'Siden finnes ikke', 'Fann ikkje sida', 'Sida finst ikkje', 'Page not found', 'Not Found', '404', 'Feil 404', 'Noe gikk galt', 'Noko gjekk gale', 'Something went wrong', 'Feil', 'Det oppstod en feil', 'An error occurred'])(
    '%j is an error page',
    (text) => expect(isMissingPageText(text)).toBe(true),
  );
  it.each(['Innlogging – MinID', 'Slik logger du inn', 'Feil passord? Slik får du nytt', 'Kontaktinformasjon', 'MinID', 'Slutt på PIN-kodebrev', '40404040', '', 'Her er en lang overskrift som sier at noe gikk galt en gang for lenge siden'])(
    '%j is not',
    (text) => expect(isMissingPageText(text)).toBe(false),
  );
});

/**
 * The labels the pages are known to use (docs/PAGES.md "Wording") and their
 * likely variants. They live here, not in the content script: the concept
 * rules in wording.ts must accept every one.
 */
describe('known labels', () => {
  it.each([
    'Kode fra SMS',
    'Kode frå SMS',
    'Koden fra SMS',
    'Koden frå SMS',
    'Engangskode fra SMS',
    'Eingongskode frå SMS',
    'Kode på SMS',
    'Engangskode på SMS',
    'Eingongskode på SMS',
    'SMS-kode',
    'SMS-koden',
    'Kode fra tekstmelding',
    'Kode frå tekstmelding',
    'Code from SMS:',
    'SMS code',
    'One-time code from SMS',
    'Code sent by SMS',
    'Verification code from SMS',
    'Koda maid ožžot SMS bokte:',
  ])('%j is a prompt for the code from SMS', (label) => expect(isSmsCodePrompt(label)).toBe(true));

  it.each([
    'Mobilnummer',
    'Mobilnummar',
    'Mobiltelefonnummer',
    'Mobiltelefon',
    'Mobilnummer (valgfritt)',
    'Mobilnummer (valfritt)',
    'Ditt mobilnummer',
    'Nytt mobilnummer',
    'Mobile phone number',
    'Mobile number',
    'Mobile phone',
    'Your mobile phone number',
    'Mobile phone number (optional)',
  ])('%j is the mobile-number field', (label) => expect(isMobileNumberLabel(label)).toBe(true));
});

describe('word lists without regular expressions', () => {
  // The regular expressions the lists replaced (wording.ts before 2026-11-26), kept as the reference.
  const OLD = {
    sms: /(^|[\s-])(sms|tekstmelding|tekstmeldingar|tekstmeldinger|text message|text messages)(?=$|[\s-])/,
    code: /(kode|kodar|koder|code|codes|passord|password|engangs|eingongs|one-time|one time)/,
    pin: /(^|[\s-])(pin|pinkode|pinkoder|pin-kode|pin-koder|pin-kodebrev|pinkodebrev|kodebrev|pin code|pin-code)(?=$|[\s-])|pin-?kode/,
    app: /(^|[\s-])(app|appen|minid-app|minid-appen|application)(?=$|[\s-])/,
    totp: /(autentiseringsapp|authenticator|kodeapp|totp|app for (engangs|eingongs|one-time|one time))/,
    webauthn: /(sikkerhetsnøkkel|sikkerheitsnøkkel|tryggleiksnøkkel|passnøkkel|security key|passkey|webauthn|fido)/,
    other: /(kodebrikke|kodegenerator|code generator)/,
    decoy: /(^|[\s-])(varsel|varsle|varsling|varslar|notification|notify|alert|nyhetsbrev|newsletter|endre|endra|change|oppdater|update|les mer|read more|mer om|meir om|more about|about|hjelp|help|send pa nytt|send again|resend|ny kode|new code)/,
    codeOnly: /(^|[\s-])(koda|kode|koden|kodar|koder|code|codes|engangskode|eingongskode|engangskoden|eingongskoden|one-time code|one time code|sms-kode|sms-koden|otp)(?=$|[\s-])/,
    password: /(passord|password|passphrase)/,
    phone: /(nummer|number)/,
    mobile: /(^|[\s-])(mobil|mobilnummer|mobilnummar|mobilnummeret|mobiltelefon|mobiltelefonnummer|mobiltelefonnummeret|mobile|cell|cellphone|cell phone)(?=$|[\s-])/,
    email: /(e-post|epost|e-mail|email)/,
    methodLabel: /(innloggingsmetode|innloggingsmate|paloggingsmetode|login method|sign-in method)/,
  };
  const oldMeaning = (label: string) => {
    const text = normalise(label);
    const words = text === '' ? 0 : text.split(' ').length;
    let method: string | null = null;
    if ((OLD.sms.test(text) && (OLD.code.test(text) || words <= 2)) || text.includes('minid-otc')) method = 'sms';
    else if (OLD.pin.test(text)) method = 'pin';
    else if (OLD.webauthn.test(text)) method = 'webauthn';
    else if (OLD.totp.test(text)) method = 'totp';
    else if (OLD.other.test(text)) method = 'other';
    else if (OLD.app.test(text)) method = 'app';
    return { method, exact: SMS_OPTION_PHRASES.split('|').includes(text), decoy: OLD.decoy.test(text), words };
  };
  const oldCodePrompt = (label: string) => {
    const text = normalise(label);
    if (text === '' || text.split(' ').length > 10) return false;
    if (OLD.pin.test(text) || OLD.password.test(text) || OLD.phone.test(text) || OLD.decoy.test(text)) return false;
    return OLD.sms.test(text) && OLD.codeOnly.test(text);
  };
  const oldMobile = (label: string) => {
    const text = normalise(label);
    if (text === '') return false;
    if (OLD.email.test(text) || OLD.decoy.test(text) || OLD.sms.test(text) || OLD.codeOnly.test(text) || OLD.app.test(text)) return false;
    return text.split(' ').length <= 6 && OLD.mobile.test(text);
  };

  // A save button, and the confirmation after saving, as they were written before the lists were made shorter.
  const OLD_SAVED = /(^|\s)(lagret|lagra|er lagret|er lagra|saved|has been saved|have been saved|oppdatert|updated)(\s|$)/;
  const OLD_SAVE_BUTTON = /^(lagre|lagre endringer|lagre endringane|lagre valg|lagre valet|bekreft|stadfest|save|save changes|confirm|vurke)$/;
  const oldSaved = (message: string) => {
    const text = normalise(message);
    return text.split(' ').length <= 16 && OLD_SAVED.test(text);
  };
  // The edit button and the error page, as written before they became lists (wording.ts before 2026-12-07).
  const OLD_EDIT = /^(endre|endra|rediger|edit|change)( |$)|for a endre/;
  const OLD_MISSING =
    /(f[ai]nn?(t|er)? ikk?j?e sid|sid(en|a) fin(nes|st) ikk|not found|does not exist|gikk galt|gjekk gale|went wrong|(^| )404( |$)|^(feil|error)$|oppstod ei?n feil|error occurred)/;
  const oldMissing = (heading: string) => {
    const text = normalise(heading);
    return (text === '' ? 0 : text.split(' ').length) <= 8 && OLD_MISSING.test(text);
  };

  // Labels made of the lists' own words, pieces of them and near misses, joined by spaces, hyphens and nothing.
  const vocabulary = [
    ...new Set(
      Object.values(OLD)
        .flatMap((re) => re.source.replace(/\(\?=\$\|\[\\s-\]\)|\(\^\|\[\\s-\]\)|[()?]/g, '').split('|'))
        .flatMap((word) => [word, word.slice(0, -1), word.slice(1), `${word}s`, `x${word}`])
        .concat(['minid-otc', 'app for', 'engangs', 'for', 'pa', 'fra', 'via', 'min', 'x', '1', 'ø'])
        .concat(['lagret', 'lagra', 'er', 'saved', 'has been', 'have been', 'oppdatert', 'updated', 'lagrete', 'unsaved'])
        .concat(['lagre', 'endringer', 'endringane', 'valg', 'valet', 'bekreft', 'stadfest', 'save', 'changes', 'confirm', 'vurke'])
        .concat(['endre', 'endra', 'rediger', 'edit', 'change', 'for a endre', 'uendret', 'a'])
        // The error page's words as people write them (the old expression also took a few that are no words, "fanner ikje").
        .concat(['fant', 'fann', 'finner', 'finn', 'ikke', 'ikkje', 'sid', 'siden', 'sida', 'finnes', 'finst', 'vi', 'noe', 'noko'])
        .concat(['not found', 'does not exist', 'gikk galt', 'gjekk gale', 'went wrong', 'oppstod', 'en', 'ein', 'feil', 'error', 'occurred', '404', '4040']),
    ),
  ].filter(Boolean);
  const label = fc
    .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', '-', '', '  ', ' - ')), { maxLength: 6 })
    .map((parts) => parts.map(([word, gap]) => `${word}${gap}`).join(''));

  it('read every label as the regular expressions did', () => {
    fc.assert(
      fc.property(label, (text) => {
        // (Whether a label names an e-ID is newer than the expressions: not compared.)
        expect(meaningOf(text)).toEqual({ ...oldMeaning(text), eid: expect.any(Boolean) });
        expect(isSmsCodePrompt(text)).toBe(oldCodePrompt(text));
        expect(isMobileNumberLabel(text)).toBe(oldMobile(text));
        expect(namesLoginMethod(text)).toBe(OLD.methodLabel.test(normalise(text)));
        expect(isSavedMessage(text)).toBe(oldSaved(text));
        expect(isSaveLabel(text)).toBe(OLD_SAVE_BUTTON.test(normalise(text)));
        expect(isEditLabel(text)).toBe(OLD_EDIT.test(normalise(text)));
        expect(isMissingPageText(text)).toBe(oldMissing(text));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it('read an error page\'s heading and an edit button as the expressions did, from their own words', () => {
    const words = (list: string[]) =>
      fc
        .array(fc.tuple(fc.constantFrom(...list), fc.constantFrom(' ', '-', '', ' - ', ': ')), { maxLength: 7 })
        .map((parts) => parts.map(([word, gap]) => `${word}${gap}`).join(''));
    // Whole phrases too, so that a good share of the headings are error pages.
    const found = ['Fant', 'fann', 'finner', 'finn'].flatMap((verb) => ['ikke', 'ikkje'].flatMap((not) => ['siden', 'sida'].map((page) => `${verb} ${not} ${page}`)));
    const exists = ['siden', 'sida'].flatMap((page) => ['finnes', 'finst'].flatMap((verb) => ['ikke', 'ikkje'].map((not) => `${page} ${verb} ${not}`)));
    const heading = words([
      ...found,
      ...exists,
      ...['Noe gikk galt', 'noko gjekk gale', 'Det oppstod en feil', 'oppstod ein feil', 'An error occurred', 'Page not found', 'does not exist', 'went wrong'],
      ...['Fant', 'fann', 'finner', 'finn', 'ikke', 'ikkje', 'siden', 'sida', 'sidene', 'finnes', 'finst', 'Vi', 'noe', 'gikk', 'galt', 'feil', 'Error', 'not', 'found', '404', '4040', 'x'],
    ]);
    const button = words(['Endre', 'endra', 'rediger', 'edit', 'change', 'klikk', 'her', 'for', 'å', 'a', 'endret', 'uendret', 'innloggingsmetode', 'x']);
    let missing = 0;
    let edit = 0;
    fc.assert(
      fc.property(heading, button, (h, b) => {
        expect(isMissingPageText(h)).toBe(oldMissing(h));
        expect(isEditLabel(b)).toBe(OLD_EDIT.test(normalise(b)));
        if (oldMissing(h)) missing++;
        if (isEditLabel(b)) edit++;
      }),
      { numRuns: 20_000 },
    );
    // Not only texts both call "no": each rule said "yes" often.
    expect(missing).toBeGreaterThan(2000);
    expect(edit).toBeGreaterThan(2000);
  }, 60_000);

  it('know every save button the old rule knew, and nothing next to it', () => {
    const buttons = OLD_SAVE_BUTTON.source.replace(/[\^$()]/g, '').split('|');
    for (const button of buttons) {
      for (const text of [button, `${button} x`, `x ${button}`, `${button}s`, button.slice(0, -1), button.toUpperCase()]) {
        expect(isSaveLabel(text), text).toBe(OLD_SAVE_BUTTON.test(normalise(text)));
      }
    }
  });

  it('find a word only where it begins (and ends, when whole), or anywhere', () => {
    expect(has('pinkode', 'pin', AT_START)).toBe(true);
    expect(has('pinkode', 'pin', WHOLE)).toBe(false);
    expect(has('kode fra pin-kodebrev', 'pin', WHOLE)).toBe(true);
    expect(has('autentiseringsapp', 'app', WHOLE)).toBe(false);
    expect(has('autentiseringsapp', 'app', ANYWHERE)).toBe(true);
    expect(has('smsx sms', 'sms', WHOLE)).toBe(true);
    expect(has('les merke', 'les mer', AT_START)).toBe(true);
    expect(has('xles mer', 'les mer', AT_START)).toBe(false);
  });

  it('take a whole text as one entry of a list, never a piece of one', () => {
    expect(is('lagre', 'lagre|save')).toBe(true);
    expect(is('save', 'lagre|save')).toBe(true);
    expect(is('lagr', 'lagre|save')).toBe(false);
    expect(is('lagre save', 'lagre|save')).toBe(false);
    expect(is('', 'lagre|save')).toBe(false);
    expect(is('lagre|save', 'lagre|save')).toBe(false);
  });
});
