/**
 * A page view for unit tests: the given features on the document as it is, no
 * hint words, and every report kept in order. The document was first loaded at
 * an address of `loadedKind`, the address's own kind unless a test says otherwise.
 */
import { afterEach } from 'vitest';
import type { PageStatus } from '../../src/core/page-status';
import type { PageKind } from '../../src/core/sites';
import { silentHint } from '../../src/content/hint/hint';
import { startPageView } from '../../src/content/page-view';
import type { PageFeature } from '../../src/content/types';

/** Resolves after the tasks queued so far: the page view's first scan runs in a task of its own (watch.ts watchPage). */
export const nextTask = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve));

/** Starts the view and resolves once its first scan has run. */
export async function startTestView(
  signal: AbortSignal,
  urlKind: PageKind,
  features: readonly PageFeature[],
  loadedKind: PageKind | null = urlKind,
): Promise<{ reports: PageStatus[] }> {
  const reports: PageStatus[] = [];
  startPageView({ signal, urlKind, loadedKind, guideLogin: false, hint: silentHint, report: (_page, status) => reports.push(status), checkUrl: () => undefined }, features);
  await nextTask();
  return { reports };
}

/** Resolves in the next animation frame. */
export const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Each test's page view ends with the test: its signal is aborted and the page
 * emptied after it. Call once in a test file; the function it returns gives the
 * current test's controller.
 */
export function viewPerTest(): () => AbortController {
  let controller = new AbortController();
  afterEach(() => {
    controller.abort();
    controller = new AbortController();
    document.body.replaceChildren();
  });
  return () => controller;
}
