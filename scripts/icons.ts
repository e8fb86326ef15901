/**
 * The toolbar and store icons: public/icon.svg (our own design) rendered to
 * PNG at the sizes the browsers ask for, during the build. resvg's WebAssembly
 * build draws them, so the pixels are the same on every machine: no native
 * binary, no fonts (the icon has no text), nothing from the system.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { Plugin } from 'vite';

const ICON_SIZES = [16, 32, 48, 128] as const;
const ICON_SOURCE = 'public/icon.svg';

/** Where each size lands in the build; the manifest names these paths. */
export function iconPath(size: number): string {
  return `icons/icon-${size}.png`;
}

/** { "16": "icons/icon-16.png", … } as the manifest wants it. */
export function iconMap(sizes: readonly number[] = ICON_SIZES): Record<string, string> {
  return Object.fromEntries(sizes.map((size) => [String(size), iconPath(size)]));
}

// The wasm module can be initialised once per process; both builds share it.
const READY = Symbol.for('pinfri.resvg-ready');
function ready(): Promise<void> {
  const store = globalThis as unknown as Record<symbol, Promise<void> | undefined>;
  store[READY] ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return store[READY];
}

async function renderIcon(svg: string, size: number): Promise<Uint8Array> {
  await ready();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

/**
 * Emits icons/icon-<size>.png into the bundle at the start of the build, so
 * crxjs finds them there when it copies the manifest's assets.
 */
export function iconsPlugin(source = ICON_SOURCE): Plugin {
  return {
    name: 'pinfri:icons',
    async buildStart() {
      this.addWatchFile(source);
      const svg = readFileSync(source, 'utf8');
      for (const size of ICON_SIZES) {
        this.emitFile({ type: 'asset', fileName: iconPath(size), source: await renderIcon(svg, size) });
      }
    },
  };
}
