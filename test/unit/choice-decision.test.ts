// @vitest-environment node
/**
 * The choice feature's decision, without a DOM: one row per case, what was
 * seen and when, and what PIN-fri then marks, reports and says. Elements are
 * names here ('app-radio'): the decision only hands them back.
 */
import { describe, expect, it } from 'vitest';
import {
  decideChoice,
  decideQuiet,
  FIRST_MEMORY,
  savePressed,
  type ChoiceDecision,
  type ChoiceMemory,
  type ChoiceSighting,
} from '../../src/core/choice-decision';
import type { Method } from '../../src/core/find/wording';
import type { HintWords } from '../../src/core/hint/hint-text';
import type { PageStatus } from '../../src/core/page-status';

type Option = NonNullable<ChoiceSighting<string>['smsOption']>;

/** A radio group (or a drop-down) of PIN, SMS and the app, with `chosen` checked. */
function option(chosen: Method | null, form: 'radio' | 'select' = 'radio', unavailable = false): Option {
  const select = form === 'select';
  return {
    target: select ? 'select' : 'sms-radio',
    kind: form,
    siblings: (['pin', 'app', 'totp', 'other'] as const).map((method) => ({ element: select ? `${method}-entry` : `${method}-radio`, method })),
    state: chosen === 'sms' || chosen === 'pin' ? `${chosen}-selected` : chosen ? 'other-selected' : 'none-selected',
    chosen,
    chosenElement: chosen ? (select ? `${chosen}-entry` : `${chosen}-radio`) : null,
    unavailable,
  };
}

const OTHERS = ['pin-radio', 'app-radio', 'totp-radio', 'other-radio'];

/** A scan that saw `seen`; a part left out fails the test if the decision reads it (the reading is lazy). */
function sighting(seen: Partial<ChoiceSighting<string>>): ChoiceSighting<string> {
  const unread = (part: string) => () => {
    throw new Error(`read ${part}, which this case must not need`);
  };
  const page = { early: false, smsOption: null } as ChoiceSighting<string>;
  for (const part of ['methodSummary', 'looksMissing', 'saysSaved'] as const) {
    if (part in seen) Object.defineProperty(page, part, { value: seen[part] });
    else Object.defineProperty(page, part, { get: unread(part) });
  }
  return Object.assign(page, { early: seen.early ?? false, smsOption: seen.smsOption ?? null, truncated: seen.truncated ?? false });
}

interface Row {
  name: string;
  before?: Partial<ChoiceMemory>;
  seen: Partial<ChoiceSighting<string>>;
  at?: number;
  settingsAddress?: boolean;
  /** What comes out: report, hint [words, target], mark, and the parts of the next memory named. */
  report: PageStatus | null;
  hint: [HintWords, string | null] | null;
  mark: 'sms' | 'edit' | 'none' | 'unchanged';
  after?: Partial<ChoiceMemory>;
  scanInFrame?: boolean;
}

const SAVED_APP: Partial<ChoiceMemory> = { seen: true, seenOption: true, savedMethod: 'app' };
const SAVED_PIN: Partial<ChoiceMemory> = { seen: true, seenOption: true, savedMethod: 'pin' };

