/**
 * The hint's words and help links per state, in happy-dom (placement is
 * checked in real browsers by the E2E tests).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHint } from '../../src/content/hint/hint';
import { HINT_TEXT, type HintTextKey, type HintWords } from '../../src/core/hint/hint-text';
import type { Language } from '../../src/core/language';
import { HELP_PHONE_HREF, HELP_SITE_HREF } from '../../src/core/links';
import { fromHtml } from './dom';

const t = (lang: Language, key: HintTextKey): string => HINT_TEXT[lang][key];

function parts() {
  const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
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

/** A rule inserted into the hint's sheet through CSSOM (no node changes) is gone after the next patrol, and the hint stays. Fake timers. */
function expectCssomEditUndone(hint: { readonly dismissed: boolean }): void {
  const sheet = () => document.querySelector('[data-pinfri-hint]')!.shadowRoot!.querySelector('style')!.sheet!;
  const rules = () => Array.from(sheet().cssRules).map((r) => r.cssText);
  const ours = rules();
  sheet().insertRule('a { display: none }', 0);
  expect(rules()).not.toEqual(ours);
  vi.advanceTimersByTime(1000);
  expect(rules()).toEqual(ours);
  expect(hint.dismissed).toBe(false);
}

describe('help links', () => {
  it.each(['nb', 'nn', 'en'] as const)('not-found offers a call and the help pages, inside the callout (%s)', (lang) => {
    const hint = createHint(HINT_TEXT[lang], lang, controller.signal);
    hint.show(null, 'not-found');
    const view = parts();
    expect(view.state).toBe('not-found');
    expect(view.help?.hidden).toBe(false);
    expect(view.links).toEqual([
      { href: 'tel:+4780030300', text: t(lang, 'helpCall') },
      { href: 'https://eid.difi.no/nb/minid', text: t(lang, 'helpSite') },
    ]);
    // With nothing to point at, the callout sits in the corner, with no ring.
    const shadow = document.querySelector('[data-pinfri-hint]')?.shadowRoot;
    expect(shadow?.querySelector('.callout')?.classList.contains('corner')).toBe(true);
    expect(shadow?.querySelector<HTMLElement>('.ring')?.hidden).toBe(true);
    expect(HELP_PHONE_HREF).toBe('tel:+4780030300');
    expect(HELP_SITE_HREF).toBe('https://eid.difi.no/nb/minid');
  });

  it.each(['nb', 'nn', 'en'] as const)('page-missing says the way on and offers the same help, in the corner (%s)', (lang) => {
    const hint = createHint(HINT_TEXT[lang], lang, controller.signal);
    hint.show(null, 'page-missing');
    const view = parts();
    expect(view).toMatchObject({ state: 'page-missing', title: t(lang, 'hint.page-missing.title'), showMeHidden: true });
    expect(view.help?.hidden).toBe(false);
    expect(view.links.map((l) => l.href)).toEqual(['tel:+4780030300', 'https://eid.difi.no/nb/minid']);
    // The way on, in words: try again, or a call (never "log in at minid.no": it has no login).
    expect(t(lang, 'hint.page-missing.why')).toMatch(/800 30 300/);
    expect(t(lang, 'hint.page-missing.why')).not.toMatch(/minid\.no/);
  });

  it.each<HintWords>(['choose', 'pin', 'save', 'done', 'sms-active', 'mobile', 'select', 'open-choice', 'off-pin-app'])('%s does not show them', (words) => {
    fromHtml('<input id="f">');
    const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
    hint.show(null, 'not-found');
    hint.show(document.getElementById('f'), words);
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
    document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector<HTMLElement>('[data-action="show-me"]')?.click();
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('93282061');
  });
});

