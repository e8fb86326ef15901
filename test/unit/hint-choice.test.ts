/**
 * Issues 14 and 22: a page that LOADS with "Kode på SMS" checked proves
 * "saved" only when its address is a settings page, and the document was first
 * loaded at one. On a help page the same choice could be planted by a script,
 * also after the script pushed a settings path: there it is pointed at, never
 * "done", and nothing is reported (the background holds the same line, see
 * background.test.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../../src/core/page-status';
import type { PageKind } from '../../src/core/sites';
import { feature as choice } from '../../src/content/pages/choice';
import { fromHtml } from './dom';
import { startTestView } from './test-view';

const CHOICE = `
  <fieldset><legend>Innloggingsmåte</legend>
    <input type="radio" name="login-preference" id="letter" value="letter"><label for="letter">Kode fra PIN-kodebrev</label>
    <input type="radio" name="login-preference" id="sms" value="sms" checked><label for="sms">Kode på SMS</label>
  </fieldset>
  <button type="submit">Lagre</button>`;

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
});

async function firstReport(kind: PageKind): Promise<PageStatus> {
  fromHtml(CHOICE);
  const { reports } = await startTestView(controller.signal, kind, [choice]);
  await vi.waitFor(() => expect(reports.length).toBeGreaterThan(0));
  return reports[0]!;
}

/** What a page view reports, and what the hint says, once the choice is seen and the view has settled. */
async function settled(urlKind: PageKind, loadedKind: PageKind | null): Promise<{ reports: PageStatus[]; words: string[] }> {
  fromHtml(CHOICE);
  const words: string[] = [];
  const hint = { show: (_target: Element | null, said: string) => void words.push(said), destroy: () => undefined, dismissed: false };
  const spy: typeof choice = { ...choice, init: (ctx) => choice.init({ ...ctx, hint }) };
  const { reports } = await startTestView(controller.signal, urlKind, [spy], loadedKind);
  await vi.waitFor(() => expect(words.length).toBeGreaterThan(0));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { reports, words };
}

describe('loaded with SMS already checked', () => {
  it('is "saved" on a page whose address is a settings page', async () => {
    expect(await firstReport('settings')).toBe('sms-saved');
  });

  it.each<PageKind>(['help', 'login', 'contact'])('on a %s page: pointed at ("remember to save"), nothing reported', async (kind) => {
    expect(await settled(kind, kind)).toEqual({ reports: [], words: ['save'] });
  });

  it.each<[PageKind, PageKind | null]>([
    ['settings', 'help'],
    ['settings', 'contact'],
    ['settings', null],
  ])('on a %s address pushed by a page first loaded at a %s address: never "done", nothing reported', async (urlKind, loadedKind) => {
    expect(await settled(urlKind, loadedKind)).toEqual({ reports: [], words: ['save'] });
  });

  it('on a settings address first loaded at a settings address (an SPA route within the settings): "done", and told', async () => {
    expect(await settled('settings', 'settings')).toEqual({ reports: ['sms-saved'], words: ['done'] });
  });
});
