/**
 * One source, two browsers. `TARGET=chrome|firefox vite build` writes
 * dist/<target>; scripts/build.mjs runs both. The manifest is manifest.json plus
 * what the build must decide:
 * - content-script matches come from src/core/sites.ts (the one list of hosts);
 * - version from package.json;
 * - icons: public/icon.svg rendered to PNG by scripts/icons.ts, named here;
 * - Firefox gets its gecko settings (desktop and Android); crxjs keeps `background.scripts` for
 *   Firefox and `background.service_worker` for Chrome (manifest.json names both).
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { contentScriptMatches } from './src/core/sites.ts';
import { iconMap, iconsPlugin } from './scripts/icons.ts';
import { oneFilePage } from './scripts/one-file-page.ts';
import { contentMinify } from './scripts/content-minify.ts';

export type Target = 'chrome' | 'firefox';

/** The content script, as manifest.json names it (its one entry); crxjs writes it as the same path ending in .js. */
const CONTENT_SCRIPT = baseManifest.content_scripts[0]!.js[0]!;

/** The gecko id is fixed forever once published: it is how Firefox knows the add-on. */
export const GECKO_ID = 'pinfri@pinfri.invalid';
export const FIREFOX_MIN_VERSION = '142.0';
/**
 * Firefox for Android runs MV3 extensions (the popup opens as a page, content
 * scripts run). 142 is also the first Android version that knows
 * `data_collection_permissions`, which AMO requires.
 */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export function manifestFor(target: Target): ManifestV3Export {
  const [script] = baseManifest.content_scripts;
  const manifest = {
    ...baseManifest,
    version: pkg.version,
    icons: iconMap(),
    action: { ...baseManifest.action, default_icon: iconMap([16, 32, 48]) },
    content_scripts: [{ ...script, matches: contentScriptMatches() }],
  };
  if (target === 'firefox') {
    return {
      ...manifest,
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: FIREFOX_MIN_VERSION,
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
      },
    } as ManifestV3Export;
  }
  // Chrome does not know "scripts" in an MV3 background and warns about it.
  const { scripts: _scripts, ...background } = manifest.background;
  return { ...manifest, background } as ManifestV3Export;
}

function targetFromEnv(): Target {
  const value = process.env.TARGET ?? 'chrome';
  if (value !== 'chrome' && value !== 'firefox') throw new Error(`TARGET must be chrome or firefox, not "${value}"`);
  return value;
}

export default defineConfig(() => {
  const target = targetFromEnv();
  return {
    plugins: [
      iconsPlugin(),
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // A self-contained content script: no loader, so no web-accessible
        // resources that would let any page detect the extension.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
      // The file every official page gets: a second minifier over it (scripts/content-minify.ts).
      contentMinify([CONTENT_SCRIPT.replace(/\.ts$/, '.js')]),
      // The popup is opened often and must be quick: one script, its style in the page.
      oneFilePage(['src/popup/index.html']),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      // Pages the manifest does not name: crxjs builds them when they are inputs.
      // The guide is opened from the popup with runtime.getURL('src/guide/index.html').
      rollupOptions: { input: { guide: 'src/guide/index.html' } },
    },
  };
});
