/**
 * The marked option speaks for itself (issue 24): while the hint points at
 * «Kode på SMS», the option's own accessible description says that PIN-fri
 * suggests it, after the page's own, and only as long as the hint does
 * (aria-describedby naming a note of ours; README, "Observable contract").
 * happy-dom computes no accessibility tree: these check the attributes and
 * elements; test/e2e/ax.e2e.ts checks what Chromium's tree makes of them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHint } from '../../src/content/hint/hint';
import { createMarker } from '../../src/content/mark';
import { HINT_TEXT } from '../../src/core/hint/hint-text';
import { fromHtml } from './dom';

const OURS = HINT_TEXT.nb.optionSuggested;

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
});

const byId = (id: string) => document.getElementById(id)!;
const shadowOf = () => document.querySelector('[data-pinfri-hint]')!.shadowRoot!;
const hintFor = (lang: 'nb' | 'nn' | 'en' = 'nb') => createHint(HINT_TEXT[lang], lang, controller.signal);
/** Every element of the page and its open shadow roots (not the hint), with its attributes in order: what "as the page had it" means. */
function snapshot(root: ParentNode = document.body): string[] {
  return Array.from(root.querySelectorAll(':not([data-pinfri-hint])')).flatMap((el) => [
    `${el.localName} ${el.getAttributeNames().map((name) => `${name}=${JSON.stringify(el.getAttribute(name))}`).join(' ')}`,
    ...(el.shadowRoot ? snapshot(el.shadowRoot) : []),
  ]);
}
/** Our note, wherever it is: in the document or in a shadow root. */
const notes = (root: Document | ShadowRoot = document) => Array.from(root.querySelectorAll('#pinfri-suggests'));

/** What the option's description says of ours: the text of the note its aria-describedby names, in its own tree. */
function ours(control: Element): string | null {
  const ids = control.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  if (!ids.includes('pinfri-suggests')) return null;
  return (control.getRootNode() as Document | ShadowRoot).getElementById('pinfri-suggests')?.textContent ?? null;
}