const ROWS: Row[] = [
  // What a settings page loads with is what is saved.
  { name: 'first sighting, nothing chosen: choose SMS', seen: { smsOption: option(null) }, report: 'none-selected', hint: ['choose', 'sms-radio'], mark: 'sms', after: { seen: true, seenOption: true, savedMethod: null } },
  { name: 'first sighting, PIN saved: still on PIN, choose SMS', seen: { smsOption: option('pin') }, report: 'pin-selected', hint: ['pin', 'sms-radio'], mark: 'sms', after: { savedMethod: 'pin' } },
  { name: 'first sighting, PIN saved in a drop-down: pick the entry', seen: { smsOption: option('pin', 'select') }, report: 'pin-selected', hint: ['select', 'select'], mark: 'sms' },
  { name: 'first sighting, SMS saved: done, on the chosen option', seen: { smsOption: option('sms') }, report: 'sms-saved', hint: ['done', 'sms-radio'], mark: 'sms', after: { savedMethod: 'sms' } },
  { name: 'first sighting, the app saved: off PIN, change nothing, on the app', seen: { smsOption: option('app') }, report: 'app-saved', hint: ['off-pin-app', 'app-radio'], mark: 'sms' },
  { name: 'first sighting, an authenticator saved', seen: { smsOption: option('totp') }, report: 'totp-saved', hint: ['off-pin-totp', 'totp-radio'], mark: 'sms' },
  { name: 'first sighting, a method we do not know saved: never pushed to SMS', seen: { smsOption: option('other') }, report: 'other-selected', hint: ['off-pin-other', 'other-radio'], mark: 'sms' },
  { name: 'first sighting in a drop-down, the app saved: the drop-down is ringed', seen: { smsOption: option('app', 'select') }, report: 'app-saved', hint: ['off-pin-app', 'select'], mark: 'sms' },
  // SMS that cannot be chosen yet: the step before it (a mobile number), on the option, reported as not chosen.
  { name: 'SMS not choosable, nothing chosen: a mobile number first, on the option', seen: { smsOption: option(null, 'radio', true) }, report: 'none-selected', hint: ['sms-unavailable', 'sms-radio'], mark: 'sms' },
  { name: 'SMS not choosable, PIN saved: a mobile number first', seen: { smsOption: option('pin', 'radio', true) }, report: 'pin-selected', hint: ['sms-unavailable', 'sms-radio'], mark: 'sms', after: { savedMethod: 'pin' } },
  { name: 'SMS not choosable in a drop-down: a mobile number first, on the drop-down', seen: { smsOption: option('pin', 'select', true) }, report: 'pin-selected', hint: ['sms-unavailable', 'select'], mark: 'sms' },
  { name: 'SMS not choosable, the app saved: still change nothing', seen: { smsOption: option('app', 'radio', true) }, report: 'app-saved', hint: ['off-pin-app', 'app-radio'], mark: 'sms' },
  // Only a page first loaded at a settings address may read "loaded with it checked" as saved,
  // or report the choice at all (issue 22): elsewhere the hint points at the option, never "done".
  { name: 'first sighting on a help address, SMS checked: remember to save, nothing reported', settingsAddress: false, seen: { smsOption: option('sms') }, report: null, hint: ['save', 'sms-radio'], mark: 'sms', after: { savedMethod: null, seenOption: true } },
  { name: 'first sighting on a help address, PIN checked: choose SMS, nothing reported', settingsAddress: false, seen: { smsOption: option('pin') }, report: null, hint: ['pin', 'sms-radio'], mark: 'sms', after: { savedMethod: null } },
  { name: 'first sighting on a help address, the app checked: no "change nothing", nothing reported', settingsAddress: false, seen: { smsOption: option('app') }, report: null, hint: ['save', 'app-radio'], mark: 'sms', after: { savedMethod: null } },
  { name: 'on a help address, save pressed and the page says "saved": still never done', settingsAddress: false, before: { seen: true, seenOption: true, saveUntil: 15_000 }, at: 5000, seen: { smsOption: option('sms'), saysSaved: true }, report: null, hint: ['save', 'sms-radio'], mark: 'sms', after: { savedMethod: null, saveUntil: 15_000 } },
  { name: 'an error page on a help address is still told', settingsAddress: false, seen: { looksMissing: true }, report: 'page-missing', hint: ['page-missing', null], mark: 'unchanged' },
  // Later sightings: a change is a choice, until the page says it saved it.
  { name: 'PIN saved, SMS chosen now: remember to save', before: SAVED_PIN, seen: { smsOption: option('sms') }, report: 'sms-selected', hint: ['save', 'sms-radio'], mark: 'sms', after: { savedMethod: 'pin' } },
  { name: 'PIN saved, the app chosen now: remember to save, never "choose SMS"', before: SAVED_PIN, seen: { smsOption: option('app') }, report: 'other-selected', hint: ['save', 'app-radio'], mark: 'sms' },
  { name: 'never a step down: the app saved, SMS chosen now: still off PIN, on the app', before: SAVED_APP, seen: { smsOption: option('sms') }, report: 'sms-selected', hint: ['off-pin-app', 'app-radio'], mark: 'sms', after: { savedMethod: 'app' } },
  { name: 'never a step down, in a drop-down: on the drop-down', before: SAVED_APP, seen: { smsOption: option('sms', 'select') }, report: 'sms-selected', hint: ['off-pin-app', 'select'], mark: 'sms' },
  { name: 'the app saved and still chosen after a re-render: still saved', before: SAVED_APP, seen: { smsOption: option('app') }, report: 'app-saved', hint: ['off-pin-app', 'app-radio'], mark: 'sms' },
  { name: 'the app saved, back to PIN chosen: choose SMS', before: SAVED_APP, seen: { smsOption: option('pin') }, report: 'pin-selected', hint: ['pin', 'sms-radio'], mark: 'sms' },
  // Saving: the person pressed save, and the page says it saved.
  { name: 'saved: save pressed, and the page says so in time', before: { ...SAVED_PIN, saveUntil: 15_000 }, at: 5000, seen: { smsOption: option('sms'), saysSaved: true }, report: 'sms-saved', hint: ['done', 'sms-radio'], mark: 'sms', after: { savedMethod: 'sms', saveUntil: null } },
  { name: 'not saved yet: save pressed, the page says nothing yet', before: { ...SAVED_PIN, saveUntil: 15_000 }, at: 5000, seen: { smsOption: option('sms'), saysSaved: false }, report: 'sms-selected', hint: ['save', 'sms-radio'], mark: 'sms', after: { saveUntil: 15_000 } },
  { name: 'not saved: the page says "saved" but save was not pressed (not even asked)', before: SAVED_PIN, seen: { smsOption: option('sms') }, report: 'sms-selected', hint: ['save', 'sms-radio'], mark: 'sms' },
  { name: 'not saved: the page says "saved" after the window closed (not even asked)', before: { ...SAVED_PIN, saveUntil: 15_000 }, at: 15_000, seen: { smsOption: option('sms') }, report: 'sms-selected', hint: ['save', 'sms-radio'], mark: 'sms' },
  // Early, in the observer's callback: a new option is only marked; the rest is read in the frame.
  { name: 'early, a new option: marked now, read in the frame', seen: { early: true, smsOption: option('app') }, report: null, hint: null, mark: 'sms', scanInFrame: true, after: FIRST_MEMORY },
  { name: 'early, no option: read in the frame', seen: { early: true }, report: null, hint: null, mark: 'unchanged', scanInFrame: true, after: FIRST_MEMORY },
  { name: 'early, an option seen before: read at once (a choice, a re-render)', before: SAVED_PIN, seen: { early: true, smsOption: option('sms') }, report: 'sms-selected', hint: ['save', 'sms-radio'], mark: 'sms' },
  // A summary row, on a settings address only.
  { name: 'a summary row with PIN: open the choice, beside its button', seen: { methodSummary: { edit: 'edit-button', method: 'pin' } }, report: 'pin-selected', hint: ['open-choice', 'edit-button'], mark: 'edit', after: { seen: true, seenOption: false } },
  { name: 'a summary row with the app: change nothing, in the corner, unmarked', seen: { methodSummary: { edit: 'edit-button', method: 'app' } }, report: 'app-saved', hint: ['off-pin-app', null], mark: 'none' },
  { name: 'a summary row with SMS: done', seen: { methodSummary: { edit: 'edit-button', method: 'sms' } }, report: 'sms-saved', hint: ['done', null], mark: 'none' },
  { name: 'a summary row on a help address is not read', settingsAddress: false, seen: { looksMissing: false }, report: null, hint: null, mark: 'unchanged', after: { seen: false, notFoundAt: null } },
  // Nothing found.
  { name: 'an error page: the way on, in the corner', seen: { methodSummary: null, looksMissing: true }, report: 'page-missing', hint: ['page-missing', null], mark: 'unchanged', after: { status: 'page-missing' } },
  { name: 'an error page told before: not again', before: { status: 'page-missing' }, seen: { methodSummary: null, looksMissing: true }, report: null, hint: null, mark: 'unchanged' },
  { name: 'nothing yet at load: "not found" after a quiet while', seen: { methodSummary: null, looksMissing: false }, report: null, hint: null, mark: 'unchanged', after: { notFoundAt: 3000 } },
  { name: 'nothing yet, 8 s in: "not found" at the give-up time', at: 8000, seen: { methodSummary: null, looksMissing: false }, report: null, hint: null, mark: 'unchanged', after: { notFoundAt: 10_000 } },
  { name: 'nothing yet, past the give-up time: "not found" at once', at: 12_000, seen: { methodSummary: null, looksMissing: false }, report: null, hint: null, mark: 'unchanged', after: { notFoundAt: 12_000 } },
  { name: 'a page too large to read whole, nothing in what was read: "not found" at once', seen: { methodSummary: null, looksMissing: false, truncated: true }, report: 'not-found', hint: ['not-found', null], mark: 'unchanged', after: { notFoundAt: null } },
  { name: 'too large, "not found" told before: not again', before: { status: 'not-found' }, seen: { methodSummary: null, looksMissing: false, truncated: true }, report: null, hint: null, mark: 'unchanged', after: { notFoundAt: null } },
  { name: 'too large, but the option is in what was read: the option', seen: { smsOption: option('pin'), truncated: true }, report: 'pin-selected', hint: ['pin', 'sms-radio'], mark: 'sms', after: { savedMethod: 'pin' } },
  { name: 'too large on a help address: as any page there, nothing', settingsAddress: false, seen: { looksMissing: false, truncated: true }, report: null, hint: null, mark: 'unchanged', after: { notFoundAt: null } },
  { name: 'nothing on a help address: never "not found"', settingsAddress: false, seen: { looksMissing: false }, report: null, hint: null, mark: 'unchanged', after: { notFoundAt: null } },
  { name: 'the option gone after it was seen: no "not found", the mark dropped if its element went', before: { ...SAVED_PIN, notFoundAt: 3000 }, seen: { methodSummary: null, looksMissing: false }, report: null, hint: null, mark: 'unchanged', after: { notFoundAt: null, savedMethod: 'pin' } },
];

