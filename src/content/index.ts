/**
 * Content script entry: runs only on official https pages (the manifest says
 * so, and we check again). A tiny manager starts the page features that
 * serve the URL's page kind (features.ts) and restarts them on SPA route changes.
 */
import { hintSetupRequest, parseHintSetup, type HintSetup } from '../core/messages';
import { pageKindOfUrl, type PageKind } from '../core/sites';
import { FEATURES } from './features';
import { createHint, silentHint, type Hint } from './hint/hint';
import { markPage } from './mark';
import { createReporter } from './report';
import { sendMessage } from './runtime';
import type { PageContext } from './types';
import { watchUrl } from './watch';

/**
 * The hint's words and the login guide come from the background (it alone
 * reads storage). If it cannot answer, the page is still marked; the hint
 * then has no words, so it is not shown.
 */
async function hintSetup(): Promise<HintSetup | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const setup = parseHintSetup(await sendMessage(hintSetupRequest()));
      if (setup) return setup;
    } catch {
      // The worker may be starting: one more try.
    }
  }
  return null;
}

/**
 * The hint is built on its first show: a page view where PIN-fri finds
 * nothing to say (most official pages) builds no shadow root, parses no style
 * and registers no guard.
 */
function lazyHint(make: () => Hint): Hint {
  let hint: Hint | null = null;
  return {
    show: (...args) => (hint ??= make()).show(...args),
    destroy: () => hint?.destroy(),
    get dismissed() {
      return hint?.dismissed ?? false;
    },
  };
}

function start(setup: HintSetup | null): void {
  const language = setup?.language ?? 'nb';
  let controller: AbortController | null = null;

  // One AbortController at a time: a route change aborts the run before it, with its URL watch.
  function run(): void {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    const checkUrl = watchUrl(run, signal);
    // A kind only for an official https address (sites.ts), so this is the check again the manifest already made.
    const urlKind = pageKindOfUrl(location.href);
    if (!urlKind) {
      markPage(null);
      return;
    }
    const reporter = createReporter();
    let current: PageKind = urlKind;
    const ctx: PageContext = {
      signal,
      urlKind,
      language,
      guideLogin: setup?.guideLogin ?? false,
      setPageKind(next) {
        current = next;
        markPage(next);
      },
      pageKind: () => current,
      hint: setup ? lazyHint(() => createHint(setup.texts, language, signal)) : silentHint,
      report: (status) => reporter(current, status),
      checkUrl,
    };
    ctx.setPageKind(current);
    for (const feature of FEATURES) if (feature.include.includes(urlKind)) feature.init(ctx);
  }

  window.addEventListener('pagehide', () => controller?.abort(), { once: true });
  run();
}

void hintSetup().then(start);
