/**
 * Content script entry: runs only on official https pages (the manifest says
 * so, and we check again). A tiny manager starts the page features that
 * serve the URL's page kind (features.ts) and restarts them on SPA route changes.
 */
import { hintSetupRequest, parseHintSetup, type HintSetup } from '../core/messages';
import { isOfficialUrl, pageKindOfUrl, type PageKind } from '../core/sites';
import { FEATURES } from './features';
import { createHint, silentHint } from './hint/hint';
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

function start(setup: HintSetup | null): void {
  const language = setup?.language ?? 'nb';
  let controller: AbortController | null = null;
  const pageSignal = new AbortController();
  const checkUrl = watchUrl(() => run(), pageSignal.signal);

  function run(): void {
    controller?.abort();
    controller = new AbortController();
    const url = location.href;
    const urlKind = pageKindOfUrl(url);
    if (!urlKind || !isOfficialUrl(url)) {
      markPage(null);
      return;
    }
    const reporter = createReporter();
    let current: PageKind = urlKind;
    const ctx: PageContext = {
      signal: controller.signal,
      urlKind,
      language,
      guideLogin: setup?.guideLogin ?? false,
      setPageKind(next) {
        current = next;
        markPage(next);
      },
      pageKind: () => current,
      hint: setup ? createHint(setup.texts, language, controller.signal) : silentHint,
      report: (status) => reporter(current, status),
      checkUrl,
    };
    ctx.setPageKind(current);
    for (const feature of FEATURES) if (feature.include.includes(urlKind)) feature.init(ctx);
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

void hintSetup().then(start);