/** A decision in the table's terms. */
function inTableTerms(decision: ChoiceDecision<string>) {
  const { mark, hint } = decision;
  return {
    report: decision.report,
    hint: hint && [hint.words, hint.target],
    mark: mark === 'unchanged' ? mark : mark ? mark.as : 'none',
    scanInFrame: decision.scanInFrame,
  };
}

describe('decideChoice', () => {
  it.each(ROWS)('$name', ({ before, seen, at = 0, settingsAddress = true, report, hint, mark, after, scanInFrame = false }) => {
    const memory = { ...FIRST_MEMORY, ...before };
    const decision = decideChoice({ page: sighting(seen), at, settingsAddress }, memory);
    expect(inTableTerms(decision)).toEqual({ report, hint, mark, scanInFrame });
    expect(decision.memory).toMatchObject(after ?? {});
    // A report is remembered; a decision with nothing to say remembers the last one.
    expect(decision.memory.status).toBe(report ?? memory.status);
  });

  it('a mark points at the element the row names: the option, or the summary row\'s button', () => {
    const sms = decideChoice({ page: sighting({ smsOption: option('pin') }), at: 0, settingsAddress: true }, FIRST_MEMORY);
    expect(sms.mark).toEqual({ element: 'sms-radio', as: 'sms' });
    const edit = decideChoice({ page: sighting({ methodSummary: { edit: 'edit-button', method: 'pin' } }), at: 0, settingsAddress: true }, FIRST_MEMORY);
    expect(edit.mark).toEqual({ element: 'edit-button', as: 'edit' });
  });

  it('the hint keeps clear of the other choices in the group', () => {
    const decision = decideChoice({ page: sighting({ smsOption: option('pin') }), at: 0, settingsAddress: true }, FIRST_MEMORY);
    expect(decision.hint?.others).toEqual(OTHERS);
  });

  it('an option or a summary row makes the page a settings page, whatever its address; nothing does not', () => {
    const on = (seen: Partial<ChoiceSighting<string>>, settingsAddress: boolean) => decideChoice({ page: sighting(seen), at: 0, settingsAddress }, FIRST_MEMORY).settingsPage;
    expect(on({ smsOption: option('sms') }, false)).toBe(true);
    expect(on({ methodSummary: { edit: 'e', method: 'pin' } }, true)).toBe(true);
    expect(on({ methodSummary: null, looksMissing: true }, true)).toBe(false);
    expect(on({ early: true, smsOption: option('sms') }, true)).toBe(false);
  });
});

describe('after a quiet while', () => {
  it('nothing seen: "not found", in the corner', () => {
    const decision = decideQuiet<string>({ ...FIRST_MEMORY, notFoundAt: 3000 });
    expect(inTableTerms(decision)).toEqual({ report: 'not-found', hint: ['not-found', null], mark: 'unchanged', scanInFrame: false });
    expect(decision.memory).toMatchObject({ status: 'not-found', notFoundAt: null });
  });

  it('something seen: nothing to say', () => {
    const decision = decideQuiet<string>({ ...FIRST_MEMORY, ...SAVED_PIN, status: 'pin-selected', notFoundAt: 3000 });
    expect(inTableTerms(decision)).toEqual({ report: null, hint: null, mark: 'unchanged', scanInFrame: false });
    expect(decision.memory.status).toBe('pin-selected');
  });
});

describe('savePressed', () => {
  it('opens the window for the page\'s "saved" message, from when it was pressed', () => {
    expect(savePressed(FIRST_MEMORY, 2000)).toEqual({ ...FIRST_MEMORY, saveUntil: 17_000 });
  });
});
