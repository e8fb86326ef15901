/**
 * Issue 14: a page that LOADS with "Kode på SMS" checked proves "saved" only
 * when its address is a settings page. On a help page the same choice could
 * be planted by a script, so it is only "chosen" (the background holds the
 * same line, see background.test.ts).
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

describe('loaded with SMS already checked', () => {
  it('is "saved" on a page whose address is a settings page', async () => {
    expect(await firstReport('settings')).toBe('sms-saved');
  });

  it.each<PageKind>(['help', 'login', 'contact'])('is only "chosen" on a %s page', async (kind) => {
    expect(await firstReport(kind)).toBe('sms-selected');
  });
});
