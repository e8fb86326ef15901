import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_HOSTS, contentScriptMatches, GENUINE_ONLY_HOSTS, isOfficialUrl, OFFICIAL_HOSTS, pageKindOfUrl, SITE_NOTES } from '../../src/core/sites';

describe('official hosts', () => {
  it('runs on exactly the hosts in docs/PAGES.md "Hosts"', () => {
    // Pinned on purpose: adding a host widens where PIN-fri runs, and must be a visible change.
    expect([...CONTENT_SCRIPT_HOSTS].sort()).toEqual(
      [
        'brukerprofil.difi.no',
        'eid.difi.no',
        'idporten.difi.no',
        'idporten.no',
        'login.idporten.no',
        'login.minid.no',
        'minid.no',
        'minprofil.kontaktregisteret.no',
        'oidc.difi.no',
        'profil.minid.no',
      ].sort(),
    );
  });

  it('knows four more official hosts for the genuine-page check only, with no content script', () => {
    expect([...GENUINE_ONLY_HOSTS].sort()).toEqual(['aktiveringsbrev.minid.no', 'brukerprofil.idporten.no', 'registrer.minid.no', 'www.idporten.no']);
    expect(OFFICIAL_HOSTS).toEqual([...CONTENT_SCRIPT_HOSTS, ...GENUINE_ONLY_HOSTS]);
    for (const host of GENUINE_ONLY_HOSTS) {
      expect(CONTENT_SCRIPT_HOSTS).not.toContain(host);
      expect(contentScriptMatches()).not.toContain(`https://${host}/*`);
      expect(isOfficialUrl(`https://${host}/order`)).toBe(true);
      expect(pageKindOfUrl(`https://${host}/order`)).toBeNull();
      expect(isOfficialUrl(`http://${host}/`)).toBe(false);
      expect(isOfficialUrl(`https://${host}.evil.example/`)).toBe(false);
    }
  });

  it('has a note for every host (what it is for, how sure we are, when to look again), and no other', () => {
    expect(Object.keys(SITE_NOTES).sort()).toEqual([...OFFICIAL_HOSTS].sort());
    for (const note of Object.values(SITE_NOTES)) {
      expect(note.purpose.length).toBeGreaterThan(5);
      expect(['verified', 'inferred', 'historical']).toContain(note.status);
      expect(note.revisit).toMatch(/^20\d\d-\d\d$/);
    }
  });

  it('gives https match patterns for exactly the hosts it runs on', () => {
    expect(contentScriptMatches()).toEqual(CONTENT_SCRIPT_HOSTS.map((h) => `https://${h}/*`));
  });
});

