/** The built manifests, as the browsers will read them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentScriptMatches } from '../../src/core/sites';

const read = (target: string) => JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));

describe.each(['chrome', 'firefox'])('dist/%s/manifest.json', (target) => {
  const manifest = read(target);

  it('runs the content script only on the official https hosts from src/core/sites.ts', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(contentScriptMatches());
    expect(manifest.content_scripts[0].all_frames).toBe(false);
  });

  it('asks for storage and activeTab only, and exposes nothing to pages', () => {
    expect(manifest.permissions).toEqual(['storage', 'activeTab']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('ships nb, nn and en with nb as the default', () => {
    expect(manifest.default_locale).toBe('nb');
    for (const lang of ['nb', 'nn', 'en']) {
      const messages = JSON.parse(readFileSync(`dist/${target}/_locales/${lang}/messages.json`, 'utf8'));
      expect(Object.keys(messages).sort()).toEqual(['actionTitle', 'extDescription', 'extName']);
    }
  });

  it('has our own icons at 16, 32, 48 and 128 px, in the toolbar too, and none is web-accessible', () => {
    const sizes = ['16', '32', '48', '128'];
    expect(Object.keys(manifest.icons)).toEqual(sizes);
    expect(Object.keys(manifest.action.default_icon)).toEqual(['16', '32', '48']);
    for (const [size, path] of [...Object.entries(manifest.icons), ...Object.entries(manifest.action.default_icon)] as [string, string][]) {
      expect(path).toBe(`icons/icon-${size}.png`);
      const png = readFileSync(`dist/${target}/${path}`);
      // A PNG whose IHDR says it is size × size.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
    expect(JSON.stringify(manifest.web_accessible_resources ?? [])).not.toContain('icon');
  });

  it('takes its version from package.json', () => {
    expect(manifest.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('browser differences are made by the build, nothing else', () => {
  it('Chrome: a service worker, no gecko settings', () => {
    const m = read('chrome');
    expect(m.background.service_worker).toBeTruthy();
    expect(m.background.scripts).toBeUndefined();
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('Firefox: background scripts, gecko id, version 142+, no data collected', () => {
    const m = read('firefox');
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko).toEqual({
      id: 'pinfri@pinfri.invalid',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('Firefox for Android: declared, from 142', () => {
    expect(read('firefox').browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  it('everything else is identical', () => {
    const strip = (m: Record<string, unknown>) => {
      const { background: _b, browser_specific_settings: _g, ...rest } = m;
      return rest;
    };
    expect(strip(read('firefox'))).toEqual(strip(read('chrome')));
  });
});

describe('the browsers we test in', () => {
  it('are checked for the Firefox version the manifest demands', async () => {
    const { FIREFOX_MIN_VERSION } = await import('../../vite.config');
    const script = readFileSync('scripts/ensure-browsers.mjs', 'utf8');
    const major = Number(/FIREFOX_MIN_MAJOR = (\d+)/.exec(script)?.[1]);
    expect(major).toBe(Number(FIREFOX_MIN_VERSION.split('.')[0]));
  });
});
