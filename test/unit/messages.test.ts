import { describe, expect, it } from 'vitest';
import { hintSetupRequest, isHintSetupRequest, isOwnPageSender, isTrustedSender, MESSAGE_MARK, pageReport, parseContentMessage, parseHintSetup, parsePopupMessage, popupMessage } from '../../src/core/messages';
import { PAGE_STATUSES } from '../../src/core/page-status';

const OWN_ID = 'own-extension-id';
const good = { id: OWN_ID, url: 'https://brukerprofil.difi.no/minprofil/minid/', frameId: 0, tab: { id: 7 } };

describe('parseContentMessage', () => {
  it('accepts what the content script sends', () => {
    expect(parseContentMessage(pageReport('settings', 'sms-saved'))).toEqual(pageReport('settings', 'sms-saved'));
  });

  // The statuses of issue 11 (contract with the popup): methods already saved, and an error page.
  it.each(['app-saved', 'totp-saved', 'webauthn-saved', 'page-missing'] as const)('accepts %s', (status) => {
    expect(parseContentMessage(pageReport('settings', status))).toEqual(pageReport('settings', status));
    expect(PAGE_STATUSES).toContain(status);
  });

  it.each([
    ['null', null],
    ['a string', 'sms-saved'],
    ['an array', [MESSAGE_MARK, 'page-report']],
    ['no mark', { type: 'page-report', page: 'settings', status: 'sms-saved' }],
    ['old mark', { mark: 'pinfri/0', type: 'page-report', page: 'settings', status: 'sms-saved' }],
    ['unknown type', { mark: MESSAGE_MARK, type: 'set-progress', page: 'settings', status: 'sms-saved' }],
    ['unknown page', { mark: MESSAGE_MARK, type: 'page-report', page: 'bank', status: 'sms-saved' }],
    ['unknown status', { mark: MESSAGE_MARK, type: 'page-report', page: 'settings', status: 'all-done' }],
    // No version ever sent it: a page feature that finds nothing says nothing, at no cost to the page.
    ['the retired status no-choice', { mark: MESSAGE_MARK, type: 'page-report', page: 'contact', status: 'no-choice' }],
    ['extra key (smuggled data)', { mark: MESSAGE_MARK, type: 'page-report', page: 'settings', status: 'sms-saved', phone: '93282061' }],
    ['a class instance', Object.assign(Object.create({ x: 1 }), pageReport('settings', 'sms-saved'))],
    ['status as an object', { mark: MESSAGE_MARK, type: 'page-report', page: 'settings', status: { toString: () => 'sms-saved' } }],
  ])('refuses %s', (_name, raw) => {
    expect(parseContentMessage(raw)).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it('trusts our content script in the top frame of an official page', () => {
    expect(isTrustedSender(good, OWN_ID)).toBe(true);
  });
  it.each([
    ['another extension', { ...good, id: 'other' }],
    ['no id', { ...good, id: undefined }],
    ['a look-alike page', { ...good, url: 'https://brukerprofil-difi.no/minprofil/minid/' }],
    ['plain http', { ...good, url: 'http://brukerprofil.difi.no/minprofil/minid/' }],
    ['an iframe', { ...good, frameId: 3 }],
    ['no tab (e.g. an extension page)', { ...good, tab: undefined }],
    ['no url', { ...good, url: undefined }],
    ['an official page PIN-fri does not run on', { ...good, url: 'https://aktiveringsbrev.minid.no/order' }],
  ])('does not trust %s', (_name, sender) => {
    expect(isTrustedSender(sender, OWN_ID)).toBe(false);
  });
});

describe('popup messages', () => {
  const origin = 'chrome-extension://abcdefghijklmnop/';

  it('round-trip through the parser', () => {
    const message = popupMessage({ type: 'toggle-step', step: 'sms-save' });
    expect(parsePopupMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
  });

  it.each([
    { mark: 'pinfri/1', type: 'popup-action', action: { type: 'hack' } },
    { mark: 'pinfri/0', type: 'popup-action', action: { type: 'reset' } },
    { mark: 'pinfri/1', type: 'page-report', action: { type: 'reset' } },
    { mark: 'pinfri/1', type: 'popup-action', action: { type: 'reset' }, extra: true },
  ])('refuses a forged or malformed one: %j', (raw) => {
    expect(parsePopupMessage(raw)).toBeNull();
  });

  it('are taken only from our own extension pages', () => {
    expect(isOwnPageSender({ id: 'own', url: `${origin}src/popup/index.html` }, 'own', origin)).toBe(true);
    // A content script's sender URL is the web page's.
    expect(isOwnPageSender({ id: 'own', url: 'https://profil.minid.no/', tab: { id: 1 }, frameId: 0 }, 'own', origin)).toBe(false);
    expect(isOwnPageSender({ id: 'other', url: `${origin}x.html` }, 'own', origin)).toBe(false);
    expect(isOwnPageSender({ id: 'own' }, 'own', origin)).toBe(false);
    expect(isOwnPageSender({ id: 'own', url: `${origin}x.html` }, 'own', '')).toBe(false);
  });
});

describe('hint setup', () => {
  it('asks in one exact shape', () => {
    expect(isHintSetupRequest(hintSetupRequest())).toBe(true);
    expect(isHintSetupRequest({ ...hintSetupRequest(), extra: 1 })).toBe(false);
    expect(isHintSetupRequest({ mark: 'pinfri/1', type: 'hint' })).toBe(false);
  });

  it('checks the answer before the page uses it', () => {
    const good = { language: 'nn', texts: { showMe: 'Vis meg' }, guideLogin: false };
    expect(parseHintSetup(good)).toEqual(good);
    expect(parseHintSetup({ ...good, language: 'de' })).toBeNull();
    expect(parseHintSetup({ ...good, texts: { showMe: { html: '<b>x</b>' } } })).toBeNull();
    expect(parseHintSetup({ ...good, guideLogin: 'yes' })).toBeNull();
    expect(parseHintSetup(undefined)).toBeNull();
  });
});
