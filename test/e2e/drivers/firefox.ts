/**
 * Debian's Firefox ESR through puppeteer-core (WebDriver BiDi), with the
 * production build installed as a temporary add-on. Each page's requests are
 * intercepted and answered by the replica resolver or aborted.
 *
 * Quirks, learnt the hard way:
 * - Extension pages (moz-extension://) open under BiDi only when Firefox is
 *   started with --remote-allow-system-access.
 * - The extension's internal UUID is random unless fixed with the pref
 *   extensions.webextensions.uuids, so we fix it to know the URL.
 * - `goto` on a moz-extension:// URL may never report "load" to BiDi: start it
 *   without awaiting, then wait for the document instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { ProtocolError, type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { E2EBrowser, E2EPage, LaunchOptions } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed so tests know the extension's URL; any valid UUID works. */
export const EXTENSION_UUID = '6f0b7c61-3a0e-4d53-9d0e-5b1f3e2c7a10';

export interface FirefoxBrowser extends E2EBrowser {
  readonly browser: Browser;
  readonly extensionBase: string;
}

function wrap(page: Page): E2EPage {
  return {
    async goto(url) {
      // A person looks at the page they load. Left behind a later tab (the reports listener, the
      // popup), it is a background tab, whose timers Firefox holds back to once a second and
      // whose frames it does not run: the hint then came seconds late, and waits timed out.
      await page.bringToFront();
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    async waitFor(fn, arg, timeoutMs = 10_000) {
      const handle = await page.waitForFunction(fn as (a: unknown) => unknown, { timeout: timeoutMs, polling: 50 }, arg);
      return (await handle.jsonValue()) as never;
    },
    press: (key) => page.keyboard.press((key === 'Space' ? ' ' : key) as never),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    async screenshot(path, clip) {
      await page.screenshot({ path: path as `${string}.png`, clip });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

export async function launchFirefox(opts: LaunchOptions): Promise<FirefoxBrowser> {
  const manifest = JSON.parse(readFileSync(join(opts.extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${opts.extensionDir}/manifest.json has no gecko id`);
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    // Keep Firefox off the network: no updates, telemetry, captive portal or remote settings.
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'services.settings.server': 'data:,',
  };
  if (opts.locale) {
    prefs['intl.locale.requested'] = opts.locale;
    prefs['intl.accept_languages'] = opts.locale;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
  await browser.installExtension(opts.extensionDir);
  const extensionBase = `moz-extension://${EXTENSION_UUID}/`;
  const seen: string[] = [];

  const serve = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      seen.push(url);
      if (request.isInterceptResolutionHandled()) return;
      const answer = opts.resolve(url);
      if (!answer) return void request.abort();
      void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
    });
  };

  return {
    name: 'firefox',
    browser,
    extensionBase,
    async newPage() {
      const page = await browser.newPage();
      await serve(page);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // Not intercepted (that would stop the page's own files), but every request is recorded.
      page.on('request', (request: HTTPRequest) => void seen.push(request.url()));
      const url = extensionBase + path;
      void page.goto(url).catch(() => undefined);
      // Under load the first poll can land in the about:blank realm the navigation is tearing
      // down; BiDi then answers with an internal ProtocolError, not "context destroyed", and
      // puppeteer gives up. That is a race in the harness, not a failure: poll again, after a
      // pause, since retrying at once can land in the same dying realm (seen: three in a row).
      for (let attempt = 1; ; attempt++) {
        try {
          await page.waitForFunction((want) => location.href === want && document.readyState === 'complete', { timeout: 15_000, polling: 50 }, url);
          break;
        } catch (error) {
          const cause = (error as Error).cause;
          if (attempt >= 5 || !(error instanceof ProtocolError || cause instanceof ProtocolError)) throw error;
          await new Promise((done) => setTimeout(done, 100 * attempt));
        }
      }
      return wrap(page);
    },
    requests: () => seen,
    close: () => browser.close(),
  };
}