describe('a script on the page cannot rewrite the hint (issue 14)', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const shadowOf = () => document.querySelector('[data-pinfri-hint]')!.shadowRoot!;
  const notFound = () => {
    const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
    hint.show(null, 'not-found');
    return hint;
  };
  const ours = () => ({
    links: parts().links,
    title: parts().title,
    why: shadowOf().querySelector('.why')?.textContent,
    buttons: Array.from(shadowOf().querySelectorAll('button')).map((b) => [b.textContent, b.getAttribute('data-action'), b.hasAttribute('disabled')]),
    children: shadowOf().querySelector('.help')?.childNodes.length,
  });

  it('puts back the number, the link, the words and the buttons', async () => {
    notFound();
    const before = ours();
    const shadow = shadowOf();
    const call = shadow.querySelector<HTMLAnchorElement>('[data-action="help-call"]')!;
    call.textContent = 'Ring 900 00 000';
    call.setAttribute('href', 'tel:+4790000000');
    shadow.querySelector('[data-action="help-site"]')!.setAttribute('href', 'https://minid-hjelp.example/');
    shadow.querySelector('.title')!.textContent = 'Ring oss nå';
    (shadow.querySelector('.why')!.firstChild as Text).data = 'Vi trenger koden din.';
    shadow.querySelector('[data-action="not-now"]')!.setAttribute('disabled', '');
    const extra = document.createElement('a');
    extra.href = 'tel:+4790000000';
    extra.textContent = 'Ring PIN-fri';
    shadow.querySelector('.help')!.append(extra);
    await settle();
    expect(ours()).toEqual(before);
    expect(before.links[0]).toEqual({ href: 'tel:+4780030300', text: t('nb', 'helpCall') });
  });

  it('puts back its style, removed nodes, the host\'s attributes, and drops a page\'s adopted sheets', async () => {
    notFound();
    const shadow = shadowOf();
    const host = document.querySelector('[data-pinfri-hint]')!;
    const style = shadow.querySelector('style')!;
    const css = style.textContent;
    style.textContent = '.help a { display: none }';
    shadow.querySelector('.callout')!.remove();
    host.setAttribute('hidden', '');
    shadow.append(document.createElement('div'));
    await settle();
    expect(shadow.querySelector('style')?.textContent).toBe(css);
    expect(shadow.querySelector('.callout .help a')?.getAttribute('href')).toBe('tel:+4780030300');
    expect(host.hasAttribute('hidden')).toBe(false);
    expect(shadow.childNodes.length).toBe(4);
  });

  it('drops a style sheet a page adopts into it, though that changes no node, within about a second', async () => {
    notFound();
    const shadow = shadowOf();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('a { display: none }');
    shadow.adoptedStyleSheets = [sheet];
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    await vi.waitFor(() => expect(shadow.adoptedStyleSheets).toHaveLength(0), { timeout: 2000, interval: 100 });
  });

  it('a page that keeps rewriting gets no hint at all, rather than a fight', async () => {
    const tamperedWith = vi.fn();
    const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal, tamperedWith);
    hint.show(null, 'not-found');
    for (let i = 0; i < 4; i++) {
      expect(tamperedWith).not.toHaveBeenCalled();
      expect(document.querySelector('[data-pinfri-hint]')).not.toBeNull();
      shadowOf().querySelector('.title')!.textContent = `Ring 900 00 00${i}`;
      await settle();
    }
    expect(document.querySelector('[data-pinfri-hint]')).toBeNull();
    expect(hint.dismissed).toBe(true);
    // So the content script says the page could not be read, and the popup says so, with the help.
    expect(tamperedWith).toHaveBeenCalledOnce();
    hint.show(null, 'not-found');
    expect(document.querySelector('[data-pinfri-hint]')).toBeNull();
  });

  it('"Ikke nå" is the person\'s choice, not tampering', () => {
    const tamperedWith = vi.fn();
    const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal, tamperedWith);
    hint.show(null, 'not-found');
    shadowOf().querySelector<HTMLElement>('[data-action="not-now"]')!.click();
    expect(hint.dismissed).toBe(true);
    expect(tamperedWith).not.toHaveBeenCalled();
  });

  it('shown again after destroy (a field that came back), it is guarded and patrolled again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
    try {
      const hint = notFound();
      hint.destroy();
      expect(document.querySelector('[data-pinfri-hint]')).toBeNull();
      hint.show(null, 'not-found');
      shadowOf().querySelector('.title')!.textContent = 'Ring oss nå';
      await vi.advanceTimersByTimeAsync(0);
      expect(parts().title).toBe(t('nb', 'hint.not-found.title'));
      expectCssomEditUndone(hint);
    } finally {
      vi.useRealTimers();
    }
  });

  it('its own changes are not tampering: many shows and state changes keep the hint', async () => {
    fromHtml('<label for="o">Kode på SMS</label><input id="o" type="radio">');
    const option = document.getElementById('o');
    const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
    for (let i = 0; i < 10; i++) {
      hint.show(option, i % 2 ? 'save' : 'choose');
      hint.show(null, 'not-found');
      await settle();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(hint.dismissed).toBe(false);
    expect(parts().state).toBe('not-found');
  });
});