describe('page kinds by URL', () => {
  const mustMatch: [string, string][] = [
    ['https://brukerprofil.difi.no/minprofil/minid/', 'settings'],
    ['https://brukerprofil.difi.no/minprofil/minid', 'settings'],
    ['https://brukerprofil.difi.no/minprofil/minid/?locale=nn', 'settings'],
    ['https://BRUKERPROFIL.DIFI.NO/minprofil/MinID/', 'settings'],
    ['https://brukerprofil.difi.no/minprofil/', 'contact'],
    ['https://brukerprofil.difi.no/', 'help'],
    ['https://profil.minid.no/', 'settings'],
    ['https://profil.minid.no/innlogging?variant=late', 'settings'],
    ['https://minprofil.kontaktregisteret.no/', 'contact'],
    ['https://login.idporten.no/authorize/selector?x=1', 'chooser'],
    ['https://login.idporten.no/authorize/minid/otc', 'login'],
    ['https://login.minid.no/', 'login'],
    ['https://idporten.difi.no/opensso/UI/Login', 'login'],
    ['https://oidc.difi.no/idporten-oidc-provider/authorize', 'login'],
    ['https://minid.no/', 'help'],
    ['https://eid.difi.no/nb/minid', 'help'],
    ['https://idporten.no/', 'help'],
  ];
  it.each(mustMatch)('%s is %s', (url, kind) => {
    expect(pageKindOfUrl(url)).toBe(kind);
    expect(isOfficialUrl(url)).toBe(true);
  });

  const gotchas = [
    'http://brukerprofil.difi.no/minprofil/minid/',
    'https://brukerprofil-difi.no/minprofil/minid/',
    'https://brukerprofil.difi.no.login-sikker.com/minprofil/minid/',
    'https://www.brukerprofil.difi.no/minprofil/minid/',
    'https://brukerprofil.difi.no.:443/minprofil/minid/',
    'https://brukerprofil.difi.no./minprofil/minid/',
    'https://brukerprofil.difi.no:8443/minprofil/minid/',
    'https://user:pw@brukerprofil.difi.no/minprofil/minid/',
    'https://xn--brukerprofl-ecb.difi.no/minprofil/minid/',
    'https://brukerprofiI.difi.no/minprofil/minid/',
    'https://minid.no.evil.example/',
    'https://evil-minid.no/',
    'https://login.idporten.no.evil.example/authorize/selector',
    'https://idporten.no@evil.example/',
    'https://difi.no/',
    'https://www.minid.no/',
    'https://idporten.no.aktiveringsbrev.minid.no.evil.example/',
    'https://aktiveringsbrev-minid.no/order',
    'ftp://minid.no/',
    'file:///minid.no/',
    'javascript:alert(1)//https://minid.no/',
    'not a url',
    '',
  ];
  it.each(gotchas)('%s is not official', (url) => {
    expect(isOfficialUrl(url)).toBe(false);
    expect(pageKindOfUrl(url)).toBeNull();
  });

  it('gives a kind only to an official URL, for any string (the content script asks nothing more)', () => {
    const urlish = fc.tuple(
      fc.constantFrom('https://', 'http://', 'https://user@', 'HTTPS://', ''),
      fc.constantFrom(...CONTENT_SCRIPT_HOSTS, ...GENUINE_ONLY_HOSTS, 'evil.example', 'minid.no.evil.example'),
      fc.constantFrom('', '.', ':443', ':8443'),
      fc.string(),
    ).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), urlish), (url) => {
        if (pageKindOfUrl(url) !== null) expect(isOfficialUrl(url)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  /** What the content script passes: the address as the browser writes it (`location.href`). */
  const hrefOf = (url: string): string | null => {
    try {
      return new URL(url).href;
    } catch {
      return null;
    }
  };

  it.each([...mustMatch.map(([url]) => url), ...gotchas])('%s: the kind of the address as the browser writes it is the kind of the URL', (url) => {
    const href = hrefOf(url);
    expect(href === null ? null : pageKindOfUrl(href)).toBe(pageKindOfUrl(url));
  });

  it('gives the same kind to the address as the browser writes it as to the URL, for any URL (odd hosts, ports and credentials too)', () => {
    const host = fc.oneof(
      fc.constantFrom(...CONTENT_SCRIPT_HOSTS, ...GENUINE_ONLY_HOSTS),
      fc.constantFrom(...CONTENT_SCRIPT_HOSTS, ...GENUINE_ONLY_HOSTS).map((h) => h.toUpperCase()),
      fc.constantFrom(...CONTENT_SCRIPT_HOSTS).map((h) => `${h}.`),
      fc.constantFrom('xn--brukerprofl-ecb.difi.no', 'brukerprofıl.difi.no', 'prøfil.minid.no', 'minid.no.evil.example', '[::1]', '127.0.0.1', 'localhost'),
      fc.domain(),
    );
    /** Mostly the plain form, so that a good share of the addresses are official and the two must agree on a kind. */
    const mostly = (plain: string, ...others: string[]) => fc.oneof({ arbitrary: fc.constant(plain), weight: 3 }, { arbitrary: fc.constantFrom(...others), weight: 1 });
    const odd = fc.tuple(
      mostly('https://', 'http://', 'HTTPS://', 'https:', 'https:///', 'wss://', 'blob:https://', 'ftp://'),
      mostly('', 'user@', 'user:pw@', ':pw@', '@', 'minid.no@'),
      host,
      mostly('', ':443', ':8443', ':', ':0', '.'),
      fc.constantFrom('', '/', '/minprofil/minid', '/MinProfil/MINID/x', '/authorize/selector', '/%2e%2e/minprofil', '?q=1', '#h', '\\minprofil'),
      fc.webPath(),
    ).map((parts) => parts.join(''));
    let official = 0;
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), odd, fc.string()), (url) => {
        const href = hrefOf(url);
        const kind = pageKindOfUrl(url);
        expect(href === null ? null : pageKindOfUrl(href)).toBe(kind);
        // The content script runs only where its matches (https and an exact host) let it: a kind there is official.
        if (kind !== null) {
          official++;
          expect(isOfficialUrl(url)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    // Not only addresses both call unofficial: a good share had a kind to agree on.
    expect(official).toBeGreaterThan(150);
  }, 30_000);

  it('reads a path as the regular expressions it replaced did: a rule covers its path and what is under it', () => {
    // The rules before they were written as plain prefixes (docs/PAGES.md "Hosts").
    const before: [string, RegExp, string][] = [
      ['brukerprofil.difi.no', /^\/minprofil\/minid(\/|$)/, 'settings'],
      ['brukerprofil.difi.no', /^\/minprofil(\/|$)/, 'contact'],
      ['login.idporten.no', /^\/authorize\/selector(\/|$)/, 'chooser'],
    ];
    const segment = fc.constantFrom('minprofil', 'minid', 'MinID', 'authorize', 'selector', 'minprofilen', 'minidx', '', 'x', '%2F', '..');
    const path = fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join('/')}`);
    fc.assert(
      fc.property(fc.constantFrom('brukerprofil.difi.no', 'login.idporten.no'), path, fc.constantFrom('', '/', '?a=1', '#x'), (host, p, tail) => {
        const url = `https://${host}${p}${tail}`;
        const pathname = new URL(url).pathname.toLowerCase();
        const fallback = host === 'login.idporten.no' ? 'login' : 'help';
        const expected = before.find(([h, re]) => h === host && re.test(pathname))?.[2] ?? fallback;
        expect(pageKindOfUrl(url)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
