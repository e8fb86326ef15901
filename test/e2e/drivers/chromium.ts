/**
 * Debian's Chromium through playwright-core, with the production build loaded
 * unpacked. Every request is answered by the replica resolver (official hosts)
 * or aborted, so nothing leaves the machine and the extension sees real URLs.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { AxNode, E2EBrowser, E2EPage, LaunchOptions } from './types';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from reaching out to Google on a closed network. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--no-default-browser-check',
];

export interface ChromiumBrowser extends E2EBrowser {
  /** '' when launched with `withExtension: false`. */
  readonly extensionId: string;
  /** Run a function in the extension's service worker (chrome.* available there). */
  evaluateInWorker<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** The worker itself, e.g. to stop it through CDP. */
  worker(): Promise<Worker>;
  readonly context: BrowserContext;
}

/** Chromium's own role names, in the vocabulary of AxNode; ARIA names pass as they are. */
const AX_ROLES: Readonly<Record<string, string>> = {
  RootWebArea: 'document',
  StaticText: 'text',
  LabelText: 'label',
  image: 'img',
  MenuListPopup: 'listbox',
  MenuListOption: 'option',
};

interface CdpAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
  childIds?: string[];
  parentId?: string;
}

/** The tree Chromium gives assistive technology, through CDP; ignored nodes give way to their children. */
async function accessibilityTree(page: Page): Promise<AxNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: CdpAxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const build = (node: CdpAxNode): AxNode[] => {
      const children = (node.childIds ?? []).flatMap((id) => {
        const child = byId.get(id);
        return child ? build(child) : [];
      });
      const role = node.role?.value ?? '';
      // Line boxes inside a run of text: layout, not something a screen reader names.
      if (node.ignored || role === 'InlineTextBox') return children;
      const property = (name: string) => node.properties?.find((p) => p.name === name)?.value.value;
      const live = property('live');
      // Chromium also marks the nodes inside a live region; only the region's root is the region.
      const root = property('liveRegionRoot');
      return [
        {
          role: AX_ROLES[role] ?? role,
          name: node.name?.value ?? '',
          description: node.description?.value ?? '',
          focused: property('focused') === true,
          live: typeof live === 'string' && live !== 'off' && (root === undefined || root === node.nodeId) ? live : null,
          children,
        },
      ];
    };
    const top = nodes.find((n) => n.parentId === undefined);
    const [tree] = top ? build(top) : [];
    if (!tree) throw new Error('Chromium gave no accessibility tree');
    return tree;
  } finally {
    await cdp.detach();
  }
}

function wrap(page: Page): E2EPage {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    async waitFor(fn, arg, timeoutMs = 10_000) {
      const handle = await page.waitForFunction(fn as never, arg as never, { timeout: timeoutMs, polling: 50 });
      return (await handle.jsonValue()) as never;
    },
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
    click: (selector) => page.click(selector),
    tap: (target) => (typeof target === 'string' ? page.tap(target) : page.touchscreen.tap(target.x, target.y)),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text),
    async screenshot(path, clip) {
      await page.screenshot({ path, clip });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    accessibilityTree: () => accessibilityTree(page),
    close: () => page.close(),
  };
}

export interface ChromiumOptions extends LaunchOptions {
  headless?: boolean;
  /** Device pixels per CSS pixel for every page (2 with half the CSS viewport is how we emulate 200 % zoom). */
  deviceScaleFactor?: number;
  /**
   * false: the same browser, flags and replica pages, without PIN-fri — the
   * baseline `npm run bench` compares against. Default true.
   */
  withExtension?: boolean;
}

export async function launchChromium(opts: ChromiumOptions): Promise<ChromiumBrowser> {
  const withExtension = opts.withExtension ?? true;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // --lang does not change the UI language on Linux; LANGUAGE does (with chromium-l10n).
  if (opts.locale) env.LANGUAGE = opts.locale;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    env,
    viewport: opts.phone ?? { width: 1280, height: 800 },
    // A phone: touch events and navigator.maxTouchPoints (hasTouch), the page's meta viewport and
    // overlay scrollbars (isMobile). On extension pages the pointer and hover media queries still
    // answer as on a desktop (seen in Chromium 156); PIN-fri's style uses neither.
    ...(opts.phone ? { hasTouch: true, isMobile: true } : {}),
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    args: withExtension
      ? [...QUIET_FLAGS, `--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`]
      : [...QUIET_FLAGS, '--disable-extensions'],
  });
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files (popup, its scripts and CSS) load from the package.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const answer = opts.resolve(url);
    if (!answer) return route.abort('blockedbyclient');
    return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });

  const worker = async () => {
    if (!withExtension) throw new Error('launched without the extension: there is no worker');
    return (
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }))
    );
  };
  const extensionId = withExtension ? new URL((await worker()).url()).host : '';

  return {
    name: 'chromium',
    extensionId,
    context,
    worker,
    async newPage() {
      return wrap(await context.newPage());
    },
    async openExtensionPage(path) {
      if (!withExtension) throw new Error('launched without the extension: no extension pages');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    async evaluateInWorker(fn, arg) {
      return (await worker()).evaluate(fn as never, arg as never);
    },
    requests: () => seen,
    close: () => context.close(),
  };
}