describe('what a page cannot reach inside (issue 22)', () => {
  const shadowOf = () => document.querySelector('[data-pinfri-hint]')!.shadowRoot!;
  /** The elements that can take a shadow root, besides custom elements (DOM standard, attachShadow). */
  const SHADOW_HOSTS = new Set('article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '));

  it('no element in its tree can take a shadow root: a closed one would show instead of our words, with no record', () => {
    const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
    hint.show(null, 'not-found');
    const names = Array.from(shadowOf().querySelectorAll('*'), (el) => el.localName);
    expect(names.length).toBe(14);
    expect(names.filter((name) => SHADOW_HOSTS.has(name) || name.includes('-'))).toEqual([]);
    // Also after a rebuild, which builds the same tree again.
    shadowOf().querySelector('.title')!.textContent = 'Ring 900 00 000';
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(Array.from(shadowOf().querySelectorAll('*'), (el) => el.localName)).toEqual(names);
        resolve();
      }, 0),
    );
  });

  it('keeps what a screen reader needs: a named region, a heading of level 2, a polite live region', () => {
    createHint(HINT_TEXT['nn'], 'nn', controller.signal).show(null, 'not-found');
    const callout = shadowOf().querySelector('.callout')!;
    expect([callout.getAttribute('role'), callout.getAttribute('aria-label')]).toEqual(['region', t('nn', 'hintRegion')]);
    const title = shadowOf().querySelector('.title')!;
    expect([title.getAttribute('role'), title.getAttribute('aria-level'), title.textContent]).toEqual(['heading', '2', t('nn', 'hint.not-found.title')]);
    expect(shadowOf().querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('its host is a plain div, which no page can define: a page that defined the old name first changes nothing', () => {
    // The attack of issue 22: the page's constructor took the host's shadow root first, and ours threw.
    customElements.define(
      'pinfri-hint',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
    createHint(HINT_TEXT['nb'], 'nb', controller.signal).show(null, 'not-found');
    const host = document.querySelector('[data-pinfri-hint]')!;
    expect(host.localName).toBe('div');
    expect(() => host.attachShadow({ mode: 'closed' })).toThrow();
    expect(parts().links[0]).toEqual({ href: 'tel:+4780030300', text: t('nb', 'helpCall') });
  });

  /** A page's animation. Cancelled, its `finished` rejects; a browser marks that handled, happy-dom does not. */
  const pageAnimates = (el: Element, options: KeyframeAnimationOptions) => void el.animate([{ opacity: 0 }], options).finished.catch(() => undefined);

  it("cancels a page's animation, on the next show and at the next patrol, and counts it", () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
    try {
      const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
      hint.show(null, 'not-found');
      const host = document.querySelector('[data-pinfri-hint]')!;
      pageAnimates(host, { duration: 0, fill: 'forwards' });
      expect(host.getAnimations()).toHaveLength(1);
      hint.show(null, 'not-found');
      expect(host.getAnimations()).toHaveLength(0);
      pageAnimates(host, { duration: 100_000 });
      vi.advanceTimersByTime(1000);
      expect(host.getAnimations()).toHaveLength(0);
      expect(hint.dismissed).toBe(false);
      // Counted as tampering: a page that keeps at it gets no hint.
      for (let i = 0; i < 2; i++) {
        pageAnimates(host, { duration: 100_000 });
        vi.advanceTimersByTime(1000);
      }
      expect(hint.dismissed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the guard rebuilds, and only for what is not ours', () => {
  const shadowOf = () => document.querySelector('[data-pinfri-hint]')!.shadowRoot!;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('a keyboard user keeps focus on the same button when the page rewrites the hint', async () => {
    fromHtml('<label for="o">Kode på SMS</label><input id="o" type="radio">');
    createHint(HINT_TEXT['nb'], 'nb', controller.signal).show(document.getElementById('o'), 'choose');
    const before = shadowOf().querySelector<HTMLElement>('[data-action="show-me"]')!;
    before.focus();
    shadowOf().querySelector('.title')!.textContent = 'Ring 900 00 000';
    await settle();
    const after = shadowOf().querySelector<HTMLElement>('[data-action="show-me"]')!;
    // Built again: new nodes, our words, and focus where it was.
    expect(after).not.toBe(before);
    expect(shadowOf().querySelector('.title')?.textContent).toBe(t('nb', 'hint.choose.title'));
    expect(shadowOf().activeElement).toBe(after);
  });

  it('its patrol never counts the hint itself: shown for a minute, it stays', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
    try {
      const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
      hint.show(null, 'not-found');
      const style = shadowOf().querySelector('style');
      vi.advanceTimersByTime(60_000);
      expect(hint.dismissed).toBe(false);
      // Not built again either: the same nodes as at the start.
      expect(shadowOf().querySelector('style')).toBe(style);
    } finally {
      vi.useRealTimers();
    }
  });

  it('undoes an edit to its style sheet made through CSSOM, which changes no node, at the next patrol', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
    try {
      const hint = createHint(HINT_TEXT['nb'], 'nb', controller.signal);
      hint.show(null, 'not-found');
      expectCssomEditUndone(hint);
    } finally {
      vi.useRealTimers();
    }
  });

  it('announces each state once, politely', async () => {
    fromHtml('<label for="o">Kode på SMS</label><input id="o" type="radio">');
    const option = document.getElementById('o');
    const hint = createHint(HINT_TEXT['nn'], 'nn', controller.signal);
    const live = () => shadowOf().querySelector('[aria-live="polite"]');
    const changes: string[] = [];
    hint.show(option, 'choose');
    new MutationObserver((records) => {
      for (const r of records) if (r.target === live() && r.addedNodes.length > 0) changes.push(live()?.textContent ?? '');
    }).observe(shadowOf(), { subtree: true, childList: true, characterData: true });
    for (let i = 0; i < 3; i++) hint.show(option, 'choose');
    await new Promise((resolve) => setTimeout(resolve, 250));
    hint.show(option, 'save');
    hint.show(option, 'save');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(changes).toEqual([
      `PIN-fri. ${t('nn', 'hint.choose.title')} ${t('nn', 'hint.choose.why')}`,
      `PIN-fri. ${t('nn', 'hint.save.title')} ${t('nn', 'hint.save.why')}`,
    ]);
    expect(live()?.getAttribute('aria-atomic')).toBe('true');
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
      hint.show(document.getElementById('a'), words);
      const view = parts();
      expect(view).toMatchObject({ state: 'off-pin', title: t(lang, `hint.${words}.title`), showMeHidden: true });
      expect(view.title).toContain(names);
      expect(`${view.title} ${t(lang, `hint.${words}.why`)}`).not.toMatch(sms);
      controller.abort();
      controller = new AbortController();
    }
  });

  it('the words differ per method', () => {
    const titles = (['off-pin-other', 'off-pin-app', 'off-pin-totp', 'off-pin-webauthn'] as const).map((w) => t('nb', `hint.${w}.title`));
    expect(new Set(titles).size).toBe(4);
  });
});

describe('typed words', () => {
  it('a key or words that do not exist fail the typecheck (npm test runs tsc over the tests)', () => {
    // @ts-expect-error: no words 'typo'
    const key: HintTextKey = 'hint.typo.title';
    // @ts-expect-error: 'off-pin' is said with a method's words, never its own
    const words: HintWords = 'off-pin';
    // @ts-expect-error: PIN is never "off PIN codes"
    const pin: HintWords = 'off-pin-pin';
    expect([key, words, pin].map((k) => k in HINT_TEXT.nb)).toEqual([false, false, false]);
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
    document.querySelector('[data-pinfri-hint]')?.shadowRoot?.querySelector<HTMLElement>('[data-action="show-me"]')?.click();
    // "Vis meg" moves focus to the button; it never presses it.
    expect(document.activeElement).toBe(document.getElementById('e'));
  });
});
