/**
 * The printable guide in both real browsers: the page the popup's link opens
 * is in the build, shows the letter's steps with the pictures of the pages,
 * follows the language chosen in the popup, and `?lang=` overrides it.
 */
import { describe, expect, it } from 'vitest';
import { GUIDE_PICTURES, GUIDE_TEXT, guidePicturePath } from '../../src/core/guide-text';
import { BROWSERS, useBrowser } from './support';

const GUIDE = 'src/guide/index.html';
const POPUP = 'src/popup/index.html';

describe.each(BROWSERS)('%s: the printable guide', (name) => {
  const browser = useBrowser(name, 'nb');

  it('opens in the language asked for', async () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const page = await browser().openExtensionPage(`${GUIDE}?lang=${lang}`);
      const title = await page.waitFor(() => document.querySelector('h1')?.textContent ?? null, undefined, 8000);
      expect(title).toBe(GUIDE_TEXT[lang].title);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // Where the reader stands first, then the letter's two paths and the way back in (the app first, then SMS).
      expect(await page.evaluate(() => Array.from(document.querySelectorAll('[data-testid=where] [data-situation]')).map((li) => li.getAttribute('data-situation')))).toEqual([
        'off-pin',
        'other-eid',
        'locked-out',
        'guardian',
      ]);
      expect(await page.evaluate(() => document.querySelectorAll('[data-step]').length)).toBe(19);
      expect(await page.evaluate(() => document.querySelector('#back-in-heading')?.textContent)).toBe(GUIDE_TEXT[lang].backHeading);
      expect(await page.evaluate(() => document.querySelector('[data-testid=letter-facts]')?.textContent ?? '')).toContain(GUIDE_TEXT[lang].letterPost);
      // The pictures of the pages come from the package itself, in the guide's language.
      const pictures = await page.waitFor(
        () => {
          const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('figure.picture img'));
          if (imgs.length === 0 || imgs.some((img) => !img.complete)) return null;
          return imgs.map((img) => ({ path: new URL(img.src).pathname, width: img.naturalWidth, alt: img.alt }));
        },
        undefined,
        8000,
      );
      expect(pictures?.map((p) => p.path)).toEqual(GUIDE_PICTURES.map((p) => `/${guidePicturePath(p.name, lang)}`));
      for (const picture of pictures ?? []) {
        expect(picture.width, picture.path).toBeGreaterThan(0);
        expect(picture.alt, picture.path).not.toBe('');
      }
      await page.close();
    }
  });

  it('follows the language chosen in the popup', async () => {
    const popup = await browser().openExtensionPage(POPUP);
    await popup.waitFor(() => document.querySelector('select') !== null, undefined, 8000);
    await popup.evaluate(() => {
      const select = document.querySelector('select')!;
      select.value = 'nn';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await popup.waitFor(() => (document.documentElement.lang === 'nn' ? true : null), undefined, 8000);
    const guide = await browser().openExtensionPage(GUIDE);
    // Wait for the Nynorsk title itself (a Firefox run once read the page a moment too early).
    const title = await guide
      .waitFor((want) => (document.querySelector('h1')?.textContent === want ? want : null), GUIDE_TEXT.nn.title, 8000)
      .catch(() => guide.evaluate(() => document.querySelector('h1')?.textContent ?? null));
    expect(title).toBe(GUIDE_TEXT.nn.title);
    // Back to following the browser, for any case that follows.
    await popup.evaluate(() => {
      const select = document.querySelector('select')!;
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await guide.close();
    await popup.close();
  });
});
