/**
 * The login-method choice: wherever "Kode på SMS" shows up, mark it, show the
 * hint, report what is chosen and saved, scan after scan as the page renders
 * late, re-renders, or the person chooses and saves. Runs on every official
 * page, because where the choice lives is partly inferred (docs/PAGES.md
 * "Hosts"): wherever it shows up, that page is a settings page.
 *
 * What to make of what is seen is decided in core/choice-decision.ts (never
 * a step down, the choice counts only on a page first loaded at a settings address, …);
 * this file reads the manager's reading, hands it over, and does what comes back.
 */
import { decideChoice, decideQuiet, FIRST_MEMORY, savePressed, type ChoiceDecision } from '../../core/choice-decision';
import { accessibleName } from '../../core/find/finder';
import { isSaveLabel } from '../../core/find/wording';
import { PAGE_KINDS } from '../../core/sites';
import { createMarker } from '../mark';
import type { PageReading } from '../reading';
import type { FeatureRun, PageContext, PageFeature } from '../types';

/** The nearest button-like element on the event's composed path, if it is a save button. */
function isSaveClick(event: Event): boolean {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    const tag = node.localName;
    const input = tag === 'input';
    if (tag === 'button' || tag === 'mid-button' || node.getAttribute('role') === 'button' || (input && ['submit', 'button'].includes(node.getAttribute('type') ?? ''))) {
      return isSaveLabel(input ? (node.getAttribute('value') ?? '') : accessibleName(node));
    }
  }
  return false;
}

function initChoice(ctx: PageContext): FeatureRun {
  const { signal, hint } = ctx;
  const marker = createMarker(signal);
  const startedAt = Date.now();
  const now = () => Date.now() - startedAt;
  let memory = FIRST_MEMORY;
  /** Says "not found" when memory.notFoundAt comes, unless a scan moves or clears it first. */
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(quietTimer), { once: true });

  const apply = (decision: ChoiceDecision<Element>, at: number) => {
    const waitedFor = memory.notFoundAt;
    memory = decision.memory;
    const { mark } = decision;
    if (mark === 'unchanged') marker.dropIfGone();
    else if (mark) marker.mark(mark.element, mark.as);
    else marker.unmark();
    if (decision.settingsPage) ctx.setPageKind('settings');
    if (decision.report) ctx.report(decision.report);
    if (decision.hint) hint.show(decision.hint.target, decision.hint.words, decision.hint.others);
    if (decision.scanInFrame) ctx.scanInFrame();
    if (memory.notFoundAt !== waitedFor) {
      clearTimeout(quietTimer);
      const { notFoundAt } = memory;
      if (notFoundAt !== null) quietTimer = setTimeout(() => signal.aborted || apply(decideQuiet(memory), notFoundAt), notFoundAt - at);
    }
  };

  return {
    read(page: PageReading) {
      const at = now();
      // A settings address now, and where the document was first loaded: a help page that pushed a settings path is no settings page.
      const settingsAddress = ctx.urlKind === 'settings' && ctx.loadedKind === 'settings';
      apply(decideChoice({ page, at, settingsAddress }, memory), at);
    },
    // Saving: remember that the person pressed save; the page's own "saved" message confirms it.
    input(event) {
      if (event.type === 'submit' || (event.type === 'click' && isSaveClick(event))) memory = savePressed(memory, now());
    },
  };
}

/** The choice can show up on any official page (where it lives is partly inferred): it runs on every kind. */
export const feature: PageFeature = { name: 'choice', include: PAGE_KINDS, init: initChoice };
