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
