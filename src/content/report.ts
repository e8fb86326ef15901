import { pageReport } from '../core/content-messages';
import type { PageStatus } from '../core/page-status';
import type { PageKind } from '../core/sites';
import { sendMessage } from './runtime';

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
