import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, E2EBrowser, LaunchOptions } from './types';

export function launchBrowser(name: BrowserName, opts: LaunchOptions): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}
