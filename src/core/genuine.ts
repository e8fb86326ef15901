/**
 * "Er dette den ekte ID-porten?" — is the address in the current tab one of
 * the official MinID / ID-porten pages, or something dressed up as one?
 *
 * Pure: a URL string in, a verdict out. Official means https and an exact
 * host from sites.ts (the same rule the content script runs on). A page that
 * is not official but LOOKS like one is a look-alike, with the reasons:
 * - http: an official host without https;
 * - address-tricks: a user name, password or port in the address;
 * - extra-subdomain: an official name inside another domain
 *   (brukerprofil.difi.no.login-sikker.com, minid.no.sikker-login.com);
 * - homograph: an international (xn--) name that reads like an official one
 *   (Cyrillic "о" for "o", dotless "ı" for "i" …);
 * - similar-name: a name that is one letter away from, or has two letters
 *   swapped in, minid / idporten / difi / digdir / … (id-porten.no, rninid.no,
 *   nimid.no), contains one of the longer ones (minid-login.com,
 *   registrerminid.no, minidoppdatering.no), runs a short one together with a
 *   neighbour word (eiddifi.no) or cuts one short (kontaktregister.no). Ordinary
 *   words that happen to hold a name (minidrett, modified) are not alarms.
 *
 * Never throws, whatever the string: the popup renders this verdict, and one
 * crafted address must not blank it. A `blob:` page is judged by the origin
 * that made it; a page with no web origin at all (data:, about:, file:,
 * javascript:, nothing) gets "unknown-origin", which the popup says out loud.
 */
import { OFFICIAL_HOSTS, isOfficialUrl } from './sites';

export type LookalikeReason = 'http' | 'address-tricks' | 'extra-subdomain' | 'homograph' | 'similar-name';

export type Verdict =
  | { kind: 'official'; host: string }
  | { kind: 'lookalike'; host: string; reasons: LookalikeReason[] }
  /**
   * Another address under a domain the official hosts belong to (www.minid.no,
   * www.digdir.no): owned by the same public body, so not a fake, but not one of
   * the pages PIN-fri knows either.
   */
  | { kind: 'related'; host: string; domain: string }
  /** An ordinary web page that does not pretend to be MinID. */
  | { kind: 'other'; host: string }
  /**
   * A page whose origin PIN-fri cannot see: data:, about:, file:, javascript:,
   * a blob: made by such a page, or no address at all. Anyone can put a page
   * there, so the popup says "PIN-fri cannot see where this page comes from".
   */
  | { kind: 'unknown-origin' }
  /**
   * The browser's own pages (chrome://, about: is not one of them) and
   * PIN-fri's own pages (the popup may be opened over its guide). No web page
   * can put its content there: there is nothing to warn about, so nothing is
   * said. Another extension's page is not one of these: anyone can publish an
   * extension, so it gets "unknown-origin".
   */
  | { kind: 'not-web' };

/**
 * Domains the official hosts belong to, plus Digdir's own: anything under them is
 * run by the same public body. From sites.ts (the last two labels of each host).
 */
const RELATED_DOMAINS: readonly string[] = [...new Set([...OFFICIAL_HOSTS.map((h) => h.split('.').slice(-2).join('.')), 'digdir.no'])];

/** Names that a fake MinID / ID-porten page would borrow: the services' names and the official hosts' own words. */
const KEYWORDS = ['minid', 'idporten', 'difi', 'digdir', 'brukerprofil', 'kontaktregisteret', 'aktiveringsbrev'];
/**
 * Keywords long enough that one wrong letter is still a look-alike, and that a
 * longer word holding one borrows it ("registrerminid"); a short one ("difi",
 * inside "modified") must stand alone or beside a neighbour word.
 */
const FUZZY_MIN_LENGTH = 5;
/**
 * Ordinary words (and real sites) that hold a keyword: not alarms. A fixed
 * list, added to when a real site is flagged: "minidrett" is min idrett.
 */
const ORDINARY_WORDS = ['minidrett', 'minidisk', 'minidress', 'minidrone'];

// --- Punycode (RFC 3492) decoding, so "xn--…" names can be read as people see them. ---
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 → 26-35
  if (code >= 97 && code <= 122) return code - 97; // a-z → 0-25
  if (code >= 65 && code <= 90) return code - 65;
  return BASE;
}

