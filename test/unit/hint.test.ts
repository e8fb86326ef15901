/**
 * The hint's words and help links per state, in happy-dom (placement is
 * checked in real browsers by the E2E tests).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHint, HELP_PHONE_HREF, HELP_SITE_HREF, type HintState } from '../../src/content/hint/hint';
import { HINT_TEXT, hintText as t } from '../../src/core/hint-text';
import { fromHtml } from './dom';

function parts() {
  const shadow = document.querySelector('pinfri-hint')?.shadowRoot;
  const help = shadow?.querySelector<HTMLElement>('.callout .help');
  return {
    state: shadow?.querySelector('.callout')?.getAttribute('data-state') ?? null,
    title: shadow?.querySelector('.title')?.textContent ?? '',
    help,
    links: Array.from(help?.querySelectorAll('a') ?? []).map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
    showMeHidden: shadow?.querySelector<HTMLElement>('[data-action="show-me"]')?.hidden,
  };
}

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
});

describe('help links', () => {
  it.each(['nb', 'nn', 'en'] as const)('not-found offers a call and minid.no, inside the callout (%s)', (lang) => {
    const hint = createHint(HINT_TEXT[lang], lang, controller.signal);
    hint.show(null, 'not-found');
    const view = parts();
    expect(view.state).toBe('not-found');
    expect(view.help?.hidden).toBe(false);
    expect(view.links).toEqual([
      { href: 'tel:+4780030300', text: t(lang, 'helpCall') },
      { href: 'https://minid.no/', text: t(lang, 'helpSite') },
    ]);
    // With nothing to point at, the callout sits in the corner, with no ring.
    const shadow = document.querySelector('pinfri-hint')?.shadowRoot;
    expect(shadow?.querySelector('.callout')?.classList.contains('corner')).toBe(true);
    expect(shadow?.querySelector<HTMLElement>('.ring')?.hidden).toBe(true);
    expect(HELP_PHONE_HREF).toBe('tel:+4780030300');
    expect(HELP_SITE_HREF).toBe('https://minid.no/');
  });

  it.each(['choose', 'pin', 'save', 'done', 'sms-active', 'mobile'] as HintState[])('%s does not show them', (state) => {
    fromHtml('<input id="f">');
    const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
    hint.show(null, 'not-found');
    hint.show(document.getElementById('f'), state);
    expect(parts().help?.hidden).toBe(true);
  });
});

describe('field states', () => {
  it('sms-active says SMS is on, beside the field, with "Vis meg"', () => {
    fromHtml('<label for="c">Kode fra SMS</label><input id="c">');
    const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
    hint.show(document.getElementById('c'), 'sms-active');
    expect(parts()).toMatchObject({ state: 'sms-active', title: 'Du bruker kode på SMS', showMeHidden: false });
  });

  it('mobile asks to check the number; "Vis meg" moves focus to the field and types nothing', () => {
    fromHtml('<label for="m">Mobilnummer</label><input id="m" type="tel" value="93282061">');
    const field = document.getElementById('m') as HTMLInputElement;
    const hint = createHint(HINT_TEXT['nn'], 'nn', controller.signal);
    hint.show(field, 'mobile');
    expect(parts()).toMatchObject({ state: 'mobile', title: t('nn', 'hint.mobile.title'), showMeHidden: false });
    document.querySelector('pinfri-hint')?.shadowRoot?.querySelector<HTMLElement>('[data-action="show-me"]')?.click();
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('93282061');
  });
});
