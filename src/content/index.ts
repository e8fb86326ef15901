/**
 * Content script entry: runs only on official https pages (the manifest says
 * so, and we check again). A tiny manager starts the page features that
 * serve the URL's page kind (features.ts) and restarts them on SPA route
 * changes. It looks at the page before it asks the background anything, so
 * the page is marked at once and the first report rides with the one request.
 */
import type { HintSetup } from '../core/messages';
import { isOfficialUrl, pageKindOfUrl, type PageKind } from '../core/sites';
import { FEATURES } from './features';
import { createHint, type Hint } from './hint/hint';
import { markPage } from './mark';
import { createChannel } from './report';
import type { PageContext } from './types';
import { watchUrl } from './watch';

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

/**
 * The hint of one page view, before its words have come from the background
 * (it alone reads storage): the page is looked at and marked at once, and the
 * last thing the hint was asked to show is shown when the words come. No
 * answer means no words, so no hint; the marks stay.
 */
function hintWhenReady(signal: AbortSignal): Hint & { ready(setup: HintSetup | null): void } {
  let real: Hint | null = null;
  let settled = false;
  let last: Parameters<Hint['show']> | null = null;
  return {
    show: (...args) => {
      if (real) real.show(...args);
      else if (!settled) last = args;
    },
    destroy: () => {
      last = null;
      real?.destroy();
    },
    get dismissed() {
      return real?.dismissed ?? false;
    },
    ready(setup) {
      if (settled || signal.aborted) return;
      settled = true;
      if (!setup) return;
      real = lazyHint(() => createHint(setup.texts, setup.language, signal));
      if (last) real.show(...last);
      last = null;
    },
  };
}

function start(): void {
  const channel = createChannel();
  /** The background's answer: undefined until it comes, null if it never does. */
  let setup: HintSetup | null | undefined;
  let hint: ReturnType<typeof hintWhenReady> | null = null;
  let controller: AbortController | null = null;
  const pageSignal = new AbortController();
  const checkUrl = watchUrl(() => run(), pageSignal.signal);

  function run(): void {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    const url = location.href;
    const urlKind = pageKindOfUrl(url);
    if (!urlKind || !isOfficialUrl(url)) {
      hint = null;
      markPage(null);
      return;
    }
    const reporter = channel.reporter();
    let current: PageKind = urlKind;
    hint = hintWhenReady(signal);
    if (setup !== undefined) hint.ready(setup);
    const ctx: PageContext = {
      signal,
      urlKind,
      guideLogin: setup?.guideLogin ?? false,
      setPageKind(next) {
        current = next;
        markPage(next);
      },
      pageKind: () => current,
      hint,
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
  void channel.setup().then((answer) => {
    setup = answer;
    // Guiding a login changes what the login features do from their start: start them again, now knowing.
    if (answer?.guideLogin) run();
    else hint?.ready(answer);
  });
}

start();
