/**
 * The byte budgets in budgets.json, checked against the production builds
 * (npm test builds them just before). Deterministic: file sizes and gzip level 9,
 * no timing. Timings are measured by `npm run bench` and never asserted.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSizes, contentScriptsFor, kib, readBudgets, readManifest, type Bundle } from '../../scripts/bundle-sizes';
import { CONTENT_SCRIPT_HOSTS, GENUINE_ONLY_HOSTS } from '../../src/core/sites';
import { ROUTES } from '../replicas/routes';

const budgets = readBudgets();

/**
 * Pages that are not official: the replica look-alikes, and a few more of the same kinds.
 * (Not here: an official host on another port. Match patterns ignore the port, so
 * the script loads there and then does nothing; that host is the same owner's.)
 */
const OTHER_PAGES = [
  ...ROUTES.filter((r) => r.kind === null).map((r) => r.url),
  'https://example.com/',
  'https://www.minid.no/',
  'https://profil.minid.no.example.com/innlogging',
  'http://profil.minid.no/innlogging',
  'file:///home/user/minid.html',
  // Official, but PIN-fri has nothing to do there: no access asked, no script.
  ...GENUINE_ONLY_HOSTS.map((host) => `https://${host}/`),
];

function describeBundle(label: string, bundle: Bundle): string {
  const files = bundle.files.map((f) => `    ${f.path}: ${f.raw} B raw, ${f.gzip} B gzip`).join('\n');
  return `  ${label}: ${bundle.raw} B raw, ${bundle.gzip} B gzip (${kib(bundle.gzip)})\n${files}`;
}

describe.each(['chrome', 'firefox'])('dist/%s against budgets.json', (target) => {
  const dist = resolve('dist', target);
  const sizes = buildSizes(dist);
  const manifest = readManifest(dist);
  console.log(
    [
      `budgets, dist/${target}:`,
      describeBundle(`content script (budget ${budgets.contentGzipMax} B gzip)`, sizes.content),
      describeBundle(`popup JS (budget ${budgets.popupGzipMax} B gzip)`, sizes.popup),
    ].join('\n'),
  );

  it(`content script on an official page: at most ${budgets.contentGzipMax} B gzip`, () => {
    expect(sizes.content.files.length).toBeGreaterThan(0);
    expect(sizes.content.gzip).toBeLessThanOrEqual(budgets.contentGzipMax);
  });

  it(`popup JS: at most ${budgets.popupGzipMax} B gzip`, () => {
    expect(sizes.popup.files.length).toBeGreaterThan(0);
    expect(sizes.popup.gzip).toBeLessThanOrEqual(budgets.popupGzipMax);
  });

  it('content scripts match only the official hosts, https, exact host, top frame', () => {
    const entries = manifest.content_scripts ?? [];
    expect(entries.length).toBeGreaterThan(0);
    for (const cs of entries) {
      for (const pattern of cs.matches) {
        const host = /^https:\/\/([a-z0-9.-]+)\/\*$/.exec(pattern)?.[1];
        expect(host, `${pattern} is https://<exact host>/*`).toBeDefined();
        expect(CONTENT_SCRIPT_HOSTS).toContain(host);
      }
      // Nothing that widens where the script runs beyond `matches`.
      expect(cs.include_globs).toBeUndefined();
      expect(cs.all_frames ?? false).toBe(false);
      expect(cs.match_about_blank ?? false).toBe(false);
      expect(cs.match_origin_as_fallback ?? false).toBe(false);
      expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
    }
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it(`a page that is not official gets ${budgets.otherPageBytes} B of JS`, () => {
    for (const url of OTHER_PAGES) {
      const added = contentScriptsFor(dist, manifest, url);
      expect(added.raw, url).toBeLessThanOrEqual(budgets.otherPageBytes);
    }
    // And the counting itself works: every host PIN-fri runs on gets the content script.
    for (const host of CONTENT_SCRIPT_HOSTS) {
      expect(contentScriptsFor(dist, manifest, `https://${host}/`).gzip).toBe(sizes.content.gzip);
    }
  });
});
