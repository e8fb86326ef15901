/**
 * One page view (one address): the manager's side of it. It starts the page
 * features that serve the address's page kind (features.ts), then scans the
 * page once per change — one walk through the document and its open shadow
 * roots, observed from then on (watch.ts) — and hands every feature the same
 * reading of it (reading.ts). The person's input is a cue to scan again.
 * Features only read, mark and show: they never walk, observe or listen to the
 * page themselves, and everything here stops when the view's signal aborts.
 */
import type { PageStatus } from '../core/page-status';
import type { PageKind } from '../core/sites';
import { FEATURES } from './features';
import type { Hint } from './hint/hint';
import { markPage } from './mark';
import { readPage } from './reading';
import type { PageContext, PageFeature } from './types';
import { watchPage } from './watch';

export interface PageView {
  /** Aborted when the address changes or the page is left. */
  signal: AbortSignal;
  /** The page kind the address says (sites.ts). */
  urlKind: PageKind;
  /** The kind of the address the document was first loaded at (index.ts); null: not an official page's. */
  loadedKind: PageKind | null;
  guideLogin: boolean;
  hint: Hint;
  /** Tells the background what the page shows (report.ts). */
  report(page: PageKind, status: PageStatus): void;
  /** Look at the address now: a DOM change may be a route change the browser did not tell of (watch.ts watchUrl). */
  checkUrl(): void;
}

/** How the person chooses, types and saves; these events cross shadow boundaries. */
const INPUT_EVENTS = ['click', 'input', 'change', 'keyup', 'submit'];

export function startPageView(view: PageView, features: readonly PageFeature[] = FEATURES): void {
  const { signal, urlKind } = view;
  let pageKind = urlKind;
  let scanInFrame = () => {};
  const ctx: PageContext = {
    signal,
    urlKind,
    loadedKind: view.loadedKind,
    guideLogin: view.guideLogin,
    hint: view.hint,
    setPageKind(next) {
      pageKind = next;
      markPage(next);
    },
    pageKind: () => pageKind,
    report: (status) => view.report(pageKind, status),
    scanInFrame: () => scanInFrame(),
  };
  ctx.setPageKind(urlKind);
  const runs = features.filter((feature) => feature.include.includes(urlKind)).map((feature) => feature.init(ctx));
  // Scanned in the observer's callback only where a new option is to be marked before
  // it is painted: a settings address. Elsewhere the choice is rare, and such a walk
  // would mostly be spent for nothing: the frame, before the paint, will do.
  scanInFrame = watchPage({ signal, checkUrl: view.checkUrl, scanEarly: urlKind === 'settings' }, (walk, early) => {
    const page = readPage(walk, early);
    for (const run of runs) run.read(page);
  });
  // A choice made by click or keyboard may change only a property (no attribute, no record).
  const onInput = (event: Event) => {
    for (const run of runs) run.input?.(event);
    scanInFrame();
  };
  for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, { capture: true, passive: true, signal });
}
