import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePunycodeLabel, judgeUrl, type LookalikeReason } from '../../src/core/genuine';
import { OFFICIAL_HOSTS } from '../../src/core/sites';
import { ROUTES } from '../replicas/routes';

describe('judgeUrl: the real pages', () => {
  it.each(OFFICIAL_HOSTS.map((h) => [h]))('https://%s/ is official', (host) => {
    expect(judgeUrl(`https://${host}/some/path?x=1`)).toEqual({ kind: 'official', host });
  });

  it('ignores case and a trailing dot in how the address was typed', () => {
    expect(judgeUrl('https://LOGIN.IDPORTEN.NO/authorize')).toEqual({ kind: 'official', host: 'login.idporten.no' });
  });
});

describe('judgeUrl: look-alikes, each with its reason', () => {
  const cases: [string, LookalikeReason][] = [
    ['http://login.idporten.no/', 'http'],
    ['http://brukerprofil.difi.no/minprofil/minid/', 'http'],
    ['http://www.minid.no/', 'http'],
    ['https://login.idporten.no:8443/', 'address-tricks'],
    ['https://user@login.idporten.no/', 'address-tricks'],
    ['https://login.idporten.no@evil.example/', 'address-tricks'],
    ['https://brukerprofil.difi.no.login-sikker.com/minprofil/minid/', 'extra-subdomain'],
    ['https://minid.no.sikker-innlogging.net/', 'extra-subdomain'],
    ['https://login.idporten.no.verify-account.com/', 'extra-subdomain'],
    ['https://idporten.no.xyz/', 'extra-subdomain'],
    ['https://brukerprofil-difi.no/minprofil/minid/', 'similar-name'],
    ['https://minid-login.com/', 'similar-name'],
    ['https://id-porten.no/', 'similar-name'],
    ['https://idporten-support.com/', 'similar-name'],
    ['https://idportten.no/', 'similar-name'],
    ['https://rninid.no/', 'similar-name'],
    ['https://mindid.no/', 'similar-name'],
    ['https://m1nid.no/', 'similar-name'],
    ['https://difl.no/', 'similar-name'],
    ['https://digdir-hjelp.com/', 'similar-name'],
    ['https://secure.digdir.help/', 'similar-name'],
    ['https://kontaktregisteret-oppdater.no/', 'similar-name'],
    // Run together, compound and transposed (issue 22): an official name held inside, or two letters swapped.
    ['https://nimid.no/', 'similar-name'],
    ['https://minidoppdatering.no/', 'similar-name'],
    ['https://minidbankid.no/', 'similar-name'],
    ['https://registrerminid.no/', 'similar-name'],
    ['https://aktiveringsbrev.no/', 'similar-name'],
    ['https://nyttaktiveringsbrev.com/', 'similar-name'],
    ['https://idportenlogin.com/', 'similar-name'],
    ['https://dipgdir.no/', 'similar-name'],
    ['https://kontaktregisteretnorge.no/', 'similar-name'],
    // Homographs: letters from other scripts that look Latin.
    ['https://mіnid.no/', 'homograph'], // Cyrillic і
    ['https://minіd.no/', 'homograph'],
    ['https://brukerprofil.dіfi.no/', 'homograph'], // Cyrillic і in the domain itself
    ['https://brukerprofıl.difi.no/', 'homograph'], // dotless ı
    ['https://idроrten.no/', 'homograph'], // Cyrillic р and о
    ['https://dіgdir.no/', 'homograph'],
    ['https://mínid.no/', 'homograph'], // accented í
  ];

  it.each(cases)('%s → %s', (url, reason) => {
    const verdict = judgeUrl(url);
    expect(verdict.kind).toBe('lookalike');
    expect(verdict.kind === 'lookalike' && verdict.reasons).toContain(reason);
  });

  it('sees homographs as the browser does: punycode (xn--) host names', () => {
    const host = domainToASCII('mіnid.no');
    expect(host.startsWith('xn--')).toBe(true);
    expect(judgeUrl(`https://${host}/`)).toMatchObject({ kind: 'lookalike', reasons: ['homograph'] });
  });
});

