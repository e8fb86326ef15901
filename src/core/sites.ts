/**
 * Where PIN-fri may run: the official MinID / ID-porten hosts, and which kind
 * of page each URL is. This is the ONE place that knows hosts and paths; the
 * manifest's content-script matches are generated from it (vite.config.ts) and
 * a test checks the built manifests against it.
 *
 * Source for every host: docs/PAGES.md, "Hosts".
 * Rule: only `https:` and the exact host. No subdomains, no look-alikes.
 *
 * Two lists: OFFICIAL_SITES are the hosts PIN-fri runs on (content script, page
 * kinds); GENUINE_ONLY_HOSTS are official too, so "Er dette den ekte
 * ID-porten?" says so, but PIN-fri has nothing to do on their pages and asks
 * for no access to them (least privilege).
 */
import { isOneOf } from './record';

export const PAGE_KINDS = ['settings', 'login', 'chooser', 'contact', 'help'] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

interface PathRule {
  kind: PageKind;
  /**
   * The path this rule covers, lower-cased: that path and everything under it
   * ('/minprofil' covers '/minprofil' and '/minprofil/x', not '/minprofilen').
   * Plain prefixes, not regular expressions: each expression is compiled
   * again in every page the content script runs in.
   */
  under: string;
}

export interface OfficialSite {
  host: string;
  /** What every path on the host is, unless a rule says otherwise. */
  kind: PageKind;
  /** First matching rule wins. */
  rules?: readonly PathRule[];
}

export interface SiteNote {
  purpose: string;
  /** 'verified' = seen in a source docs/PAGES.md names; 'inferred' = our best reading, may be wrong. */
  status: 'verified' | 'inferred' | 'historical';
  /** When this entry should be looked at again. */
  revisit: string;
}

const OFFICIAL_SITES: readonly OfficialSite[] = [
  {
    host: 'brukerprofil.difi.no',
    kind: 'help',
    rules: [
      { kind: 'settings', under: '/minprofil/minid' },
      // The rest of the old "min profil" held contact details (mobile number).
      { kind: 'contact', under: '/minprofil' },
    ],
  },
  { host: 'profil.minid.no', kind: 'settings' },
  { host: 'minprofil.kontaktregisteret.no', kind: 'contact' },
  {
    host: 'login.idporten.no',
    kind: 'login',
    // The chooser's path is inferred; content checks can still call it a login page.
    rules: [{ kind: 'chooser', under: '/authorize/selector' }],
  },
  { host: 'login.minid.no', kind: 'login' },
  { host: 'idporten.difi.no', kind: 'login' },
  { host: 'oidc.difi.no', kind: 'login' },
  { host: 'minid.no', kind: 'help' },
  { host: 'eid.difi.no', kind: 'help' },
  { host: 'idporten.no', kind: 'help' },
];

/**
 * What each host is for and how sure we are, from docs/PAGES.md "Hosts". Kept
 * beside the rules but apart from them, so the content script carries only
 * the rules onto the pages; a test checks every host has its note.
 */
