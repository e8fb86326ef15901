import type { PageStatus } from '../core/page-status';
import type { PageKind } from '../core/sites';
import type { Hint } from './hint/hint';
import type { PageReading } from './reading';

/** What a page feature gets from the manager for one page view. */
export interface PageContext {
  /** Aborted on SPA navigation or unload: timers stop, marks go (the manager's own watching stops with it). */
  signal: AbortSignal;
  /** The kind the URL says (sites.ts). Fixed for the page view; what the page shows is pageKind(). */
  urlKind: PageKind;
  /**
   * The kind of the address the document was first loaded at, whatever
   * routes the page has pushed since (null: not an official page's). Only a
   * settings page both ways is one whose choice counts (choice-decision.ts).
   */
  loadedKind: PageKind | null;
  /** The person opened MinID settings from the popup a moment ago (see core/actions.ts shouldGuideLogin). */
  guideLogin: boolean;
  /** The kind by what the page shows: a feature that finds the login-method choice makes it 'settings'. */
  setPageKind(kind: PageKind): void;
  /** The kind by what the page shows now: urlKind until a feature sets another. */
  pageKind(): PageKind;
  /** The one hint of this page view, shared by the features: at most one <div data-pinfri-hint> on a page. */
  hint: Hint;
  report(status: PageStatus): void;
  /**
   * Scan again in the next frame (at most once a frame, however often asked):
   * for an early reading (PageReading.early) of a page that may not be done
   * rendering what it says.
   */
  scanInFrame(): void;
}

/** What a started feature does with what the manager sees. */
export interface FeatureRun {
  /** Each scan's reading of the page, in the order of FEATURES (features.ts). */
  read(page: PageReading): void;
  /** The person clicked, typed, changed or submitted something; the manager scans again in the next frame either way. */
  input?(event: Event): void;
}

/**
 * A page feature: which page kinds (by URL, PageContext.urlKind) it starts on,
 * and how. Each file in pages/ exports one as `feature`; features.ts lists them.
 * A feature never walks, observes or listens to the page itself: the manager
 * (page-view.ts) does that once for all of them and hands each the reading.
 */
export interface PageFeature {
  /** Names it in tests and messages; the README map names its file. */
  name: string;
  include: readonly PageKind[];
  /** Starts the feature for one page view. */
  init(ctx: PageContext): FeatureRun;
}
