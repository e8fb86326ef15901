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

  it.each([['chrome://extensions/'], ['about:blank'], ['file:///home/x.html'], ['moz-extension://abc/popup.html'], [''], [undefined], ['not a url']])(
    '%s is not a web page',
    (url) => {
      expect(judgeUrl(url)).toEqual({ kind: 'not-web' });
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