export const SITE_NOTES: Readonly<Record<string, SiteNote>> = {
  'brukerprofil.difi.no': {
    purpose: 'MinID settings linked in the 2022 letter ("Kode på SMS" chosen here)',
    status: 'historical',
    revisit: '2027-06',
  },
  'profil.minid.no': {
    purpose: '"Min profil" for MinID, linked from minid.no since Feb 2025',
    // That the login-method choice lives here is inferred; the content script
    // therefore also recognises a settings page by its content on any official host.
    status: 'inferred',
    revisit: '2027-06',
  },
  'minprofil.kontaktregisteret.no': {
    purpose: 'Contact register: mobile number, e-mail, language',
    status: 'verified',
    revisit: '2027-06',
  },
  'login.idporten.no': {
    purpose: 'ID-porten login (eID chooser, MinID login)',
    status: 'verified',
    revisit: '2027-06',
  },
  'login.minid.no': {
    purpose: 'MinID login screen (inferred from login.test.minid.no)',
    status: 'inferred',
    revisit: '2027-06',
  },
  'idporten.difi.no': {
    purpose: 'Older ID-porten login',
    status: 'historical',
    revisit: '2027-06',
  },
  'oidc.difi.no': {
    purpose: 'Older ID-porten login (OpenID Connect)',
    status: 'historical',
    revisit: '2027-06',
  },
  'minid.no': {
    purpose: 'MinID information and help',
    status: 'verified',
    revisit: '2027-06',
  },
  'eid.difi.no': {
    purpose: 'eID help pages (nb, nn, en)',
    status: 'verified',
    revisit: '2027-06',
  },
  'idporten.no': {
    purpose: 'ID-porten information',
    status: 'verified',
    revisit: '2027-06',
  },
  'aktiveringsbrev.minid.no': {
    purpose: 'Order an activation letter (new MinID users); genuine-only',
    status: 'verified',
    revisit: '2027-06',
  },
  'registrer.minid.no': {
    purpose: 'Register a MinID user with the activation letter; genuine-only',
    status: 'verified',
    revisit: '2027-06',
  },
  'brukerprofil.idporten.no': {
    purpose: 'ID-porten login history, active logins, authorisations; genuine-only',
    status: 'verified',
    revisit: '2027-06',
  },
  'www.idporten.no': {
    purpose: 'ID-porten information and MinID support (norge.no); genuine-only',
    status: 'verified',
    revisit: '2027-06',
  },
};

/**
 * Official hosts where PIN-fri has nothing to point at: ordering and using the
 * activation letter (no login-method choice there that we know of), ID-porten's
 * login history, and ID-porten's information site. Verified in docs/PAGES.md
 * "Hosts". If the login-method choice ever turns up on one of them, move it to
 * OFFICIAL_SITES (which gives it a content script).
 */
export const GENUINE_ONLY_HOSTS: readonly string[] = [
  'aktiveringsbrev.minid.no',
  'registrer.minid.no',
  'brukerprofil.idporten.no',
  'www.idporten.no',
];

/** The hosts the content script runs on (the manifest's matches). */
// Pure calls: the content script, which needs neither list, leaves them out.
export const CONTENT_SCRIPT_HOSTS: readonly string[] = /* @__PURE__ */ OFFICIAL_SITES.map((site) => site.host);

/** Every official host: the content-script hosts and the genuine-only ones. */
export const OFFICIAL_HOSTS: readonly string[] = /* @__PURE__ */ CONTENT_SCRIPT_HOSTS.concat(GENUINE_ONLY_HOSTS);

/** Parses without throwing; anything that is not a URL is simply not official. */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The host of an https URL as it stands, or null when the URL carries a port,
 * a user name or a password: never part of a real link to these services.
 * URL has already lower-cased and punycoded the host, and kept a trailing
 * dot, so "brukerprofil.difi.no." and homographs do not compare equal to an
 * official host.
 */
function httpsHostOf(parsed: URL | null): string | null {
  if (!parsed || parsed.protocol !== 'https:') return null;
  if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.hostname;
}

/** An official MinID / ID-porten page (https, exact host), whether or not PIN-fri runs there. */
export function isOfficialUrl(url: string): boolean {
  return isOneOf(OFFICIAL_HOSTS, httpsHostOf(parse(url)));
}

/** The kind an official host's path is (the first matching rule, else the host's own kind); null for any other host. */
function kindAt(host: string | null, pathname: string): PageKind | null {
  const site = OFFICIAL_SITES.find((s) => s.host === host);
  if (!site) return null;
  const path = pathname.toLowerCase();
  return site.rules?.find(({ under }) => path === under || path.startsWith(`${under}/`))?.kind ?? site.kind;
}

/**
 * The kind of official page a URL is, judged by the URL alone; null where
 * PIN-fri does not run (other pages, the genuine-only hosts). Non-null only
 * for an official URL (sites.test.ts checks this for any string), so the
 * content script (with `location.href`) and the background (with a sender's
 * URL) ask nothing more.
 */
export function pageKindOfUrl(url: string): PageKind | null {
  // Parsed once: the host and the path are read from the same URL.
  const parsed = parse(url);
  return kindAt(httpsHostOf(parsed), parsed?.pathname ?? '');
}

/** Match patterns for the manifest: https and the exact host, every path. */
export function contentScriptMatches(): string[] {
  return CONTENT_SCRIPT_HOSTS.map((host) => `https://${host}/*`);
}

