/**
 * The popup in both real browsers, at its extension URL: it follows what the
 * pages show while it is open, switches language, and keeps one checklist
 * per person in guardian mode (page evidence goes to the person chosen).
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/popup-text';
import type { Language } from '../../src/core/language';
import { MESSAGES } from '../../src/core/popup-text';
import { LINKS } from '../../src/core/links';
import { badge, BROWSERS, hintState, reopenOver, useBrowser, waitForHint } from './support';

const POPUP = 'src/popup/index.html';

/** Runs in the popup: the ticked steps, in order. */
function ticked(): string[] {
  return Array.from(document.querySelectorAll('[data-step][data-done="true"]')).map((li) => li.getAttribute('data-step') ?? '');
}


describe.each(BROWSERS)('%s: the popup', (name) => {
  const browser = useBrowser(name);

  it('meets a newcomer with the first question; the answer can always be changed', async () => {
    const popup = await browser().openExtensionPage(POPUP);
    const choices = await popup.waitFor(
      () => {
        const buttons = document.querySelectorAll('[data-testid=first-question] button[data-situation]');
        return buttons.length > 0 ? Array.from(buttons).map((b) => b.getAttribute('data-situation')) : null;
      },
      undefined,
      8000,
    );
    expect(choices).toEqual(['off-pin', 'other-eid', 'locked-out', 'guardian']);

    // Already off PIN: nothing to change, a ✓, and the method the person says.
    await popup.click('[data-situation="off-pin"]');
    await popup.waitFor(() => document.querySelector('[data-route="off-pin"]') !== null, undefined, 8000);
    expect(await popup.evaluate(() => document.querySelectorAll('[data-step]').length)).toBe(0);
    await popup.click('input[name=said-method][value=sms]');
    await popup.waitFor(() => document.querySelector('[data-testid=off-pin-next]') !== null, undefined, 8000);
    expect(await badge(popup, '✓')).toBe('✓');

    // Changed: another e-ID opens the settings, with the SMS path and the routes that work under the button.
    await popup.click('[data-action=change-answer]');
    await popup.waitFor(() => document.querySelector('[data-testid=first-question]') !== null, undefined, 8000);
    await popup.click('[data-situation="other-eid"]');
    await popup.waitFor(() => document.querySelectorAll('[data-step^="sms-"]').length === 5, undefined, 8000);
    const fallback = await popup.evaluate(() => document.querySelector('[data-testid=settings-fallback]')?.textContent ?? '');
    expect(fallback).toMatch(/BankID.*800 30 300/);
    expect(fallback).not.toMatch(/minid\.no/);
    expect(await badge(popup, '5')).toBe('5');

    // Back to the question, for the cases that follow.
    await popup.click('[data-action=change-answer]');
    await popup.waitFor(() => document.querySelector('[data-testid=first-question]') !== null, undefined, 8000);
    await popup.close();
  });

  it('switches language, and the choice is kept', async () => {
    const popup = await browser().openExtensionPage(POPUP);
    await popup.waitFor(() => document.querySelector('select') !== null, undefined, 8000);
    await popup.evaluate(() => {
      const select = document.querySelector('select')!;
      select.value = 'en';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await popup.waitFor(() => document.querySelector('h2')?.textContent === 'Checklist for myself', undefined, 8000);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await popup.close();
    const again = await browser().openExtensionPage(POPUP);
    await again.waitFor(() => document.querySelector('h2')?.textContent === 'Checklist for myself', undefined, 8000);
    // Back to Bokmål for the cases that follow.
    await again.evaluate(() => {
      const select = document.querySelector('select')!;
      select.value = 'nb';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await again.waitFor(() => document.querySelector('h2')?.textContent === 'Sjekkliste for meg selv', undefined, 8000);
    await again.close();
  });

  it('guardian mode keeps two checklists, and page evidence goes to the person chosen', async () => {
    const popup = await browser().openExtensionPage(POPUP);
    await popup.waitFor(() => document.querySelector('[data-action=guardian]') !== null, undefined, 8000);
    await popup.click('[data-action=guardian]');
    await popup.waitFor(() => document.querySelector('#nickname') !== null, undefined, 8000);

    // An ID number is refused on the spot, and nothing is stored.
    await popup.type('#nickname', '01019012345');
    await popup.press('Enter');
    const error = await popup.waitFor(() => document.querySelector('#nickname-error')?.textContent ?? null, undefined, 5000);
    expect(error).toMatch(/fødselsnummer/);
    await popup.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#nickname')!;
      field.select();
    });
    await popup.type('#nickname', 'Mor');
    await popup.press('Enter');
    await popup.waitFor(() => document.querySelector('h2#checklist-heading')?.textContent === 'Sjekkliste for Mor', undefined, 8000);
    expect(await popup.evaluate(ticked)).toEqual([]);

    // Someone a guardian helps starts on the guardian's route: the way back in, together, SMS with the guardian's own number.
    expect(await popup.evaluate(() => document.querySelector('[data-route]')?.getAttribute('data-route'))).toBe('guardian');
    expect(await popup.evaluate(() => (document.querySelector('input[name=path]:checked') as HTMLInputElement | null)?.value)).toBe('back-in');

    // The guardian, with Mor, finds SMS already saved on the settings page: a working user, SMS chosen.
    const page = await browser().newPage();
    await page.goto('https://profil.minid.no/innlogging?saved=sms');
    await page.waitFor(() => document.querySelector('[data-pinfri-target="sms"]') !== null, undefined, 8000);
    await popup.waitFor(() => document.querySelectorAll('[data-step][data-done="true"]').length === 4, undefined, 8000);
    expect(await popup.evaluate(ticked)).toEqual(['back-in-call', 'back-in-letter', 'back-in-create', 'back-in-sms']);
    expect(await badge(popup, '1')).toBe('1');

    // The guardian's own checklist is untouched.
    await popup.click('[data-person="me"] input');
    await popup.waitFor(() => document.querySelector('h2#checklist-heading')?.textContent === 'Sjekkliste for meg selv', undefined, 8000);
    expect(await popup.evaluate(ticked)).toEqual([]);
    expect(await popup.evaluate(() => document.querySelector('[data-testid=first-question]') !== null)).toBe(true);
    await popup.click('[data-person="p1"] input');
    await popup.waitFor(() => document.querySelectorAll('[data-step][data-done="true"]').length === 4, undefined, 8000);
    await page.close();
    await popup.close();
  });
});

describe.each(BROWSERS)('%s: the way back in (PIN codes stopped working)', (name) => {
  const browser = useBrowser(name);

  it('offers the app first, and SMS to a person without a smartphone', async () => {
    const popup = await browser().openExtensionPage(POPUP);
    await popup.waitFor(() => document.querySelector('[data-situation="locked-out"]') !== null, undefined, 8000);
    await popup.click('[data-situation="locked-out"]');
    await popup.waitFor(() => document.querySelectorAll('[data-step^="back-in-app-"]').length === 3, undefined, 8000);
    expect(await popup.evaluate(() => Array.from(document.querySelectorAll('input[name=path]')).map((r) => (r as HTMLInputElement).value))).toEqual([
      'back-in-app',
      'back-in',
    ]);
    // What a locked-out person needs about the letter, under the steps.
    expect(await popup.evaluate(() => document.querySelector('[data-testid=letter-facts]') !== null)).toBe(true);
    // The QR codes of the stores, when getting the app is next.
    await popup.click('#step-back-in-call');
    await popup.click('#step-back-in-letter');
    await popup.waitFor(() => document.querySelector('svg.qr') !== null, undefined, 8000);
    await popup.click('#step-back-in-call');
    await popup.click('#step-back-in-letter');
    await popup.waitFor(() => document.querySelectorAll('[data-step][data-done="true"]').length === 0, undefined, 8000);
    await popup.click('[data-action=change-answer]');
    await popup.waitFor(() => document.querySelector('[data-testid=first-question]') !== null, undefined, 8000);
    await popup.close();
  });

  it('is chosen in the popup, ticked by hand, and a settings page seen logged in ticks what it proves', async () => {
    const popup = await browser().openExtensionPage(POPUP);
    await popup.waitFor(() => document.querySelector('[data-situation="locked-out"]') !== null, undefined, 8000);
    await popup.click('[data-situation="locked-out"]');
    await popup.waitFor(() => document.querySelector('input[name=path][value="back-in"]') !== null, undefined, 8000);
    await popup.click('input[name=path][value="back-in"]');
    await popup.waitFor(() => document.querySelectorAll('[data-step^="back-in-"]').length === 5, undefined, 8000);
    const lang = (await popup.evaluate(() => document.documentElement.lang)) as 'nb' | 'nn' | 'en';
    // Each step says where it comes from; the note for new users links the order page.
    expect(await popup.evaluate(() => document.querySelectorAll('[data-step] .source').length)).toBe(5);
    expect(await popup.evaluate(() => document.querySelector('[data-testid=new-user] a')?.getAttribute('href'))).toBe(LINKS.orderLetter);

    await popup.click('#step-back-in-call');
    await popup.waitFor(() => document.querySelector('[data-step="back-in-call"]')?.getAttribute('data-done') === 'true', undefined, 8000);
    expect(await badge(popup, '4')).toBe('4');

    // Logged in on the settings page with SMS saved: a working user, and SMS chosen.
    const page = await browser().newPage();
    await page.goto('https://profil.minid.no/innlogging?saved=sms');
    await page.waitFor(() => document.querySelector('[data-pinfri-target="sms"]') !== null, undefined, 8000);
    await popup.waitFor(() => document.querySelectorAll('[data-step][data-done="true"]').length === 4, undefined, 8000);
    expect(await popup.evaluate(ticked)).toEqual(['back-in-call', 'back-in-letter', 'back-in-create', 'back-in-sms']);
    expect(await badge(popup, '1')).toBe('1');
    // The user's own tick stays theirs; the page's evidence for the reset steps says they were not needed.
    expect(await popup.evaluate(() => document.querySelector('[data-step="back-in-call"]')?.getAttribute('data-by'))).toBe('user');
    const how = await popup.evaluate(() => document.querySelector('[data-step="back-in-letter"] .how')?.textContent ?? null);
    expect(how).toBe(MESSAGES[lang].notNeeded.replace('{when}', MESSAGES[lang].today));
    // Where the choice was seen is kept, origin and path only, for "Åpne MinID-innstillinger".
    const place = await popup.evaluate(async () => {
      type Api = { storage: { local: { get(key: string): Promise<Record<string, { settingsPlace?: string }>> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (g.browser ?? g.chrome)!.storage.local.get('pinfri:state'))['pinfri:state']?.settingsPlace ?? null;
    });
    expect(place).toBe('https://profil.minid.no/innlogging');
    await page.close();
    await popup.close();
  });
});

describe.each(BROWSERS)('%s: on the way to MinID settings', (name) => {
  const browser = useBrowser(name);

  it('the login pages say "log in first" only after the popup opened the settings', async () => {
    const page = await browser().newPage();
    // Not on the way: a MinID login is none of our business.
    await page.goto('https://login.idporten.no/authorize/minid/password');
    await page.waitFor(() => document.documentElement.getAttribute('data-pinfri-page') === 'login', undefined, 8000);
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate(hintState)).toBeNull();

    // "Åpne MinID-innstillinger" in the popup (the button's wiring is a component test;
    // here the same action, so no tab goes to the real address).
    const popup = await browser().openExtensionPage(POPUP);
    await popup.evaluate(async () => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? g.chrome)!.runtime.sendMessage({ mark: 'pinfri/1', type: 'popup-action', action: { type: 'opened-settings' } });
    });
    await popup.close();

    await page.goto('https://login.idporten.no/authorize/selector');
    await waitForHint(page, 'login-first');
    await page.goto('https://login.idporten.no/authorize/minid/password');
    await waitForHint(page, 'login-first');
    // The code from SMS is asked for: the hint says SMS is on.
    await page.goto('https://login.idporten.no/authorize/minid/otc');
    await waitForHint(page, 'sms-active');
    await page.close();
  });
});

/** Runs in the popup: what "Er dette den ekte ID-porten?" says, and that the checklist is still there. */
function genuineView(): { verdict: string | null; text: string; checklist: boolean; lang: Language } | null {
  const section = document.querySelector('[data-verdict]');
  const verdict = section?.getAttribute('data-verdict') ?? null;
  if (verdict === null || verdict === 'unknown-origin') return null;
  const lang = document.documentElement.lang as Language;
  const checklist = document.querySelector('[data-testid=progress], [data-testid=first-question]') !== null;
  return { verdict, text: section?.textContent ?? '', checklist, lang };
}

describe.each(BROWSERS)('%s: the popup over a crafted address (issue 14)', (name) => {
  const browser = useBrowser(name);

  it('a user name with a bad % escape does not blank the popup: it warns', async () => {
    const popup = await browser().openExtensionPage(POPUP);
    await popup.waitFor(() => document.querySelector('select') !== null, undefined, 8000);
    await popup.evaluate(reopenOver, 'https://x:%zz@minid-login.example/');
    const view = await popup.waitFor(genuineView, undefined, 8000);
    expect(view).toMatchObject({ verdict: 'lookalike', checklist: true });
    expect(view?.text).toContain(t(view!.lang, 'genuineNo'));
    expect(view?.text).toContain('minid-login.example');
    await popup.close();
  });

  it('a look-alike page that moves itself to blob: is judged by its origin', async () => {
    const page = await browser().newPage();
    await page.goto('https://brukerprofil.difi.no.login-sikker.com/minprofil/minid/');
    await page.evaluate(() => {
      const fake = new Blob(['<!doctype html><title>MinID</title><h1>Logg inn med MinID</h1><form><input name="pid"></form>'], { type: 'text/html' });
      location.href = URL.createObjectURL(fake);
    });
    // The address as the browser itself reports it for that tab.
    const address = await page.waitFor(() => (location.protocol === 'blob:' && document.readyState === 'complete' ? location.href : null), undefined, 8000);
    expect(address).toMatch(/^blob:https:\/\/brukerprofil\.difi\.no\.login-sikker\.com\//);

    const popup = await browser().openExtensionPage(POPUP);
    await popup.waitFor(() => document.querySelector('select') !== null, undefined, 8000);
    await popup.evaluate(reopenOver, address as string);
    const view = await popup.waitFor(genuineView, undefined, 8000);
    expect(view).toMatchObject({ verdict: 'lookalike', checklist: true });
    expect(view?.text).toContain('brukerprofil.difi.no.login-sikker.com');
    expect(view?.text).toContain(t(view!.lang, 'why.extra-subdomain'));

    // A data: page has no origin to judge: the popup says so, never nothing.
    await popup.evaluate(reopenOver, 'data:text/html,<h1>MinID</h1>');
    const unknown = await popup.waitFor(() => document.querySelector('[data-verdict="unknown-origin"]')?.textContent ?? null, undefined, 8000);
    expect(unknown).toContain(t(view!.lang, 'genuineUnknown'));
    await popup.close();
    await page.close();
  });
});
