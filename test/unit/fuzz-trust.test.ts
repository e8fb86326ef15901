/**
 * Property tests for issue 14 ("Trust under attack"): the address check never
 * throws, whatever the browser hands the popup, and a nickname never lets a
 * number through in any digit script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeUrl, type Verdict } from '../../src/core/genuine';
import { checkNickname } from '../../src/core/people';
import { OFFICIAL_HOSTS } from '../../src/core/sites';

const RUNS = 3000;
const KINDS: readonly Verdict['kind'][] = ['official', 'lookalike', 'related', 'other', 'unknown-origin', 'not-web'];

/** Characters that break naive decoders and parsers: stray %, escapes, @, colons, slashes, non-ASCII. */
const tricky = fc.constantFrom('%', '%zz', '%E0%A4%A', '%ff', '%41', '@', ':', '/', '\\', '?', '#', '.', '-', 'ı', 'і', 'ḋ', '\u0307', '\u202e', ' ', '%00');
const userInfoPart = fc.array(fc.oneof(tricky, fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''));
const lookalikeHost = fc.constantFrom('minid-login.example', 'minid.no.sikker-login.example', 'xn--mnid-l9d.no', 'loginidporten.no', 'example.com', ...OFFICIAL_HOSTS);

describe('judgeUrl never throws', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl()), (url) => {
        expect(KINDS).toContain(judgeUrl(url).kind);
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
  });

  it('on addresses with random user-info parts, which are never official', () => {
    fc.assert(
      fc.property(fc.constantFrom('https', 'http', 'blob:https'), userInfoPart, fc.option(userInfoPart), lookalikeHost, (scheme, user, password, host) => {
        const url = `${scheme}://${user}${password === null ? '' : `:${password}`}@${host}/`;
        const verdict = judgeUrl(url);
        expect(KINDS).toContain(verdict.kind);
        // A user name or password that survives parsing never leaves a page official.
        if (verdict.kind === 'official' && scheme !== 'blob:https') {
          const parsed = new URL(url);
          expect(parsed.username + parsed.password).toBe('');
          expect(OFFICIAL_HOSTS).toContain(parsed.hostname);
        }
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
  });

  it('on blob: addresses built from any origin', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), fc.uuid(), (origin, id) => {
        expect(KINDS).toContain(judgeUrl(`blob:${origin}/${id}`).kind);
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
  });
});

/** The zero of every decimal digit script Unicode knows (\p{Nd} comes in runs of ten, 0 to 9). */
const DIGIT_ZEROS: number[] = [];
for (let code = 0; code <= 0x10ffff; code++) {
  if (/\p{Nd}/u.test(String.fromCodePoint(code)) && !/\p{Nd}/u.test(String.fromCodePoint(code - 1))) DIGIT_ZEROS.push(code);
}
/** Unicode's mathematical digits are five runs of ten in a row: each is a script to the eye. */
for (let code = 0x1d7ce; code < 0x1d800; code += 10) if (!DIGIT_ZEROS.includes(code)) DIGIT_ZEROS.push(code);

describe('look-alike names (issue 22): an official name held, run together, one letter off or two swapped', () => {
  const LONG_NAMES = ['minid', 'idporten', 'digdir', 'brukerprofil', 'kontaktregisteret', 'aktiveringsbrev'];
  const letters = fc.stringMatching(/^[a-z]{0,6}$/);
  const tld = fc.constantFrom('no', 'com', 'net', 'org', 'io');
  const lookalike = (host: string) => judgeUrl(`https://${host}/`).kind === 'lookalike';
  /** The real ones (minid.no, digdir.no, www.digdir.no…) are official or related, never look-alikes. */
  const real = (host: string) => ['official', 'related'].includes(judgeUrl(`https://${host}/`).kind);

  it('a registrable name that holds a long official name is a look-alike, whatever is before or after it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LONG_NAMES), letters, letters, tld, (name, before, after, top) => {
        fc.pre(!/minid(rett|isk|ress|rone)/.test(before + name + after) && !real(`${before}${name}${after}.${top}`));
        expect(lookalike(`${before}${name}${after}.${top}`)).toBe(true);
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });

  it('one letter changed, left out, added, or two letters swapped: still a look-alike', () => {
    const edits = (name: string) =>
      fc.tuple(fc.integer({ min: 0, max: name.length - 1 }), fc.integer({ min: 0, max: name.length - 1 }), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.constantFrom('change', 'drop', 'add', 'swap')).map(([i, j, letter, kind]) => {
        const chars = [...name];
        if (kind === 'change') chars[i] = letter;
        else if (kind === 'drop') chars.splice(i, 1);
        else if (kind === 'add') chars.splice(i, 0, letter);
        else [chars[i], chars[j]] = [chars[j]!, chars[i]!];
        return chars.join('');
      });
    fc.assert(
      fc.property(fc.constantFrom(...LONG_NAMES).chain(edits), tld, (edited, top) => {
        fc.pre(!real(`${edited}.${top}`));
        expect(lookalike(`${edited}.${top}`)).toBe(true);
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });

  it('names made of letters that hold no official name are ordinary', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-hj-z][a-z]{2,10}$/), tld, (word, top) => {
        // Keep out every name within reach of one edit or swap: what is left must not alarm anyone.
        fc.pre(!/m.n|n.m|i.d|d.i|dif|dig|por|bru|kon|akt|reg/.test(word));
        expect(lookalike(`${word}.${top}`)).toBe(false);
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });
});