/** Decodes one punycode label (without "xn--"); null when it is not valid punycode. */
export function decodePunycodeLabel(input: string): string | null {
  const output: number[] = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(0, basicEnd); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return null;
    output.push(code);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return null;
      i += digit * w;
      if (i > 0x10ffff * 64) return null;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** Look-alike letters from other scripts (and digits) mapped to the Latin letter they imitate. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ո: 'n', һ: 'h', ⅰ: 'i',
  ı: 'i', ɩ: 'i', ι: 'i', ο: 'o', ν: 'v', ρ: 'p', κ: 'k', τ: 't', ɡ: 'g', ḿ: 'm', ṁ: 'm', ṃ: 'm', ń: 'n', ṅ: 'n', í: 'i', ì: 'i', ï: 'i', î: 'i',
  ð: 'd', đ: 'd', ď: 'd', ó: 'o', ò: 'o', ö: 'o', ô: 'o', õ: 'o', ø: 'o', é: 'e', è: 'e', ê: 'e', ë: 'e', ŕ: 'r', ř: 'r', ṕ: 'p', ǵ: 'g', ğ: 'g', ƒ: 'f',
  '0': 'o', '1': 'i', l: 'i',
};

/**
 * How a name reads to a person: accents and dots above or below taken off
 * ("ḋ", "ị", "ȩ" read as d, i, e), look-alike letters folded.
 */
function fold(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/** The same, with "rn" read as "m" ("rninid" reads as "minid"). */
const skeleton = (text: string): string => fold(text).replace(/rn/g, 'm');

/** The keywords as they read after folding (l → i), so they compare with skeletons. */
const FOLDED_KEYWORDS = KEYWORDS.map(skeleton);
const FOLDED_ORDINARY_WORDS = ORDINARY_WORDS.map(skeleton);

/**
 * Words a fake address runs together with an official name ("loginidporten",
 * "profilminid", "eiddifi"), and the endings of addresses ("minidno.com").
 * A fixed list, not "any letters": "minidrett" and "minidisk" are ordinary words.
 */
const NEIGHBOURS = [
  ...['login', 'logg', 'logginn', 'innlogging', 'inn', 'sikker', 'secure', 'verify', 'konto', 'account', 'auth', 'support', 'hjelp', 'help'],
  ...['min', 'mitt', 'my', 'profil', 'bruker', 'eid', 'id', 'norge', 'portal', 'app', 'sms', 'kode', 'web', 'www', 'online'],
  ...['no', 'nor', 'com', 'net', 'org', 'info', 'eu', 'io', 'se', 'dk'],
].map(skeleton);

/** An official name cut short by a few letters still reads as it ("kontaktregister"), if it is long. */
const SHORTENED_MIN_LENGTH = 12;
const SHORTENED_MAX_CUT = 3;

/** The same letters with two of them swapped ("nimid" for "minid"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ: number[] = [];
  for (let i = 0; i < a.length && differ.length <= 2; i++) if (a[i] !== b[i]) differ.push(i);
  return differ.length === 2 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

/** Levenshtein distance of at most one. */
function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Whether a host name borrows one of the official names. Compared word by word
 * (the parts between dots and dashes, and each two neighbours joined, so
 * "id-porten" reads as "idporten"), never as any substring: "modified.com"
 * and "gemini-dashboard.io" must not alarm anyone.
 */
function borrowsAName(host: string): boolean {
  const parts = host.split(/[.\-_]+/).filter(Boolean);
  // Each word as folded, and with "rn" as "m": "rninid" reads as minid, but "idpornet" is idporten with two letters swapped.
  const words = [...new Set([...parts.map(fold), ...parts.map(skeleton)])];
  const joined = [fold, skeleton].flatMap((read) => parts.slice(1).map((w, i) => read(`${parts[i]}${w}`)));
  return (
    words.some((word) => FOLDED_KEYWORDS.some((keyword) => readsAs(word, keyword) || holds(word, keyword))) ||
    joined.some((word) => FOLDED_KEYWORDS.some((keyword) => readsAs(word, keyword)))
  );
}

/**
 * A longer word that holds a long keyword ("registrerminid", "minidbankid"),
 * once the ordinary words that hold it are taken out. Asked of single words
 * only: two words joined hold names by chance ("gemini-dashboard").
 */
function holds(word: string, keyword: string): boolean {
  return keyword.length >= FUZZY_MIN_LENGTH && FOLDED_ORDINARY_WORDS.reduce((rest, ordinary) => rest.replaceAll(ordinary, '.'), word).includes(keyword);
}

function readsAs(word: string, keyword: string): boolean {
  if (word === keyword) return true;
  if (keyword.length >= FUZZY_MIN_LENGTH) {
    if (withinOne(word, keyword) || swapped(word, keyword)) return true;
  }
  if (keyword.length >= SHORTENED_MIN_LENGTH && keyword.startsWith(word) && keyword.length - word.length <= SHORTENED_MAX_CUT) return true;
  // Run together: the official name with a neighbour word before or after it.
  const neighbour = (part: string) => NEIGHBOURS.includes(part) || FOLDED_KEYWORDS.includes(part);
  if (word.startsWith(keyword) && neighbour(word.slice(keyword.length))) return true;
  return word.endsWith(keyword) && neighbour(word.slice(0, word.length - keyword.length));
}

/** decodeURIComponent that never throws: a broken escape ("%zz") is kept as it is written. */
function decodeLeniently(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Schemes of extension pages: only PIN-fri's own are "not web". */
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:']);

/** Schemes where no web page can put its content: the browser's own pages. */
const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'resource:',
  'view-source:',
]);

