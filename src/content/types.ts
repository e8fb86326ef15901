import type { PageStatus } from '../core/messages';
import type { PageKind } from '../core/sites';
import type { Language } from '../core/storage';

/** What a page feature gets from the manager for one page view. */
export interface PageContext {
  /** Aborted on SPA navigation or unload: stop observers, remove marks. */
  signal: AbortSignal;
  /** The kind the URL says; a feature may upgrade it (see setPageKind). */
  kind: PageKind;
  /** The user's chosen language, or the browser's. */
  language: Language;
  setPageKind(kind: PageKind): void;
  report(status: PageStatus): void;
  /** Ask the manager to look at location.href now (cheap; call on DOM changes). */
  checkUrl(): void;
}