describe('nicknames refuse numbers in every digit script', () => {
  it('knows many scripts (a sanity check on the list itself)', () => {
    expect(DIGIT_ZEROS.length).toBeGreaterThan(60);
    expect(DIGIT_ZEROS).toContain(0xff10); // full-width
    expect(DIGIT_ZEROS).toContain(0x0660); // Arabic-Indic
  });

  const digitsIn = (zero: number, count: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((ds) => ds.map((d) => String.fromCodePoint(zero + d)).join(''));
  const invisible = fc.constantFrom('', '', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u2066', '\u200f', ' ', '.', '-');
  const sprinkle = (digits: string) => fc.array(invisible, { minLength: [...digits].length, maxLength: [...digits].length }).map((gaps) => [...digits].map((d, i) => d + gaps[i]).join(''));

  it('an ID number (11 digits) in any script, with invisible characters or separators between, is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DIGIT_ZEROS).chain((zero) => digitsIn(zero, 11)).chain(sprinkle), fc.constantFrom('', 'Mor ', 'Onkel '), (number, prefix) => {
        const check = checkNickname(prefix + number);
        expect(check.ok).toBe(false);
        expect(check.ok ? null : check.problem).toMatch(/^(looks-like-id|looks-like-phone|too-many-digits)$/);
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
  });

  it('a phone number (8 digits) in any script is refused; so is more than four digits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DIGIT_ZEROS), fc.integer({ min: 5, max: 9 }), (zero, count) => {
        const check = checkNickname(`Far ${String.fromCodePoint(...Array.from({ length: count }, (_, i) => zero + ((i * 7 + 3) % 10)))}`);
        expect(check.ok).toBe(false);
        if (count === 8) expect(check).toEqual({ ok: false, problem: 'looks-like-phone' });
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
  });

  /** Every character Unicode calls a number but not a decimal digit, that NFKC leaves alone (circled, enclosed, dingbat …). */
  const OTHER_NUMBERS: string[] = [];
  for (let code = 0; code <= 0x1ffff; code++) {
    const ch = String.fromCodePoint(code);
    if (/\p{N}/u.test(ch) && !/\p{Nd}/u.test(ch) && !/\p{Nd}/u.test(ch.normalize('NFKC'))) OTHER_NUMBERS.push(ch);
  }
  const anyNumberChar = fc.oneof(fc.constantFrom(...DIGIT_ZEROS).chain((zero) => fc.integer({ min: 0, max: 9 }).map((d) => String.fromCodePoint(zero + d))), fc.constantFrom(...OTHER_NUMBERS));
  /** Invisible format characters of every kind, tag characters among them. */
  const hidden = fc.oneof(fc.constantFrom('', '\u200b', '\u2060', '\u00ad', '\ufe0f', '\u180e'), fc.integer({ min: 0xe0000, max: 0xe007f }).map((c) => String.fromCodePoint(c)));

  it('knows the circled, enclosed and dingbat numbers (a sanity check on that list)', () => {
    for (const ch of ['❾', '⓽', '➀', '㈩']) expect(OTHER_NUMBERS).toContain(ch);
  });

  it('any 8 number characters of any kind, mixed and with invisible characters between, are refused', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyNumberChar, hidden), { minLength: 8, maxLength: 11 }), fc.constantFrom('', 'Mor ', 'Tante '), (parts, prefix) => {
        const check = checkNickname(prefix + parts.map(([digit, gap]) => digit + gap).join(''));
        expect(check.ok).toBe(false);
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });

  it('an e-mail address written with spaces, [at] or (at) is refused; a nickname that only says where someone is is not', () => {
    const word = fc.stringMatching(/^[a-z]{2,6}$/);
    const at = fc.constantFrom('@', ' @ ', '@ ', ' @', '[at]', ' [at] ', '(at)', ' (AT) ', '{at}', '＠');
    const dot = fc.constantFrom('.', ' . ', '[dot]', ' (dot) ');
    fc.assert(
      fc.property(word, at, word, dot, fc.constantFrom('no', 'com'), (name, a, domain, d, top) => {
        expect(checkNickname(`${name}${a}${domain}${d}${top}`)).toEqual({ ok: false, problem: 'looks-like-email' });
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
    for (const name of ['Mor @ hjemme', 'Kari (at home)', 'Onkel (Per)', 'Bestemor [Voss]']) expect(checkNickname(name).ok, name).toBe(true);
  });

  it('every script exhaustively: its 11-digit and 8-digit numbers are refused', () => {
    for (const zero of DIGIT_ZEROS) {
      const digits = (n: number) => String.fromCodePoint(...Array.from({ length: n }, (_, i) => zero + (i % 10)));
      expect(checkNickname(digits(11)), `U+${zero.toString(16)}`).toMatchObject({ ok: false });
      expect(checkNickname(digits(8)), `U+${zero.toString(16)}`).toEqual({ ok: false, problem: 'looks-like-phone' });
    }
  });
});
