// @vitest-environment node
/**
 * The guide's pictures as files: one per picture and language in
 * public/pictures/, each a PNG made by `npm run demo -- --guide-pictures`
 * from a replica page in the picture's language, sharp enough to print and
 * small enough to ship; nothing else in the folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_PICTURE_PAGES } from '../../scripts/demo.ts';
import { GUIDE_PICTURES, guidePicturePath } from '../../src/core/guide-text';
import { LANGUAGES } from '../../src/core/language';
import { ROUTES } from '../replicas/routes';

const PNG_SIGNATURE = '89504e470d0a1a0a';
/** Bytes per picture: the extension carries every one of them. */
const MAX_BYTES = 160 * 1024;

describe('the guide pictures', () => {
  const wanted = GUIDE_PICTURES.flatMap((p) => LANGUAGES.map((lang) => ({ ...p, lang, path: guidePicturePath(p.name, lang) })));

  it.each(wanted.map((w) => [w.path, w] as const))('%s is a PNG sharp enough to print and small enough to ship', (_, w) => {
    const png = readFileSync(`public/${w.path}`);
    expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    // Two device pixels per CSS pixel (the demo's --crop): about 290 dpi at the 12 cm it prints at.
    expect(width).toBeGreaterThanOrEqual(1000);
    expect(width).toBeLessThanOrEqual(2000);
    expect(height).toBeGreaterThan(300);
    // Wider than tall enough to sit in a step on A4 without a page of its own.
    expect(height / width).toBeLessThan(1.2);
    expect(png.length).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('public/pictures holds exactly these pictures, none left over', () => {
    expect(readdirSync('public/pictures').sort()).toEqual(wanted.map((w) => w.path.replace('pictures/', '')).sort());
  });

  it('each is made from a replica page in its own language that shows the hint', () => {
    for (const w of wanted) {
      const route = ROUTES.find((r) => r.id === GUIDE_PICTURE_PAGES[w.name](w.lang));
      expect(route, w.path).toBeDefined();
      expect(route!.lang, w.path).toBe(w.lang);
      expect(route!.kind, w.path).not.toBeNull();
    }
  });
});
