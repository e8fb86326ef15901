import type { PageStatus } from '../core/page-status';
import type { PageKind } from '../core/sites';
import type { Language } from '../core/language';
import type { Hint } from './hint/hint';

/** What a page feature gets from the manager for one page view. */
export interface PageContext {
  /** Aborted on SPA navigation or unload: stop observers, remove marks. */
  signal: AbortSignal;
  /** The kind the URL says (sites.ts). Fixed for the page view; what the page shows is pageKind(). */
  urlKind: PageKind;
  /** The user's chosen language, or the browser's. */
  language: Language;
  /** The person opened MinID settings from the popup a moment ago (see core/actions.ts shouldGuideLogin). */
  guideLogin: boolean;
  /** The kind by what the page shows: a feature that finds the login-method choice makes it 'settings'. */
  setPageKind(kind: PageKind): void;
  /** The kind by what the page shows now: urlKind until a feature sets another. */
  pageKind(): PageKind;
  /** The one hint of this page view, shared by the features: at most one <pinfri-hint> on a page. */
  hint: Hint;
  report(status: PageStatus): void;
  /** Ask the manager to look at location.href now (cheap; call on DOM changes). */
  checkUrl(): void;
}

/**
 * A page feature: which page kinds (by URL, PageContext.urlKind) it starts on,
 * and how. Each file in pages/ exports one as `feature`; features.ts lists them.
 */
export interface PageFeature {
  /** Names it in tests and messages; the README map names its file. */
  name: string;
  include: readonly PageKind[];
  init(ctx: PageContext): void;
}
