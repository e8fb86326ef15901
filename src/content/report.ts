import browser from 'webextension-polyfill';
import { pageReport, type PageStatus } from '../core/messages';
import type { PageKind } from '../core/sites';

/** Tells the background what this page shows; a repeat of the last report is not sent. */
export function createReporter(): (page: PageKind, status: PageStatus) => void {
  let last = '';
  return (page, status) => {
    const key = `${page}:${status}`;
    if (key === last) return;
    last = key;
    browser.runtime.sendMessage(pageReport(page, status)).catch(() => {
      // The background may be restarting; the next change reports again.
      last = '';
    });
  };
}
