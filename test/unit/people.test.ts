import { describe, expect, it } from 'vitest';
import { checkNickname, newPersonId } from '../../src/core/people';

describe('checkNickname', () => {
  it.each([['Mor'], ['Onkel Per'], ['Bestemor på Voss'], ['Tante 2'], ['Far (2024)']])('accepts %s', (name) => {
    expect(checkNickname(name)).toEqual({ ok: true, nickname: name });
  });

  it('tidies spaces', () => {
    expect(checkNickname('  Onkel   Per ')).toEqual({ ok: true, nickname: 'Onkel Per' });
  });

  it.each([
    ['01019012345', 'looks-like-id'],
    ['010190 12345', 'looks-like-id'],
    ['Mor 01.01.90 123 45', 'looks-like-id'],
    ['41019012345', 'looks-like-id'], // D-number
    ['93282061', 'looks-like-phone'],
    ['932 82 061', 'looks-like-phone'],
    ['Mor +47 932', 'looks-like-phone'],
    ['004793282061', 'looks-like-phone'],
    ['Far 010190', 'too-many-digits'],
    ['12345', 'too-many-digits'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(31), 'too-long'],
  ])('refuses %s (%s)', (name, problem) => {
    expect(checkNickname(name)).toEqual({ ok: false, problem });
  });

  it.each([
    ['０１０１９０１２３４５', 'looks-like-id'], // full-width
    ['٠١٠١٩٠١٢٣٤٥', 'looks-like-id'], // Arabic-Indic
    ['۰۱۰۱۹۰۱۲۳۴۵', 'looks-like-id'], // Extended Arabic-Indic (Persian)
    ['𝟎𝟏𝟎𝟏𝟗𝟎𝟏𝟐𝟑𝟒𝟓', 'looks-like-id'], // mathematical bold
    ['०१०१९०१२३४५', 'looks-like-id'], // Devanagari
    ['𑁦𑁧𑁦𑁧𑁯𑁦𑁧𑁨𑁩𑁪𑁫', 'looks-like-id'], // Brahmi, outside the BMP: counted in characters, not UTF-16 units
    ['９３２８２０６１', 'looks-like-phone'],
    ['٩٣٢٨٢٠٦١', 'looks-like-phone'],
    ['Mor ＋47 9', 'looks-like-phone'],
    ['0101\u200b9012345', 'looks-like-id'],
    ['9328\u202e2061', 'looks-like-phone'],
    ['93\u2066282\u2069061', 'looks-like-phone'],
    ['932\u00a082\u2009061', 'looks-like-phone'], // no-break and thin spaces between groups
    ['navn@example.no', 'looks-like-email'],
    ['navn＠example.no', 'looks-like-email'], // full-width @
    ['Mor mor@hjemme', 'looks-like-email'],
    ['𑁦𑁧𑁦𑁧𑁯', 'too-many-digits'],
    ['❾❽❼❻❺❹❸❷', 'looks-like-phone'], // dingbat negative circled digits: no NFKC form, still numbers
    ['⓽⓼⓻⓺⓹⓸⓷⓶', 'looks-like-phone'], // double circled digits
    ['➀➁➂➃➄➅➆➇➈➀➁', 'looks-like-id'],
    ['Mor ⑨⑧⑦⑥⑤', 'too-many-digits'], // circled digits: NFKC makes them plain
    ['0101\u{E0030}9012345', 'looks-like-id'], // an invisible tag character between the digits
    ['\u{E0039}\u{E0033}\u{E0032}\u{E0038}93282061', 'looks-like-phone'], // tag "digits" before a number
    ['9\u{FE0F}3282061', 'looks-like-phone'], // a variation selector inside
    ['ola @ nav.no', 'looks-like-email'],
    ['ola @ nav . no', 'looks-like-email'],
    ['ola[at]gmail.com', 'looks-like-email'],
    ['ola (at) gmail (dot) com', 'looks-like-email'],
    ['ola {AT} gmail', 'looks-like-email'],
    ['ola ＠ nav.no', 'looks-like-email'], // full-width @ with spaces
  ])('refuses %s in any digit script, with invisible characters, or as an e-mail (%s)', (name, problem) => {
    expect(checkNickname(name)).toEqual({ ok: false, problem });
  });

  it('stores the tidy form: full-width letters made plain, invisible characters gone', () => {
    expect(checkNickname('Ｍor\u200b')).toEqual({ ok: true, nickname: 'Mor' });
    expect(checkNickname('Mor @ hjemme')).toEqual({ ok: true, nickname: 'Mor @ hjemme' }); // no domain: a place, not an address
    expect(checkNickname('Kari (at home)')).toEqual({ ok: true, nickname: 'Kari (at home)' });
    expect(checkNickname('Far\u{E0041}\u{E0042}')).toEqual({ ok: true, nickname: 'Far' }); // tag characters removed
    expect(checkNickname('Bestemor på Voss')).toEqual({ ok: true, nickname: 'Bestemor på Voss' });
  });

  it('sees a nickname as taken also when the two differ only in width or invisible characters', () => {
    expect(checkNickname('Ｍｏｒ', ['Mor'])).toEqual({ ok: false, problem: 'taken' });
    expect(checkNickname('Mor', ['M\u200bor'])).toEqual({ ok: false, problem: 'taken' });
  });

  it('refuses a nickname already in use, whatever the case', () => {
    expect(checkNickname('mor', ['Mor'])).toEqual({ ok: false, problem: 'taken' });
  });
});

describe('newPersonId', () => {
  it('takes the first free number', () => {
    expect(newPersonId([{ id: 'me', nickname: '' }])).toBe('p1');
    expect(newPersonId([{ id: 'me', nickname: '' }, { id: 'p1', nickname: 'A' }, { id: 'p3', nickname: 'C' }])).toBe('p2');
  });
});
