/** A page feature's context for unit tests: no hint words, and every report kept in order. */
import type { PageStatus } from '../../src/core/page-status';
import type { PageKind } from '../../src/core/sites';
import { silentHint } from '../../src/content/hint/hint';
import type { PageContext } from '../../src/content/types';

export function testContext(signal: AbortSignal, urlKind: PageKind): { ctx: PageContext; reports: PageStatus[] } {
  const reports: PageStatus[] = [];
  let current = urlKind;
  const ctx: PageContext = {
    signal,
    urlKind,
    language: 'nb',
    guideLogin: false,
    setPageKind: (next) => {
      current = next;
    },
    pageKind: () => current,
    hint: silentHint,
    report: (status) => reports.push(status),
    checkUrl: () => undefined,
  };
  return { ctx, reports };
}
