/**
 * When the choice feature looks: a change that matters is looked at in the
 * mutation observer's callback, so a new option is marked before the browser
 * paints it; what the page says (the saved setting it loaded with) is read in
 * the frame, when the page's own rendering of that change is done.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../../src/core/page-status';
import { feature as choice } from '../../src/content/pages/choice';
import { frame, startTestView, viewPerTest } from './test-view';

/** Constant test markup: nothing checked yet, as a component shows it before it has rendered its state. */
const CHOICE = `
  <fieldset><legend>Innloggingsmåte</legend>
    <input type="radio" name="login-preference" id="letter" value="letter"><label for="letter">Kode fra PIN-kodebrev</label>
    <input type="radio" name="login-preference" id="sms" value="sms"><label for="sms">Kode på SMS</label>
    <input type="radio" name="login-preference" id="app" value="app"><label for="app">MinID-appen</label>
  </fieldset>
  <button type="submit">Lagre</button>`;

const controller = viewPerTest();

/** The choice feature on a page whose address is a settings page, as the manager starts it. */
function settingsPage(): Promise<{ reports: PageStatus[] }> {
  return startTestView(controller().signal, 'settings', [choice]);
}

/** The page renders the choice late, into a box it already had. */
function renderChoice(): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${CHOICE}</body>`, 'text/html');
  const box = document.getElementById('app-root')!;
  box.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

describe('a choice that renders late', () => {
  it('is marked in the observer callback, and its saved setting is read in the frame, when the page is done', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'app-root' }));
    const { reports } = await settingsPage();
    // The first look (at start) and its frame are over: the page is calm.
    await frame();
    await frame();
    expect(reports).toEqual([]);

    /** How many reports there were when the mark appeared, and in which frame. */
    const atMark: { reports: number; frames: number }[] = [];
    let frames = 0;
    const count = () => {
      frames += 1;
      if (atMark.length === 0) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    // Registered after ours, so called after ours in the same checkpoint: it sees what we did there.
    new MutationObserver(() => {
      if (atMark.length > 0 || document.getElementById('sms')?.getAttribute('data-pinfri-target') !== 'sms') return;
      atMark.push({ reports: reports.length, frames });
      // The page's component finishes a moment after our look: the saved setting (the app) shows only now.
      (document.getElementById('app') as HTMLInputElement).checked = true;
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-pinfri-target'] });

    renderChoice();
    await vi.waitFor(() => expect(reports.length).toBeGreaterThan(0));
    // Marked before any frame, with nothing told yet…
    expect(atMark).toEqual([{ reports: 0, frames: 0 }]);
    // …and what is told is what the page shows when done: the app is saved, nothing to change. Never "choose SMS".
    expect(reports[0]).toBe('app-saved');
  });

  it('a choice seen before is read at once when it changes (a re-render, the person choosing)', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'app-root' }));
    renderChoice();
    (document.getElementById('letter') as HTMLInputElement).checked = true;
    const { reports } = await settingsPage();
    expect(reports).toEqual(['pin-selected']);
    await frame();
    await frame();
    // The page re-renders the group with SMS chosen (as after a click): told in the same callback, no frame waited.
    let toldInCallback: PageStatus[] = [];
    new MutationObserver(() => {
      toldInCallback = [...reports];
    }).observe(document.body, { subtree: true, childList: true });
    const group = document.querySelector('fieldset')!;
    const again = group.cloneNode(true) as HTMLFieldSetElement;
    (again.querySelector('#sms') as HTMLInputElement).checked = true;
    group.replaceWith(again);
    await Promise.resolve();
    expect(toldInCallback).toEqual(['pin-selected', 'sms-selected']);
  });
});
