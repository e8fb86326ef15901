/**
 * The promises of issue #5, proven in both real browsers:
 * - no network: through whole flows, every web request is one the test's own
 *   pages made (a replica page or its files); the built code has no network API;
 * - no personal data: afterwards, storage holds only our own identifiers and
 *   the nickname the user chose — no digit runs, nothing typed into a page;
 * - pages cannot talk to us: a page that tries to forge progress gets nowhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumBrowser } from './drivers/chromium';
import type { E2EPage } from './drivers/types';
import { STATE_VERSION } from '../../src/core/storage';
import { ROUTES } from '../replicas/serve';
import { BROWSERS, launch, useBrowser } from './support';

const POPUP = 'src/popup/index.html';

function dumpStorage(): Promise<Record<string, unknown>> {
  type Api = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome)!.storage.local.get(null);
}

/** Every string in a JSON value, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => join(d.parentPath, d.name));
}

describe('the built code', () => {
  it.each(['chrome', 'firefox'])('dist/%s has no way to reach the network', (target) => {
    const files = jsFiles(`dist/${target}`);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(/);
      // Pages cannot talk to us: nobody listens for window messages.
      expect(code, file).not.toMatch(/addEventListener\(\s*[`'"]message[`'"]|\bonmessage\s*=/);
      // No code from elsewhere: nothing loads a script by URL.
      expect(code, file).not.toMatch(/https?:\/\/[^'"`\s]*\.js\b/);
    }
  });
});

describe.each(BROWSERS)('%s: safe by construction', (name) => {
  const browser = useBrowser(name);
  let page: E2EPage;

  it('a page cannot forge progress', async () => {
    page = await browser().newPage();
    await page.goto('https://minid.no/');
    await page.waitFor(() => document.documentElement.getAttribute('data-pinfri-page') === 'help', undefined, 8000);
    const tried = await page.evaluate(() => {
      const forged = { mark: 'pinfri/1', type: 'page-report', page: 'settings', status: 'sms-saved' };
      const attempts: string[] = [];
      window.postMessage(forged, '*');
      attempts.push('postMessage');
      document.dispatchEvent(new CustomEvent('pinfri', { detail: forged }));
      attempts.push('event');
      const g = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      // Pages have no extension API at all (no externally_connectable).
      attempts.push(`runtime:${typeof g.chrome?.runtime?.sendMessage}:${typeof g.browser}`);
      return attempts;
    });
    expect(tried).toEqual(['postMessage', 'event', 'runtime:undefined:undefined']);
    await new Promise((r) => setTimeout(r, 800));
    const popup = await browser().openExtensionPage(POPUP);
    const stored = JSON.stringify(await popup.evaluate(dumpStorage));
    expect(stored).not.toContain('sms-save');
    await popup.close();
    await page.close();
  });

  it('makes no network requests and stores no personal data through whole flows', async () => {
    const before = browser().requests().length;
    // The SMS flow on a settings page, by mouse this time.
    page = await browser().newPage();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/');
    await page.waitFor(() => document.querySelector('[data-pinfri-target="sms"]') !== null, undefined, 8000);
    await page.click('#pref-sms');
    await page.click('button[type=submit]');
    await page.waitFor(() => document.querySelector('#status')?.textContent !== '', undefined, 5000);
    // A page with a phone number and an e-mail address in its fields, and one where the user types a code.
    await page.goto('https://minprofil.kontaktregisteret.no/');
    await page.goto('https://login.idporten.no/authorize/minid/otc');
    await page.waitFor(() => document.querySelector('mid-textfield')?.shadowRoot?.querySelector('input') != null, undefined, 8000);
    await page.evaluate(() => document.querySelector('mid-textfield')!.shadowRoot!.querySelector('input')!.focus());
    await page.press('4');
    await page.press('2');
    await page.press('7');
    // The popup: guardian mode, a nickname, a refused ID number.
    const popup = await browser().openExtensionPage(POPUP);
    await popup.waitFor(() => document.querySelector('[data-action=guardian]') !== null, undefined, 8000);
    await popup.click('[data-action=guardian]');
    await popup.waitFor(() => document.querySelector('#nickname') !== null, undefined, 5000);
    await popup.type('#nickname', '12048012345');
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelector('#nickname-error') !== null, undefined, 5000);
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('#nickname')!.select());
    await popup.type('#nickname', 'Mor');
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelector('[data-person="p1"]') !== null, undefined, 5000);

    // No network: every web request was a replica page or one of its own files.
    const known = new Set(ROUTES.map((r) => r.url));
    const web = browser().requests().slice(before).filter((url) => /^(https?|wss?):/.test(url));
    const strays = web.filter((url) => {
      const { origin, pathname } = new URL(url);
      const own = ROUTES.some((r) => new URL(r.url).origin === origin);
      // The browser itself asks each site for /favicon.ico; that is not the extension.
      const pageFile = pathname.startsWith('/__replica/') || pathname.startsWith('/icons/') || pathname === '/favicon.ico';
      return !(known.has(url) || (own && pageFile));
    });
    expect(web.length).toBeGreaterThan(3);
    expect(strays).toEqual([]);

    // No personal data: only our own identifiers, times and the chosen nickname.
    const stored = await popup.evaluate(dumpStorage);
    const json = JSON.stringify(stored);
    expect(strings(stored).join(' ')).not.toMatch(/\d{8,}/);
    // (Looked for in the stored strings: a time stamp may contain "427" by chance.)
    const text = strings(stored).join(' ');
    for (const typed of ['93282061', 'ola.nordmann', '12048012345', '427']) expect(text).not.toContain(typed);
    // Also the answer to the first question, and where the settings were seen: an official origin and path, nothing more.
    const allowed =
      /^(pinfri:state|version|language|guardian|people|current|id|nickname|progress|path|marks|lastLook|at|by|readable|page|user|sms|app|me|p1|Mor|nb|nn|en|sms-[a-z-]+|app-[a-z-]+|back-in|back-in-[a-z-]+|situation|other-eid|settingsPlace|https:\/\/brukerprofil\.difi\.no\/minprofil\/minid\/|)$/;
    expect(strings(stored).filter((s) => !allowed.test(s))).toEqual([]);
    // Besides the schema version, the only numbers are times, and they are times from this run.
    const numbers = (json.match(/\d+/g) ?? []).map(Number).filter((n) => n !== STATE_VERSION && n !== 1);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => Math.abs(n - Date.now()) < 10 * 60_000)).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('chromium: the service worker may stop at any time', () => {
  let browser: ChromiumBrowser;

  beforeAll(async () => {
    browser = (await launch('chromium')) as ChromiumBrowser;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps progress and goes on after being stopped mid-flow', async () => {
    const page = await browser.newPage();
    await page.goto('https://brukerprofil.difi.no/minprofil/minid/');
    await page.waitFor(() => document.querySelector('[data-pinfri-target="sms"]') !== null, undefined, 8000);
    await page.click('#pref-sms');
    const popup = await browser.openExtensionPage(POPUP);
    // The person answers the first question; the page's evidence is already there.
    await popup.waitFor(() => document.querySelector('[data-situation="other-eid"]') !== null, undefined, 8000);
    await popup.click('[data-situation="other-eid"]');
    await popup.waitFor(() => document.querySelector('[data-step="sms-choose"][data-done="true"]') !== null, undefined, 8000);

    // Stop the worker the way Chromium does when it is idle, through the DevTools protocol.
    const popupPage = browser.context.pages().find((p) => p.url().includes(POPUP))!;
    const cdp = await browser.context.newCDPSession(popupPage);
    const ourWorkers = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
      );
    const [target] = await ourWorkers();
    expect(target).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: target!.targetId });
    // (Playwright keeps listing a worker closed this way, so ask the browser itself.)
    await expect.poll(async () => (await ourWorkers()).length, { timeout: 5000 }).toBe(0);

    // The user saves; the message wakes a new worker, which finds everything in storage.
    await page.click('button[type=submit]');
    await popup.waitFor(() => document.querySelector('[data-step="sms-save"][data-done="true"]') !== null, undefined, 10_000);
    const steps = await popup.evaluate(() => Array.from(document.querySelectorAll('[data-step][data-done="true"]')).map((li) => li.getAttribute('data-step')));
    expect(steps).toEqual(['sms-open-settings', 'sms-choose', 'sms-mobile', 'sms-save']);
    expect((await ourWorkers()).length).toBe(1);
    const badge = await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
    );
    expect(badge).toBe('1');
    await popup.close();
    await page.close();
  });
});

interface SeenHelp {
  title: string;
  why: string;
  links: { href: string | null; text: string; visible: boolean; after: string }[];
  buttons: string[];
}

/**
 * Runs in the page, as a hostile page script would (main world): rewrites the
 * hint in one of the ways it can reach through the open shadow root (round
 * -1: none), then reports what the person sees and hears of it at the next
 * frame — before the browser paints. Self-contained: it is sent to the page.
 */
