/**
 * Content script entry: runs only on official https pages (the manifest says
 * so, and we check again). A tiny manager starts the page features for the
 * current URL and restarts them on SPA route changes.
 */
import browser from 'webextension-polyfill';
import { languageFromBrowser, type Language } from '../core/language';
import { isOfficialUrl, pageKindOfUrl, type PageKind } from '../core/sites';
import { STATE_KEY, storedLanguage } from '../core/storage';
import { createHint } from './hint/hint';
import { initContact } from './pages/contact';
import { initLogin } from './pages/login';
import { initChoice } from './pages/settings';
import { createReporter } from './report';
import type { PageContext } from './types';
import { watchUrl } from './watch';

// Not exported: an entry with exports makes the IIFE build an exports object for nothing.
const PAGE_ATTR = 'data-pinfri-page';

async function chosenLanguage(): Promise<Language> {
  try {
    const raw = await browser.storage.local.get(STATE_KEY);
    const language = storedLanguage(raw[STATE_KEY]);
    if (language) return language;
  } catch {
    // Storage unreadable: the browser's language is a fine fallback.
  }
  return languageFromBrowser(browser.i18n.getUILanguage());
}

function start(language: Language): void {
  let controller: AbortController | null = null;
  const pageSignal = new AbortController();
  const checkUrl = watchUrl(() => run(), pageSignal.signal);

  function run(): void {
    controller?.abort();
    controller = new AbortController();
    const url = location.href;
    const kind = pageKindOfUrl(url);
    if (!kind || !isOfficialUrl(url)) {
      document.documentElement.removeAttribute(PAGE_ATTR);
      return;
    }
    const reporter = createReporter();
    let current: PageKind = kind;
    const ctx: PageContext = {
      signal: controller.signal,
      kind,
      language,
      setPageKind(next) {
        current = next;
        document.documentElement.setAttribute(PAGE_ATTR, next);
      },
      currentKind: () => current,
      hint: createHint(language, controller.signal),
      report: (status) => reporter(current, status),
      checkUrl,
    };
    ctx.setPageKind(current);
    // The choice can show up on any official page (where it lives is partly inferred);
    // the login and contact pages have a field of their own to point at.
    initChoice(ctx);
    if (kind === 'login') initLogin(ctx);
    if (kind === 'contact') initContact(ctx);
  }

  window.addEventListener(
    'pagehide',
    () => {
      controller?.abort();
      pageSignal.abort();
    },
    { once: true },
  );
  run();
}

void chosenLanguage().then(start);
