/**
 * An extension page that loads as one script and no style sheet files.
 *
 * Rolldown shares code between the popup, the guide and the background by
 * putting it in common chunks. For the popup that meant one request for its
 * entry, then (only once the entry had been read) three more for the chunks
 * it imports, and two style sheets that had to arrive before any script could
 * run: the browser asked the extension for six files, in two rounds, before
 * the first button could exist. Measured with `npm run bench` and a trace,
 * that waiting was most of the time from opening the popup to its first button.
 *
 * After the build, this plugin (the last to touch the bundle) makes the page's
 * entry chunk self-contained: it bundles the entry with every chunk it imports
 * statically into one module (tree-shaken across what were chunk borders, so
 * what the page does not use is gone), leaves dynamic `import()`s as they are
 * (the QR encoder stays a file of its own, loaded when a code is shown), and
 * puts the page's style sheets into the HTML as one `<style>`. The extension's
 * default content security policy limits scripts, not styles, so nothing is
 * loosened. Chunks and style sheets no page needs any more are dropped. Other
 * pages (the guide) and the background are left exactly as built.
 *
 * Why not a stock option (measured in December 2026, Chromium, bytes as gzip):
 * Vite's own answer to the waiting is `build.modulePreload` (links to every
 * chunk in the HTML, so they are fetched in one round). With it instead of
 * this step the popup loads 7 files (HTML, 4 scripts, 2 style sheets) and
 * 29 659 B, against 2 files and 26 996 B with this step (the shared chunks
 * carry code the popup never runs). First button, alternating loads of both
 * builds in one Chromium run on a busy machine, three runs of 15–20 loads
 * each: 211, 166 and 204 ms median with this step, 274, 225 and 245 ms with
 * modulePreload (40–60 ms later every time). `build.cssCodeSplit: false`
 * only merges the style sheets (6 files). Rolldown's `output.codeSplitting:
 * false` still shares chunks between the build's entries and only pulls the QR
 * encoder into the popup's first file (7 files, 34 418 B). So this step stays.
 */
import { posix } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

type Bundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>>[1];
type Chunk = Extract<Bundle[string], { type: 'chunk' }>;
type Asset = Extract<Bundle[string], { type: 'asset' }>;

const SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/g;
const STYLE_LINK = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>\s*/g;
const PRELOAD_LINK = /<link rel="modulepreload"[^>]*>\s*/g;

/** "/assets/x.js" (from the extension's root) or "../../assets/x.js" (from the page) → the bundle's file name. */
function fileIn(page: string, url: string): string {
  return url.startsWith('/') ? url.slice(1) : posix.normalize(posix.join(posix.dirname(page), url));
}

const text = (asset: Asset): string => (typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source));

/** The entry chunk with its static imports inlined; dynamic imports stay imports of the same files. */
async function selfContained(bundle: Bundle, entry: Chunk, minify: boolean): Promise<string> {
  const build = await rolldown({
    input: entry.fileName,
    // The chunks are already built for the browser: nothing to resolve outside the bundle.
    plugins: [
      {
        name: 'pinfri:from-bundle',
        resolveId(source, importer, options) {
          if (!importer) return source;
          const file = posix.normalize(posix.join(posix.dirname(importer), source));
          if (options.kind === 'dynamic-import') return { id: source, external: true };
          if (bundle[file]?.type !== 'chunk') throw new Error(`${importer} imports ${source}, which is not in the bundle`);
          return file;
        },
        load(id) {
          const chunk = bundle[id];
          if (chunk?.type !== 'chunk') throw new Error(`${id} is not a chunk of the bundle`);
          return chunk.code;
        },
      },
    ],
    // An entry module's exports are nobody's business here: the page only runs it.
    preserveEntrySignatures: false,
  });
  try {
    const { output } = await build.generate({ format: 'es', minify });
    if (output.length !== 1 || output[0].type !== 'chunk') {
      throw new Error(`${entry.fileName}: bundling its imports gave ${output.length} files, not one`);
    }
    return output[0].code;
  } finally {
    await build.close();
  }
}

/** Chunks and assets some entry, page or kept chunk still uses. */
function stillUsed(bundle: Bundle, pages: readonly string[]): Set<string> {
  const used = new Set<string>();
  const visit = (file: string) => {
    if (used.has(file)) return;
    used.add(file);
    const item = bundle[file];
    if (item?.type !== 'chunk') return;
    for (const next of [...item.imports, ...item.dynamicImports]) visit(next);
    for (const css of item.viteMetadata?.importedCss ?? []) visit(css);
  };
  for (const item of Object.values(bundle)) {
    if (item.type === 'chunk' && item.isEntry) visit(item.fileName);
    if (item.type === 'asset' && item.fileName.endsWith('.html')) {
      const html = text(item);
      for (const m of html.matchAll(SCRIPT)) visit(fileIn(item.fileName, m[1]!));
      for (const m of html.matchAll(STYLE_LINK)) visit(fileIn(item.fileName, m[1]!));
    }
  }
  for (const page of pages) used.add(page);
  return used;
}

/** @param pages the HTML pages to make one-file, as paths in the build ("src/popup/index.html"). */
export function oneFilePage(pages: readonly string[]): Plugin {
  // Minified as the rest of the build is (an unminified build stays readable, for profiling).
  let minify = true;
  return {
    name: 'pinfri:one-file-page',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      minify = config.build.minify !== false;
    },
    async generateBundle(_options, bundle) {
      const dropped = new Set<string>();
      for (const page of pages) {
        const asset = bundle[page];
        if (asset?.type !== 'asset') throw new Error(`one-file page ${page} is not in the build`);
        let html = text(asset);
        const scripts = [...html.matchAll(SCRIPT)].map((m) => fileIn(page, m[1]!));
        if (scripts.length !== 1) throw new Error(`${page} loads ${scripts.length} module scripts; one is expected`);
        const entry = bundle[scripts[0]!];
        if (entry?.type !== 'chunk') throw new Error(`${page}: ${scripts[0]} is not a chunk of the build`);
        for (const imported of entry.imports) dropped.add(imported);
        entry.code = await selfContained(bundle, entry, minify);
        entry.imports = [];
        entry.viteMetadata?.importedCss.clear();

        const sheets = [...html.matchAll(STYLE_LINK)].map((m) => fileIn(page, m[1]!));
        const css = sheets
          .map((file) => {
            const sheet = bundle[file];
            if (sheet?.type !== 'asset') throw new Error(`${page} links ${file}, which is not in the build`);
            dropped.add(file);
            return text(sheet).trim();
          })
          .join('\n');
        html = html.replace(PRELOAD_LINK, '').replace(STYLE_LINK, '');
        // The style goes where the links were (in the head, before the body), so nothing is ever drawn unstyled.
        if (css) html = html.replace(/\s*<\/head>/, `\n    <style>\n${css.replaceAll('</style', '<\\/style')}\n    </style>\n  </head>`);
        asset.source = html;
      }
      const used = stillUsed(bundle, pages);
      for (const file of dropped) if (!used.has(file)) delete bundle[file];
    },
  };
}
