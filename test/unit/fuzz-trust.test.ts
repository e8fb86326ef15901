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

  it('every script exhaustively: its 11-digit and 8-digit numbers are refused', () => {
    for (const zero of DIGIT_ZEROS) {
      const digits = (n: number) => String.fromCodePoint(...Array.from({ length: n }, (_, i) => zero + (i % 10)));
      expect(checkNickname(digits(11)), `U+${zero.toString(16)}`).toMatchObject({ ok: false });
      expect(checkNickname(digits(8)), `U+${zero.toString(16)}`).toEqual({ ok: false, problem: 'looks-like-phone' });
    }
  });
});