/**
 * Verdict on whatever the browser says the tab's address is. Never throws: on
 * anything unexpected it says it cannot see where the page comes from.
 * `ownOrigin` is the origin of PIN-fri's own pages (the popup's `location.origin`):
 * those are "not-web", every other extension's page "unknown-origin".
 */
export function judgeUrl(url: string | undefined | null, ownOrigin?: string): Verdict {
  try {
    return judge(typeof url === 'string' ? url : '', ownOrigin);
  } catch {
    return { kind: 'unknown-origin' };
  }
}

function judge(url: string, ownOrigin?: string): Verdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unknown-origin' };
  }
  if (parsed.protocol === 'blob:') {
    // blob:https://minid.no.sikker-login.example/<uuid> was made by, and belongs to, that origin.
    const origin = parsed.origin;
    return origin.startsWith('https://') || origin.startsWith('http://') ? judge(`${origin}/`) : { kind: 'unknown-origin' };
  }
  if (EXTENSION_SCHEMES.has(parsed.protocol)) return ownOrigin !== undefined && `${parsed.protocol}//${parsed.host}` === ownOrigin ? { kind: 'not-web' } : { kind: 'unknown-origin' };
  if (BROWSER_SCHEMES.has(parsed.protocol)) return { kind: 'not-web' };
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'unknown-origin' };
  const host = parsed.hostname.replace(/\.$/, '');
  if (isOfficialUrl(url)) return { kind: 'official', host };

  const reasons = new Set<LookalikeReason>();
  const official = OFFICIAL_HOSTS.includes(host);
  const domain = RELATED_DOMAINS.find((d) => host === d || host.endsWith(`.${d}`));
  if ((official || domain) && parsed.protocol === 'http:') reasons.add('http');
  if (parsed.username || parsed.password || parsed.port) {
    // "https://login.idporten.no@evil.example/" goes to evil.example: the real name is only a user name.
    const user = decodeLeniently(`${parsed.username}.${parsed.password}`);
    if (official || domain || borrowsAName(host) || borrowsAName(user)) reasons.add('address-tricks');
  }
  // An official name with more after it: the real owner is whatever comes last (….difi.no.evil.com).
  if (!domain && [...OFFICIAL_HOSTS, ...RELATED_DOMAINS].some((o) => host.startsWith(`${o}.`) || host.includes(`.${o}.`))) {
    reasons.add('extra-subdomain');
  }
  const labels = host.split('.');
  const decoded = labels.map((label) => (label.startsWith('xn--') ? decodePunycodeLabel(label.slice(4)) : label));
  const readable = decoded.map((label) => label ?? '').join('.');
  if (labels.some((l) => l.startsWith('xn--')) && (borrowsAName(readable) || OFFICIAL_HOSTS.some((o) => skeleton(o) === skeleton(readable)))) {
    reasons.add('homograph');
  }
  if (!domain && !reasons.has('extra-subdomain') && !reasons.has('homograph') && borrowsAName(readable)) {
    reasons.add('similar-name');
  }
  if (reasons.size > 0) return { kind: 'lookalike', host, reasons: [...reasons] };
  if (domain) return { kind: 'related', host, domain };
  return { kind: 'other', host };
}
