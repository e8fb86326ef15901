/**
 * A text field to point at: the SMS-code field on a login page, the mobile
 * number on the contact page. The manager's reading finds it by its label
 * (core/find/fields.ts), scan after scan as the page renders late or
 * re-renders; this rings it with the hint and, if asked, marks it for the
 * observable contract. Never reads, types into or clicks the field: "Vis meg"
 * in the hint only moves focus to it. The hint keeps clear of the buttons
 * that send the form, so what to press next stays in sight.
 */
import { formActions, type TextField } from '../core/find/fields';
import type { HintWords } from '../core/hint/hint-text';
import { createMarker } from './mark';
import type { PageReading } from './reading';
import type { FeatureRun, PageContext } from './types';

export interface FieldFeature {
  /** The field, as the page reading found it. */
  field(page: PageReading): TextField | null;
  /** The hint to show beside the field. */
  words: HintWords;
  /** Value for data-pinfri-target on the field; none = do not mark it. */
  mark?: string;
  /** Called each time the field is (still) there; reports must be idempotent. */
  onFound?(): void;
  /** A hint to show, in the corner, while there is no field (e.g. "log in first"). */
  whenMissing?: HintWords;
}

export function startField(ctx: PageContext, feature: FieldFeature): FeatureRun {
  const { signal, hint } = ctx;
  const marker = createMarker(signal);
  let shown: Element | null = null;
  let missingShown = false;

  const read = (page: PageReading) => {
    // The login-method choice outranks a field: that page is a settings page, and its hint says so.
    if (ctx.pageKind() === 'settings') {
      marker.unmark();
      shown = null;
      return;
    }
    const field = feature.field(page);
    if (!field) {
      marker.dropIfGone();
      if (shown && !shown.isConnected) {
        // The field went away (the person moved on): so does our hint about it.
        hint.destroy();
        shown = null;
      }
      // An error page has its own hint (pages/choice.ts): "log in first" would lead nowhere there.
      if (feature.whenMissing && !shown && !missingShown && !page.looksMissing) {
        hint.show(null, feature.whenMissing);
        missingShown = true;
      }
      return;
    }
    if (feature.mark) marker.mark(field.element, feature.mark);
    feature.onFound?.();
    if (shown !== field.element) {
      // Beside the field and clear of the form's buttons: "Neste" stays in sight.
      hint.show(field.element, feature.words, formActions(field.element));
      shown = field.element;
    }
  };

  return { read };
}