describe('judgeUrl: pages that are not pretending', () => {
  it.each([
    ['https://www.vg.no/'],
    ['https://www.nav.no/'],
    ['https://modified.com/'],
    ['https://gemini-dashboard.io/'],
    ['https://minidrett.no/'],
    ['https://www.minidrett.no/medlem'],
    ['https://minidisk.com/'],
    ['https://www.finn.no/'],
    ['https://example.com/login'],
    ['https://xn--bcher-kva.example/'], // bücher: international, but not a look-alike
  ])('%s is an ordinary page', (url) => {
    expect(judgeUrl(url).kind).toBe('other');
  });

  it.each([
    ['https://www.minid.no/', 'minid.no'],
    ['https://www.digdir.no/', 'digdir.no'],
    ['https://eid.difi.no.', 'difi.no'],
    ['https://samarbeid.digdir.no/', 'digdir.no'],
  ])('%s belongs to the same public body (%s): related, not fake', (url, domain) => {
    expect(judgeUrl(url)).toMatchObject({ domain });
    expect(judgeUrl(url).kind).not.toBe('lookalike');
  });

  it.each([['chrome://extensions/'], ['chrome://newtab/'], ['view-source:https://minid-login.com/']])('%s is the browser\'s own page: nothing to say', (url) => {
    expect(judgeUrl(url)).toEqual({ kind: 'not-web' });
  });

  it.each([
    ['moz-extension://abc/popup.html', 'moz-extension://abc'],
    ['chrome-extension://abc/src/guide/index.html', 'chrome-extension://abc'],
  ])('%s is PIN-fri\'s own page: nothing to say', (url, own) => {
    expect(judgeUrl(url, own)).toEqual({ kind: 'not-web' });
  });

  it.each([
    ['moz-extension://other/login.html', 'moz-extension://abc'],
    ['chrome-extension://evil/idporten.html', 'chrome-extension://abc'],
    ['chrome-extension://abc/x.html', undefined],
  ])('%s is another extension\'s page: "cannot see where it comes from"', (url, own) => {
    expect(judgeUrl(url, own)).toEqual({ kind: 'unknown-origin' });
  });
});

describe('judgeUrl: pages with no web origin get a plain "cannot see", never silence', () => {
  it.each([
    ['about:blank'],
    ['about:srcdoc'],
    ['about:newtab'],
    ['data:text/html,<h1>ID-porten</h1>'],
    ['javascript:alert(1)'],
    ['file:///home/x.html'],
    ['blob:null/0b8e1c52-0f35-4d36-9d0a-1c2f0e9f5f11'],
    [''],
    [undefined],
    [null],
    ['not a url'],
  ])('%s', (url) => {
    expect(judgeUrl(url)).toEqual({ kind: 'unknown-origin' });
  });
});

