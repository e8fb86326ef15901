/**
 * Content script entry: runs only on official https pages (the manifest says
 * so, and we check again). It asks the background for the hint's words once,
 * then starts a page view (page-view.ts) for the address, and a new one on
 * every SPA route change.
 */
import { hintSetupRequest, parseHintSetup, type HintSetup } from '../core/content-messages';
import type { PageStatus } from '../core/page-status';
import { pageKindOfUrl, type PageKind } from '../core/sites';
import { createHint, silentHint, type Hint } from './hint/hint';
import { markPage } from './mark';
import { startPageView } from './page-view';
import { createReporter, loadedAddress } from './report';
import { sendMessage } from './runtime';
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
 * and registers no guard. That first build runs in a task of its own, after
 * the scan that asked for it has marked the option: on a slow machine the two
 * together were one long task, and the page could not answer meanwhile. Later
 * shows come at once. (A hidden tab may hold the task back up to a second;
 * no one sees the hint there then.)
 */
function lazyHint(make: () => Hint): Hint {
  let hint: Hint | null = null;
  /** What the first show asked for, until its task runs: the last ask wins. */
  let first: Parameters<Hint['show']> | null = null;
  return {
    show(...args) {
      if (hint) return hint.show(...args);
      if (!first) {
        setTimeout(() => {
          // Destroyed meanwhile: nothing to build. (Aborted meanwhile: built, but it shows nothing, hint.ts.)
          if (!first) return;
          hint = make();
          hint.show(...first);
          first = null;
        });
      }
      first = args;
    },
    destroy() {
      first = null;
      hint?.destroy();
    },
    get dismissed() {
      return hint?.dismissed ?? false;
    },
  };
}

/** Read once, as the script starts: a route the page pushes later is still the same document. */
const loadedKind = pageKindOfUrl(loadedAddress());

function start(setup: HintSetup | null): void {
  let view: AbortController | null = null;

  // One page view per address: a route change aborts the view before it, with its URL watch.
  function run(): void {
    view?.abort();
    view = new AbortController();
    const { signal } = view;
    const checkUrl = watchUrl(run, signal);
    // A kind only for an official https address (sites.ts), so this is the check again the manifest already made.
    const urlKind = pageKindOfUrl(location.href);
    if (!urlKind) {
      markPage(null);
      return;
    }
    // Each view tells what it sees, even what the view before it told.
    const reporter = createReporter();
    // A page that would not stop changing the hint (hint/guard.ts) is believed no more: from then on it
    // "could not be read", so the popup says so, with the help, where the hint is gone (SECURITY.md).
    let believed = true;
    const report = (page: PageKind, status: PageStatus) => reporter(page, believed ? status : 'not-found');
    const disbelieve = () => {
      believed = false;
      reporter(urlKind, 'not-found');
    };
    startPageView({
      signal,
      urlKind,
      loadedKind,
      guideLogin: setup?.guideLogin ?? false,
      hint: setup ? lazyHint(() => createHint(setup.texts, setup.language, signal, disbelieve)) : silentHint,
      report,
      checkUrl,
    });
  }

  window.addEventListener('pagehide', () => view?.abort(), { once: true });
  run();
}

void hintSetup().then(start);