async function tamperAndLook(round: number): Promise<SeenHelp | null> {
  const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
  if (!shadow) return null;
  const call = shadow.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
  const site = shadow.querySelector<HTMLAnchorElement>('a[href^="https:"]');
  if (round === 0 && call && site) {
    call.textContent = 'Ring 900 00 000';
    call.href = 'tel:+4790000000';
    site.href = 'https://minid-hjelp.example/';
    site.textContent = 'minid-hjelp.example';
  } else if (round === 1) {
    shadow.querySelector('.title')!.textContent = 'Ring PIN-fri på 900 00 000';
    (shadow.querySelector('.why')!.firstChild as Text).data = 'Oppgi koden din på telefon.';
    shadow.querySelector('.help')!.prepend(Object.assign(document.createElement('a'), { href: 'tel:+4790000000', textContent: 'Ring 900 00 000' }));
  } else if (round === 3) {
    // Only an adopted sheet: it changes no node, so no observer sees it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('a[href^="tel:"] { font-size: 0 !important } a[href^="tel:"]::after { content: "Ring 900 00 000"; font-size: 16px }');
    shadow.adoptedStyleSheets = [sheet];
    await new Promise((resolve) => setTimeout(resolve, 1300));
  } else if (round === 2 && call) {
    // Styles: hide our link and draw another number after it, three ways.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('a[href^="tel:"] { font-size: 0 !important } a[href^="tel:"]::after { content: "Ring 900 00 000"; font-size: 16px }');
    shadow.adoptedStyleSheets = [sheet];
    try {
      shadow.querySelector('style')!.sheet!.insertRule('a { display: none !important }');
    } catch {
      // Firefox already refuses a page's hands on a content script's sheet ("cross-origin").
    }
    call.setAttribute('style', 'display: none');
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const callout = shadow.querySelector('.callout');
  if (!callout || !shadow.host.isConnected) return null;
  return {
    title: shadow.querySelector('.title')?.textContent ?? '',
    why: shadow.querySelector('.why')?.textContent ?? '',
    links: Array.from(callout.querySelectorAll('a')).map((a) => {
      const style = getComputedStyle(a);
      return {
        href: a.getAttribute('href'),
        text: a.textContent ?? '',
        visible: style.display !== 'none' && style.visibility !== 'hidden' && parseFloat(style.fontSize) >= 12 && a.getBoundingClientRect().width > 0,
        after: getComputedStyle(a, '::after').content,
      };
    }),
    buttons: Array.from(callout.querySelectorAll('button')).map((b) => `${b.textContent}|${b.getAttribute('data-action')}|${b.hidden}`),
  };
}

describe.each(BROWSERS)('%s: a script on an official page cannot rewrite the hint (issue 14)', (name) => {
  const browser = useBrowser(name);

  it('the number, the link and the words the person sees stay PIN-fri\'s own', async () => {
    const page = await browser().newPage();
    // A settings page without the choice: the hint offers the help number and minid.no.
    await page.goto('https://profil.minid.no/profil');
    await page.waitFor(() => document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector('.callout')?.getAttribute('data-state') === 'not-found', undefined, 15_000);
    const before = await page.evaluate(tamperAndLook, -1);
    expect(before?.links.map((l) => l.href)).toEqual(['tel:+4780030300', 'https://eid.difi.no/nb/minid']);
    expect(before?.links.every((l) => l.visible && l.after === 'none')).toBe(true);

    // Three rewrites in a row, each undone before the next frame.
    for (const round of [0, 1, 2]) {
      const seen = await page.evaluate(tamperAndLook, round);
      expect(seen, `round ${round}`).toEqual(before);
    }
    // Still the same a moment later, after the hint's own rescans.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(tamperAndLook, -1)).toEqual(before);
    // Once those are past counting: a sheet that changes no node is dropped within a second or so.
    await new Promise((r) => setTimeout(r, 4000));
    expect(await page.evaluate(tamperAndLook, 3)).toEqual(before);

    // A page that keeps at it gets no hint at all, rather than a fight (the popup keeps the help).
    for (const round of [0, 1, 0, 1]) await page.evaluate(tamperAndLook, round);
    await page.waitFor(() => document.querySelector('[data-pinfri-hint]') === null, undefined, 5000);
    await page.close();
  });
});
