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
    const allowed = /^(pinfri:state|version|language|guardian|people|current|id|nickname|progress|path|marks|lastLook|at|by|readable|page|user|sms|app|me|p1|Mor|nb|nn|en|sms-[a-z-]+|app-[a-z-]+|back-in-[a-z-]+|)$/;
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
