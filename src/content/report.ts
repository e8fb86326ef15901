import { hintSetupRequest, pageReport, parseHintSetup, type HintSetup, type PageReport } from '../core/messages';
import type { PageStatus } from '../core/page-status';
import type { PageKind } from '../core/sites';
import { sendMessage } from './runtime';

/**
 * What the content script tells the background, and the one thing it asks.
 *
 * Each message costs the page about a millisecond of main-thread time in
 * Chromium, and a page load used to send two: the request for the hint's
 * words, then the first report. Now the page is looked at first, and its
 * first report rides with the request (core/messages.ts, hintSetupRequest).
 */
export interface Channel {
  /** A reporter for one page view: a repeat of its last report is not sent. */
  reporter(): (page: PageKind, status: PageStatus) => void;
  /**
   * Asks for the hint's words, with the reports made so far; once. Null when
   * the background does not answer: the page is still marked, the hint stays silent.
   */
  setup(): Promise<HintSetup | null>;
}

export function createChannel(): Channel {
  /** Reports made before the request went; null once it has. */
  let held: PageReport[] | null = [];
  return {
    reporter() {
      let last = '';
      return (page, status) => {
        const key = `${page}:${status}`;
        if (key === last) return;
        last = key;
        const report = pageReport(page, status);
        if (held) {
          held.push(report);
          return;
        }
        sendMessage(report).catch(() => {
          // The background may be restarting; the next change reports again.
          last = '';
        });
      };
    },
    async setup() {
      const [first = null, ...rest] = held ?? [];
      held = null;
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const answer = sendMessage(hintSetupRequest(first));
          // Messages arrive in the order they are sent: the background records the first report before these.
          if (attempt === 0) for (const report of rest) sendMessage(report).catch(() => undefined);
          const setup = parseHintSetup(await answer);
          if (setup) return setup;
        } catch {
          // The worker may be starting: one more try.
        }
      }
      return null;
    },
  };
}
