/**
 * A second minifying pass over the content script, with terser, after the
 * build's own minifier (Oxc, through Rolldown) has made it.
 *
 * The content script is the one file PIN-fri adds to every official page, so
 * its bytes are the ones a person's browser reads and compiles on every load
 * (`budgets.json` "contentGzipMax"). Each minifier finds savings the other
 * misses: Oxc alone gives about 9.5 KB gzip, terser alone on the same code
 * about 10.2 KB, terser over Oxc's output about 190 B less than Oxc alone
 * (docs/PERFORMANCE.md). Only safe compress options are used: nothing that
 * assumes how the page's objects behave.
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
