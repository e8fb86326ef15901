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

  it.each(['nb', 'nn', 'en'] as const)('page-missing says the way on and offers the same help, in the corner (%s)', (lang) => {
    const hint = createHint(HINT_TEXT[lang], lang, controller.signal);
    hint.show(null, 'page-missing');
    const view = parts();
    expect(view).toMatchObject({ state: 'page-missing', title: t(lang, 'hint.page-missing.title'), showMeHidden: true });
    expect(view.help?.hidden).toBe(false);
    expect(view.links.map((l) => l.href)).toEqual(['tel:+4780030300', 'https://minid.no/']);
    // The way on, in words: minid.no, or a call.
    expect(t(lang, 'hint.page-missing.why')).toMatch(/minid\.no.*800 30 300/);
  });

  it.each(['choose', 'pin', 'save', 'done', 'sms-active', 'mobile', 'select', 'open-choice', 'off-pin'] as HintState[])('%s does not show them', (state) => {
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

describe('already off PIN codes', () => {
  const sms = /SMS/;

  it.each([
    ['off-pin-app', 'MinID'],
    ['off-pin-totp', ''],
    ['off-pin-webauthn', ''],
    ['off-pin-other', 'PIN'],
  ] as const)('%s: says change nothing, rings the saved choice, never offers "Vis meg" or SMS', (words, names) => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      fromHtml('<label><input type="radio" name="m" id="a" checked> MinID-appen</label>');
      const hint = createHint(HINT_TEXT[lang], lang, controller.signal);
      hint.show(document.getElementById('a'), 'off-pin', [], words);
      const view = parts();
      expect(view).toMatchObject({ state: 'off-pin', title: t(lang, `hint.${words}.title`), showMeHidden: true });
      expect(view.title).toContain(names);
      expect(`${view.title} ${t(lang, `hint.${words}.why`)}`).not.toMatch(sms);
      controller.abort();
      controller = new AbortController();
    }
  });

  it('the words differ per method', () => {
    const titles = ['off-pin-other', 'off-pin-app', 'off-pin-totp', 'off-pin-webauthn'].map((w) => t('nb', `hint.${w}.title` as never));
    expect(new Set(titles).size).toBe(4);
  });
});

describe('the other new states', () => {
  it('select names the entry to pick; open-choice points at the button with "Vis meg"', () => {
    fromHtml('<select id="s"><option>Kode fra PIN-kodebrev</option><option>Kode på SMS</option></select><button id="e">Endre</button>');
    const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
    hint.show(document.getElementById('s'), 'select');
    expect(parts()).toMatchObject({ state: 'select', showMeHidden: false });
    expect(parts().title).toContain('«Kode på SMS»');
    hint.show(document.getElementById('e'), 'open-choice');
    expect(parts()).toMatchObject({ state: 'open-choice', title: t('nb', 'hint.open-choice.title'), showMeHidden: false });
    document.querySelector('pinfri-hint')?.shadowRoot?.querySelector<HTMLElement>('[data-action="show-me"]')?.click();
    // "Vis meg" moves focus to the button; it never presses it.
    expect(document.activeElement).toBe(document.getElementById('e'));
  });
});