describe('an option the page does not describe', () => {
  it.each(['nb', 'nn', 'en'] as const)('says our words, in the person\'s language (%s), from a note of ours that is not displayed', (lang) => {
    fromHtml('<input id="o" type="radio" name="m"><label for="o">Kode på SMS</label>');
    hintFor(lang).show(byId('o'), 'choose');
    expect(byId('o').getAttribute('aria-describedby')).toBe('pinfri-suggests');
    expect(ours(byId('o'))).toBe(HINT_TEXT[lang].optionSuggested);
    const [note] = notes();
    // Not displayed, so not read again as page text; a description still reads an element it names.
    expect((note as HTMLElement).hidden).toBe(true);
    expect(note?.hasAttribute('aria-hidden')).toBe(false);
    // Never inside the label: it would change the option's name.
    expect(note?.parentElement).toBe(document.body);
  });

  it('loses it at "Ikke nå", and the attribute is gone as if never there', () => {
    fromHtml('<input id="o" type="radio" name="m"><label for="o">Kode på SMS</label>');
    const before = snapshot();
    hintFor().show(byId('o'), 'pin');
    (shadowOf().querySelector('[data-action="not-now"]') as HTMLElement).click();
    expect(snapshot()).toEqual(before);
  });

  it('loses it at Escape, and a dismissed hint does not give it back', () => {
    fromHtml('<input id="o" type="radio" name="m">');
    const hint = hintFor();
    hint.show(byId('o'), 'choose');
    shadowOf().querySelector('[data-action="show-me"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(hint.dismissed).toBe(true);
    expect(byId('o').hasAttribute('aria-describedby')).toBe(false);
    hint.show(byId('o'), 'choose');
    expect(byId('o').hasAttribute('aria-describedby')).toBe(false);
    expect(notes()).toHaveLength(0);
  });

  it('loses it when the guard withdraws the hint from a page that keeps rewriting it', async () => {
    fromHtml('<input id="o" type="radio" name="m">');
    const hint = hintFor();
    hint.show(byId('o'), 'choose');
    for (let i = 0; i < 4 && !hint.dismissed; i++) {
      shadowOf().querySelector('.title')!.textContent = `Velg PIN ${i}`;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(hint.dismissed).toBe(true);
    expect(byId('o').hasAttribute('aria-describedby')).toBe(false);
    expect(notes()).toHaveLength(0);
  });

  it.each(['save', 'done', 'off-pin-app', 'sms-unavailable'] as const)('loses it when the hint no longer suggests SMS: %s', (words) => {
    fromHtml('<input id="o" type="radio" name="m">');
    const hint = hintFor();
    hint.show(byId('o'), 'choose');
    hint.show(byId('o'), words);
    expect(byId('o').hasAttribute('aria-describedby')).toBe(false);
    expect(notes()).toHaveLength(0);
  });

  it('loses it when the page view ends (SPA navigation, unload)', () => {
    fromHtml('<input id="o" type="radio" name="m">');
    hintFor().show(byId('o'), 'choose');
    controller.abort();
    expect(byId('o').hasAttribute('aria-describedby')).toBe(false);
    expect(notes()).toHaveLength(0);
  });

  it('moves with the hint to a new option (a re-rendered page), leaving the old one as it was', () => {
    fromHtml('<input id="a" type="radio" name="m"><input id="b" type="radio" name="m">');
    const hint = hintFor();
    hint.show(byId('a'), 'choose');
    hint.show(byId('b'), 'choose');
    expect(byId('a').hasAttribute('aria-describedby')).toBe(false);
    expect(ours(byId('b'))).toBe(OURS);
    expect(notes()).toHaveLength(1);
  });

  it('describes a <select> itself, in words that name the entry', () => {
    fromHtml('<select id="s"><option>Kode fra PIN-kodebrev</option><option>Kode på SMS</option></select>');
    hintFor().show(byId('s'), 'select');
    expect(ours(byId('s'))).toBe(OURS);
    expect(OURS).toContain('«Kode på SMS»');
  });
});

describe('an option the page describes by aria-describedby', () => {
  const PAGE = '<input id="o" type="radio" name="m" aria-describedby="d1  d2"><label for="o">Kode på SMS</label><p id="d1">Vi sender koden til mobilnummeret ditt.</p><p id="d2">Gratis.</p>';

  it('keeps the page\'s ids first and adds our note\'s id, with our words only', () => {
    fromHtml(PAGE);
    hintFor().show(byId('o'), 'choose');
    expect(byId('o').getAttribute('aria-describedby')).toBe('d1  d2 pinfri-suggests');
    expect(ours(byId('o'))).toBe(OURS);
    // Never inside the page's description: it would change what that says.
    expect(notes()[0]?.parentElement).toBe(document.body);
  });

  it('restores the attribute exactly, to the byte, and removes our element', () => {
    fromHtml(PAGE);
    const before = snapshot();
    const hint = hintFor();
    hint.show(byId('o'), 'pin');
    hint.show(byId('o'), 'done');
    expect(byId('o').getAttribute('aria-describedby')).toBe('d1  d2');
    expect(notes()).toHaveLength(0);
    hint.destroy();
    expect(snapshot()).toEqual(before);
  });

  it('never reads the page\'s description into ours', () => {
    fromHtml(PAGE.replace('Vi sender', '<b>Vi sender</b>'));
    hintFor().show(byId('o'), 'choose');
    expect(notes()[0]?.textContent).toBe(OURS);
    expect(notes()[0]?.children).toHaveLength(0);
  });

  it('does not undo a change the page made to the attribute in the meantime', () => {
    fromHtml(PAGE);
    const hint = hintFor();
    hint.show(byId('o'), 'choose');
    byId('o').setAttribute('aria-describedby', 'd2');
    hint.show(byId('o'), 'save');
    expect(byId('o').getAttribute('aria-describedby')).toBe('d2');
    expect(notes()).toHaveLength(0);
  });

  it('shown again and again (every scan), writes once', () => {
    fromHtml(PAGE);
    const hint = hintFor();
    for (let i = 0; i < 3; i++) hint.show(byId('o'), 'choose');
    expect(byId('o').getAttribute('aria-describedby')).toBe('d1  d2 pinfri-suggests');
    expect(notes()).toHaveLength(1);
  });
});

describe('an option the page describes by aria-description or title alone', () => {
  it.each(['aria-description="Gratis."', 'title="Gratis."'])('keeps its own words (%s): ours would silence them, and we never read them', (attr) => {
    fromHtml(`<input id="o" type="radio" name="m" ${attr}>`);
    const before = snapshot();
    hintFor().show(byId('o'), 'choose');
    expect(snapshot()).toEqual(before);
    expect(notes()).toHaveLength(0);
  });
});

describe('Digdir\'s components: the control inside the shadow root speaks', () => {
  it('<mid-radio>: the radio in its shadow root, not the presentational host', () => {
    fromHtml('<mid-radio id="h" role="presentation">Kode på SMS<template data-shadow><input type="radio" part="radio"><label part="label"><slot></slot></label></template></mid-radio>');
    const host = byId('h');
    const radio = host.shadowRoot!.querySelector('input')!;
    hintFor().show(host, 'choose');
    expect(ours(radio)).toBe(OURS);
    expect(host.hasAttribute('aria-describedby')).toBe(false);
    // The id resolves in the radio's own tree: the note is in the shadow root.
    expect(notes(host.shadowRoot!)).toHaveLength(1);
    expect(notes()).toHaveLength(0);
    controller.abort();
    expect(radio.hasAttribute('aria-describedby')).toBe(false);
    expect(notes(host.shadowRoot!)).toHaveLength(0);
  });

  it('"Vis meg" moves focus to that radio itself: the host\'s own focus(), which forwards, is the page\'s script, unseen by ours', () => {
    fromHtml('<mid-radio id="h" role="presentation">Kode på SMS<template data-shadow><input type="radio"></template></mid-radio>');
    const host = byId('h');
    hintFor().show(host, 'choose');
    (shadowOf().querySelector('[data-action="show-me"]') as HTMLElement).click();
    expect(host.shadowRoot!.activeElement).toBe(host.shadowRoot!.querySelector('input'));
  });

  it('<mid-radio-button>: the button with role=radio', () => {
    fromHtml('<mid-radio-button id="h">Kode på SMS<template data-shadow><button role="radio" aria-checked="false"><slot></slot></button></template></mid-radio-button>');
    hintFor().show(byId('h'), 'pin');
    expect(ours(byId('h').shadowRoot!.querySelector('button')!)).toBe(OURS);
  });

  it('a control described inside its shadow root: the page\'s ids first, then ours', () => {
    fromHtml('<mid-radio id="h">Kode på SMS<template data-shadow><input type="radio" aria-describedby="help"><span id="help">Vi sender koden.</span></template></mid-radio>');
    const shadow = byId('h').shadowRoot!;
    hintFor().show(byId('h'), 'choose');
    expect(shadow.querySelector('input')!.getAttribute('aria-describedby')).toBe('help pinfri-suggests');
    expect(ours(shadow.querySelector('input')!)).toBe(OURS);
  });

  it('another element with a shadow root (role=radio) is itself the radio', () => {
    fromHtml('<x-choice id="h" role="radio" aria-checked="false">Kode på SMS<template data-shadow><input type="checkbox"><slot></slot></template></x-choice>');
    hintFor().show(byId('h'), 'choose');
    expect(ours(byId('h'))).toBe(OURS);
  });
});

describe('the marker takes the description with the mark', () => {
  it('when the option is gone from the page, or unmarked', () => {
    fromHtml('<div id="box"><input id="o" type="radio" name="m"></div>');
    const marker = createMarker(controller.signal);
    const option = byId('o');
    marker.mark(option, 'sms');
    hintFor().show(option, 'choose');
    option.remove();
    marker.dropIfGone();
    expect(option.hasAttribute('aria-describedby')).toBe(false);
    expect(notes()).toHaveLength(0);
    expect(option.hasAttribute('data-pinfri-target')).toBe(false);
  });

  it('but not for another element it marks (the mobile field)', () => {
    fromHtml('<input id="o" type="radio" name="m"><input id="tel">');
    const marker = createMarker(controller.signal);
    hintFor().show(byId('o'), 'choose');
    marker.mark(byId('tel'), 'mobile');
    marker.unmark();
    expect(ours(byId('o'))).toBe(OURS);
  });
});
