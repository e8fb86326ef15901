/**
 * A second minifying pass over the content script, with terser, after the
 * build's own minifier (Oxc, through Rolldown) has made it.
 *
 * The content script is the one file PIN-fri adds to every official page, so
 * its bytes are the ones a person's browser reads and compiles on every load
 * (`budgets.json` "contentGzipMax"). Each minifier finds savings the other
 * misses. Measured after issue 23's restructuring (a manager, a pure choice
 * decision, the hint in three parts): Oxc alone 10 458 B gzip, over the
 * 10 240 B budget; terser over Oxc's output 10 189 B. Vite's own
 * `build.minify: 'terser'` (terser instead of Oxc) saved only 61 B. Dropped
 * once in issue 23 when it saved 167 B under a roomy budget, and brought back
 * when the clearer code needed it. Only safe compress options are used:
 * nothing that assumes how the page's objects behave.
 *
 * crxjs builds the content script as a separate IIFE and adds it to the bundle
 * as an asset, so this plugin (after crx in the plugin list) finds it there.
 * It fails the build when the file is missing, so a change in crxjs's naming
 * cannot silently skip it. A build made with `build.minify: false` (the
 * profiling build) is left readable.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

export function contentMinify(files: readonly string[]): Plugin {
  let enabled = true;
  return {
    name: 'pinfri:content-minify',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      enabled = config.build.minify !== false;
    },
    async generateBundle(_options, bundle) {
      if (!enabled) return;
      for (const file of files) {
        const item = bundle[file];
        if (item?.type !== 'asset') throw new Error(`content script ${file} is not in the build`);
        const code = typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source);
        const result = await minify(code, {
          ecma: 2020,
          module: false,
          compress: { passes: 2 },
          mangle: true,
          format: { comments: false },
        });
        if (!result.code) throw new Error(`terser gave nothing for ${file}`);
        item.source = result.code;
      }
    },
  };
}
