import { pageReport } from '../core/content-messages';
import type { PageStatus } from '../core/page-status';
import type { PageKind } from '../core/sites';
import { sendMessage } from './runtime';

/**
 * The address this document was first loaded at, which decides whether the
 * choice on it is told at all (core/choice-decision.ts): the browser's
 * navigation entry, as this script's own world sees it, so neither a page's
 * history.pushState nor a page script that replaces performance's methods
 * changes it (both browsers, security.e2e.ts). Without one, the address now:
 * call it as the script starts, before the page can push another.
 */
export function loadedAddress(): string {
  const [entry] = performance.getEntriesByType('navigation');
  return entry?.name || location.href;
}

/** Tells the background what this page shows; a repeat of the last report is not sent. */
export function createReporter(): (page: PageKind, status: PageStatus) => void {
  let last = '';
  return (page, status) => {
    const key = `${page}:${status}`;
    if (key === last) return;
    last = key;
    sendMessage(pageReport(page, status)).catch(() => {
      // The background may be restarting; the next change reports again.
      last = '';
    });
  };
}
