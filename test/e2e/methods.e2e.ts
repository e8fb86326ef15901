/**
 * Never a step down, seen end to end (issue 11): a settings page that shows the
 * MinID app, an authenticator app or a security key as saved makes the popup
 * say the person is done, by that method, in both real browsers; the hint on
 * the page never says "choose SMS"; and a page that later shows PIN again
 * brings the checklist back.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/popup-text';
import type { Language } from '../../src/core/language';
import { badge, BROWSERS, useBrowser, waitForHint } from './support';

const POPUP = 'src/popup/index.html';
const PLAIN = 'https://brukerprofil.difi.no/minprofil/minid/';

/** Runs in the page: the hint's words as the person sees them. */
function hintWords(): string {
  const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
  return `${shadow?.querySelector('.title')?.textContent ?? ''} ${shadow?.querySelector('.why')?.textContent ?? ''}`;
}


/** Runs in the popup: what the route says (a method seen saved is said there). */
function routeText(): string {
  return document.querySelector('[data-testid=route]')?.textContent ?? '';
}

describe.each(BROWSERS)('%s: a stronger method already saved', (name) => {
  const browser = useBrowser(name);

  it('the app, an authenticator or a security key saved: the popup says done by that method, the hint never says choose SMS', async () => {
    const popup = await browser().openExtensionPage(POPUP);
    // The person can log in with another e-ID: the settings route, with its steps.
    await popup.waitFor(() => document.querySelector('[data-situation="other-eid"]') !== null, undefined, 8000);
    await popup.click('[data-situation="other-eid"]');
    await popup.waitFor(() => document.querySelector('[data-testid=progress]') !== null, undefined, 8000);
    const lang = (await popup.evaluate(() => document.documentElement.lang)) as Language;
    const words = MESSAGES[lang];
    const page = await browser().newPage();

    // The MinID app saved (Digdir's components, Nynorsk): off PIN, by the page, whatever was answered.
    await page.goto(`https://profil.minid.no/innlogging?locale=nn&saved=app`);
    await waitForHint(page, 'off-pin');
    expect(await page.evaluate(hintWords)).not.toMatch(/SMS/);
    await popup.waitFor((want) => document.querySelector('[data-testid=route]')?.textContent === want, words['usesOther.app'], 8000);
    expect(await popup.evaluate(() => document.querySelectorAll('[data-step]').length)).toBe(0);
    expect(await badge(popup, '✓')).toBe('✓');

    // An authenticator app saved (ARIA radios, Nynorsk): done, said as such; no steps to choose SMS.
    await page.goto(`${PLAIN}?locale=nn&form=aria&saved=totp`);
    await waitForHint(page, 'off-pin');
    expect(await page.evaluate(hintWords)).not.toMatch(/SMS/);
    await popup.waitFor((want) => document.querySelector('[data-testid=route]')?.textContent === want, words['usesOther.totp'], 8000);
    expect(await popup.evaluate(() => document.querySelectorAll('[data-step]').length)).toBe(0);
    expect(await popup.evaluate(() => document.querySelector('[data-action="open-settings"]'))).toBeNull();
    expect(await badge(popup, '✓')).toBe('✓');

    // A security key saved (Designsystemet markup, Nynorsk): the same, in words for that method.
    await page.goto(`${PLAIN}?locale=nn&form=ds&saved=webauthn`);
    await waitForHint(page, 'off-pin');
    expect(await page.evaluate(hintWords)).not.toMatch(/SMS/);
    await popup.waitFor((want) => document.querySelector('[data-testid=route]')?.textContent === want, words['usesOther.webauthn'], 8000);

    // A page that shows PIN saved again (a drop-down, Bokmål): the fact no longer holds, the steps come back.
    await page.goto(`${PLAIN}?form=select&saved=letter`);
    await waitForHint(page, 'select');
    expect(await page.evaluate(hintWords)).toMatch(/SMS/);
    await popup.waitFor((done) => document.querySelector('[data-testid=route]')?.textContent !== done, words['usesOther.webauthn'], 8000);
    expect(await popup.evaluate(routeText)).toBe(words['route.other-eid']);
    expect(await popup.evaluate(() => document.querySelectorAll('[data-step]').length)).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });
});
