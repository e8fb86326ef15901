import type { PageStatus } from '../core/messages';
import type { PageKind } from '../core/sites';
import type { Language } from '../core/language';
import type { Hint } from './hint/hint';

/** What a page feature gets from the manager for one page view. */
export interface PageContext {
  /** Aborted on SPA navigation or unload: stop observers, remove marks. */
  signal: AbortSignal;
  /** The kind the URL says; a feature may upgrade it (see setPageKind). */
  kind: PageKind;
  /** The user's chosen language, or the browser's. */
  language: Language;
  /** The person opened MinID settings from the popup a moment ago (see core/actions.ts shouldGuideLogin). */
  guideLogin: boolean;
  setPageKind(kind: PageKind): void;
  /** The kind as it stands now (a feature may have upgraded it). */
  currentKind(): PageKind;
  /** The one hint of this page view, shared by the features: at most one <pinfri-hint> on a page. */
  hint: Hint;
  report(status: PageStatus): void;
  /** Ask the manager to look at location.href now (cheap; call on DOM changes). */
  checkUrl(): void;
}