describe('judgeUrl: crafted addresses (issue 14)', () => {
  it('a bad % escape in the user name does not throw, and the look-alike is still seen', () => {
    expect(() => judgeUrl('https://x:%zz@minid-login.example/')).not.toThrow();
    const verdict = judgeUrl('https://x:%zz@minid-login.example/');
    expect(verdict).toMatchObject({ kind: 'lookalike', host: 'minid-login.example' });
    expect(verdict.kind === 'lookalike' && verdict.reasons).toEqual(expect.arrayContaining(['address-tricks', 'similar-name']));
  });

  it('a user name of broken escapes alone, on an ordinary host, is an ordinary page', () => {
    expect(judgeUrl('https://%ff%fe:%@evil.example/')).toEqual({ kind: 'other', host: 'evil.example' });
  });

  it.each([['https://login.idporten.no%E0%A4%A@evil.example/'], ['https://minid.no%zz%41@x.example/'], ['https://%6din%69d.no%zz:x@x.example/']])(
    'a user name with broken escapes that names ID-porten is an address trick: %s',
    (url) => {
      const verdict = judgeUrl(url);
      expect(verdict.kind === 'lookalike' ? verdict.reasons : verdict.kind).toEqual(expect.arrayContaining(['address-tricks']));
    },
  );

  it('a blob: page is judged by the origin that made it', () => {
    const verdict = judgeUrl('blob:https://minid.no.sikker-login.example/6c1f5a2e-3f9b-4c8d-a1e2-7b3c4d5e6f70');
    expect(verdict).toMatchObject({ kind: 'lookalike', host: 'minid.no.sikker-login.example', reasons: ['extra-subdomain'] });
    expect(judgeUrl('blob:https://login.idporten.no/6c1f5a2e-3f9b-4c8d-a1e2-7b3c4d5e6f70')).toEqual({ kind: 'official', host: 'login.idporten.no' });
    expect(judgeUrl('blob:https://www.vg.no/6c1f5a2e')).toEqual({ kind: 'other', host: 'www.vg.no' });
    expect(judgeUrl('blob:http://login.idporten.no/6c1f5a2e')).toMatchObject({ kind: 'lookalike', reasons: ['http'] });
  });

  it.each([
    ['https://eid.ḋifi.no/'],
    ['https://mịnịd.no/'],
    ['https://idpȯrtȩn.no/'],
    ['https://dịgdịr.no/'],
    ['https://brukerprofil.dị́fi.no/'],
  ])('letters with marks above or below are folded before comparing: %s', (url) => {
    expect(judgeUrl(url)).toMatchObject({ kind: 'lookalike', reasons: ['homograph'] });
    // The URL parser gives the name as xn--…; that form is judged the same.
    const ascii = new URL(url).href;
    expect(ascii).toContain('xn--');
    expect(judgeUrl(ascii)).toMatchObject({ kind: 'lookalike', reasons: ['homograph'] });
  });

  it.each([
    ['https://loginidporten.no/'],
    ['https://minidno.com/'],
    ['https://profilminid.no/'],
    ['https://eiddifi.no/'],
    ['https://kontaktregister.no/'],
    ['https://idportenlogin.com/'],
    ['https://sikkerminid.net/'],
    ['https://brukerprofildifi.no/'],
  ])('run-together and shortened names are look-alikes: %s', (url) => {
    expect(judgeUrl(url)).toMatchObject({ kind: 'lookalike', reasons: ['similar-name'] });
  });

  it.each([['https://finn.no/'], ['https://minidrett.no/'], ['https://bücher.de/'], ['https://minidisk.com/'], ['https://modified.com/'], ['https://gemini-dashboard.io/'], ['https://kontakt.no/'], ['https://profil.no/'], ['https://logindifferent.com/']])(
    'ordinary sites stay ordinary: %s',
    (url) => {
      expect(judgeUrl(url).kind).toBe('other');
    },
  );
});

describe('decodePunycodeLabel', () => {
  it.each([
    ['bcher-kva', 'bücher'],
    ['mnid-l9d', 'mіnid'],
    ['brukerprofl-8zb', 'brukerprofıl'],
    ['idrten-xqfp', 'idроrten'],
  ])('%s → %s', (label, text) => {
    expect(decodePunycodeLabel(label)).toBe(text);
    expect(domainToASCII(text)).toBe(`xn--${label}`);
  });

  it('refuses what is not punycode', () => {
    expect(decodePunycodeLabel('!!!')).toBeNull();
    expect(decodePunycodeLabel('abc-ø')).toBeNull();
  });
});

describe('judgeUrl and the replica pages agree', () => {
  it.each(ROUTES.map((r) => [r.id, r] as const))('%s', (_id, route) => {
    expect(judgeUrl(route.url).kind).toBe(route.kind === null ? 'lookalike' : 'official');
  });
});
