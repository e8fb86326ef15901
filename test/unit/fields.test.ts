/**
 * The text-field finders against small pages: the field for the code from SMS
 * on a login page, and the mobile-number field on the contact page. The field
 * that should be found carries data-expect (the finders never read it).
 * Values in the snippets are there to prove nothing depends on them.
 */
import { describe, expect, it } from 'vitest';
import { findMobileField, findSmsCodeField, formActions, MAX_FORM_ACTIONS } from '../../src/core/find/fields';
import { accessibleName } from '../../src/core/find/finder';
import { deepQuery, fromHtml } from './dom';

interface Case {
  name: string;
  html: string;
}

/** Roughly what Digdir's <mid-textfield> renders: a label[for] holding the label slot, an input. */
const midTextfield = (label: string, attrs = '') =>
  `<mid-textfield label="${label}" ${attrs}><template data-shadow><div class="ds-field"><label for="i1" class="ds-label"><slot name="label"> ${label} </slot></label><input id="i1" class="ds-input" type="text"></div></template></mid-textfield>`;

const smsFound: Case[] = [
  { name: 'nb: label[for] "Kode fra SMS"', html: `<label for="c">Kode fra SMS</label><input id="c" type="text" inputmode="numeric" data-expect><button>Neste</button>` },
  { name: 'nn: "Kode frå SMS"', html: `<label for="c">Kode frå SMS</label><input id="c" data-expect>` },
  { name: 'en: "Code from SMS" with the phone number in the label', html: `<label for="c">Code from SMS (93282061)</label><input id="c" type="tel" value="123456" data-expect>` },
  { name: 'nb: "Engangskode fra SMS", wrapping label', html: `<label>Engangskode fra SMS <input type="number" data-expect></label>` },
  { name: 'nb: "SMS-kode" as aria-label', html: `<input type="text" aria-label="SMS-kode" autocomplete="one-time-code" data-expect>` },
  { name: 'nb: aria-labelledby "Skriv inn koden fra SMS"', html: `<span id="l">Skriv inn koden fra SMS</span><input aria-labelledby="l" data-expect>` },
  { name: 'en: "Enter the code we sent by SMS"', html: `<label for="c">Enter the code we sent by SMS</label><input id="c" type="text" data-expect>` },
  { name: 'minid-elements: <mid-textfield label="Kode fra SMS"> host, not its inner input', html: `<form>${midTextfield('Kode fra SMS', 'data-expect')}</form>` },
  { name: 'minid-elements: <mid-code-input label="Kode frå SMS">', html: `<mid-code-input label="Kode frå SMS" data-expect><template data-shadow><label id="l">Kode frå SMS</label><input aria-labelledby="l"></template></mid-code-input>` },
  { name: 'mid-textfield inside an app shell shadow root', html: `<x-app><template data-shadow><main>${midTextfield('Code from SMS', 'data-expect')}</main></template></x-app>` },
  { name: 'mid-textfield with a slot="label" child instead of the attribute', html: `<mid-textfield data-expect><span slot="label">Kode fra SMS</span><template data-shadow><input type="text"></template></mid-textfield>` },
  { name: 'password field first, then the code field', html: `<label for="p">Passord</label><input id="p" type="password"><label for="c">Kode fra SMS</label><input id="c" data-expect>` },
  { name: 'placeholder as the only name', html: `<input type="text" placeholder="Kode fra SMS" data-expect>` },
  { name: 'decoys around it: resend link, prose, notification checkbox', html: `<p>Vi har sendt deg en kode på SMS.</p><label><input type="checkbox"> Varsel på SMS</label>
    <label for="c">Kode fra SMS</label><input id="c" data-expect><a href="#">Send ny kode på SMS</a>` },
];

smsFound.push({
  name: 'se: Northern Sami "Koda maid ožžot SMS bokte:" (docs/PAGES.md "Wording")',
  html: `<form>${midTextfield('Koda maid ožžot SMS bokte:', 'data-expect')}</form>`,
});

const smsNotFound: Case[] = [
  { name: 'PIN code field (nb)', html: `<label for="c">Kode fra PIN-kodebrev</label><input id="c" type="text">` },
  { name: 'PIN code field (nn, mid-textfield)', html: midTextfield('Kode frå PIN-kodebrev') },
  { name: 'password field', html: `<label for="p">Passord</label><input id="p" type="password">` },
  { name: 'phone number field that mentions SMS', html: `<label for="m">Mobilnummer for kode på SMS</label><input id="m" type="tel">` },
  { name: 'SMS notification checkbox', html: `<label><input type="checkbox"> Kode fra SMS</label>` },
  { name: 'SMS option radio on a settings page', html: `<label><input type="radio" name="m"> Kode på SMS</label>` },
  { name: 'prose only', html: `<p>Skriv inn kode fra SMS i feltet under.</p><h1>Kode fra SMS</h1>` },
  { name: 'a button "Send ny kode på SMS"', html: `<button>Send ny kode på SMS</button><input type="submit" value="Kode fra SMS">` },
  { name: 'hidden input carrying the wording', html: `<input type="hidden" aria-label="Kode fra SMS">` },
  { name: 'hidden field in a hidden step', html: `<div hidden><label for="c">Kode fra SMS</label><input id="c"></div>` },
  { name: '"Engangskode" alone (could be the app)', html: `<label for="c">Engangskode</label><input id="c">` },
  { name: 'code from the MinID app', html: `<label for="c">Kode fra MinID-appen</label><input id="c">` },
  { name: 'a paragraph-long label', html: `<label for="c">Hvis du ikke har fått kode fra SMS innen fem minutter, kan du be om en ny kode eller ringe brukerstøtte</label><input id="c">` },
  { name: 'inside a closed shadow root', html: `<x-a><template data-shadow="closed"><label for="c">Kode fra SMS</label><input id="c"></template></x-a>` },
  { name: 'user name field', html: `<label for="u">Fødselsnummer</label><input id="u" type="text">` },
];

const mobileFound: Case[] = [
  { name: 'se: "Mobilnummar"', html: `<label for="m">Mobilnummar</label><input id="m" type="tel" data-expect>` },
  { name: 'nb: label[for] Mobilnummer, type=tel', html: `<label for="m">Mobilnummer</label><input id="m" type="tel" value="93282061" data-expect>` },
  { name: 'nn: Mobilnummer (valfritt)', html: `<label for="m">Mobilnummer (valfritt)</label><input id="m" type="text" data-expect>` },
  { name: 'en: Mobile phone number', html: `<label for="m">Mobile phone number</label><input id="m" type="tel" data-expect>` },
  { name: 'Mobiltelefonnummer, wrapping label', html: `<label>Mobiltelefonnummer <input type="tel" data-expect></label>` },
  { name: 'aria-label Mobilnummer, no type', html: `<input aria-label="Mobilnummer" data-expect>` },
  { name: 'minid-elements: <mid-phone-input label="Mobilnummer">', html: `<mid-phone-input label="Mobilnummer" data-expect><template data-shadow><label for="p">Mobilnummer</label><button aria-label="Velg land">+47</button><input id="p" type="tel"></template></mid-phone-input>` },
  { name: 'minid-elements: <mid-textfield label="Mobile phone number" type="tel">', html: midTextfield('Mobile phone number', 'type="tel" data-expect') },
  { name: 'e-mail first, then the mobile field', html: `<label for="e">E-postadresse</label><input id="e" type="email"><label for="m">Mobilnummer</label><input id="m" type="tel" data-expect>` },
  { name: 'decoys around it: SMS checkbox, "Endre mobilnummer" link, prose', html: `<p>Mobilnummeret ditt brukes til kode på SMS.</p><a href="/m">Endre mobilnummer</a>
    <label><input type="checkbox" checked> Varsler på SMS</label><label for="m">Mobilnummer</label><input id="m" type="tel" data-expect>` },
  { name: 'inside an app shell shadow root', html: `<x-app><template data-shadow><label for="m">Mobilnummer</label><input id="m" type="tel" data-expect></template></x-app>` },
  { name: 'the contact-register replica form', html: `<form><p><label for="mobile">Mobilnummer</label><br><input id="mobile" name="mobile" type="tel" autocomplete="tel" value="93282061" data-expect></p>
    <p><label for="email">E-postadresse</label><br><input id="email" name="email" type="email"></p><p><input type="checkbox" id="n" checked> <label for="n">Varsler på SMS</label></p><p><button type="submit">Lagre</button></p></form>` },
];

const mobileNotFound: Case[] = [
  { name: 'e-mail field', html: `<label for="e">E-postadresse</label><input id="e" type="email">` },
  { name: 'e-mail field typed as text', html: `<label for="e">E-post</label><input id="e" type="text">` },
  { name: 'SMS notification checkbox', html: `<label><input type="checkbox"> Varsel på SMS til mobilnummer</label>` },
  { name: '"Endre mobilnummer" link and button', html: `<a href="/m">Endre mobilnummer</a><button>Endre mobilnummer</button>` },
  { name: 'prose only', html: `<p>Mobilnummer: 932 82 061</p><h2>Mobilnummer</h2>` },
  { name: 'hidden mobile field', html: `<input type="hidden" name="mobile" aria-label="Mobilnummer">` },
  { name: 'code from SMS field (login page)', html: `<label for="c">Kode fra SMS</label><input id="c">` },
  { name: 'radio "Mobil"', html: `<label><input type="radio" name="c"> Mobil</label>` },
  { name: '"Endre mobilnummer" on a mid-textfield label', html: midTextfield('Endre mobilnummer') },
  { name: 'MinID mobile app field', html: `<label for="x">Mobile app name</label><input id="x">` },
];

describe('findSmsCodeField finds the field for the code from SMS', () => {
  it.each(smsFound)('$name', ({ html }) => {
    const root = fromHtml(html);
    const expected = deepQuery(root, '[data-expect]');
    expect(expected).not.toBeNull();
    expect(findSmsCodeField(document)?.element).toBe(expected);
  });
});

describe('findSmsCodeField finds nothing on decoys', () => {
  it.each(smsNotFound)('$name', ({ html }) => {
    fromHtml(html);
    expect(findSmsCodeField(document)).toBeNull();
  });
});

describe('findMobileField finds the mobile-number field', () => {
  it.each(mobileFound)('$name', ({ html }) => {
    const root = fromHtml(html);
    const expected = deepQuery(root, '[data-expect]');
    expect(expected).not.toBeNull();
    expect(findMobileField(document)?.element).toBe(expected);
  });
});

describe('findMobileField finds nothing on decoys', () => {
  it.each(mobileNotFound)('$name', ({ html }) => {
    fromHtml(html);
    expect(findMobileField(document)).toBeNull();
  });
});

describe('privacy', () => {
  it('never reads a field value', () => {
    fromHtml(`<label for="c">Kode fra SMS</label><input id="c" value="123456"><label for="m">Mobilnummer</label><input id="m" type="tel" value="93282061">`);
    const inputs = Array.from(document.querySelectorAll('input'));
    for (const input of inputs) {
      Object.defineProperty(input, 'value', {
        get() {
          throw new Error('value read');
        },
      });
    }
    expect(() => findSmsCodeField(document)).not.toThrow();
    expect(() => findMobileField(document)).not.toThrow();
    expect(findSmsCodeField(document)?.element.id).toBe('c');
    expect(findMobileField(document)?.element.id).toBe('m');
  });
});

describe('accessibleName of Digdir field hosts', () => {
  it('uses the label attribute, after aria-labelledby and aria-label', () => {
    fromHtml(`<span id="n">Fra id</span><mid-textfield id="a" label="Fra label" aria-labelledby="n"></mid-textfield>
      <mid-textfield id="b" label="Fra label" aria-label="Fra aria"></mid-textfield><mid-phone-input id="c" label="Mobilnummer"></mid-phone-input>
      <mid-code-input id="d"><span slot="label">Fra slot</span></mid-code-input>`);
    const name = (id: string) => accessibleName(document.getElementById(id)!);
    expect(name('a')).toBe('Fra id');
    expect(name('b')).toBe('Fra aria');
    expect(name('c')).toBe('Mobilnummer');
    expect(name('d')).toBe('Fra slot');
  });
});

it('has enough snippets', () => {
  expect(smsFound.length + smsNotFound.length).toBeGreaterThanOrEqual(12);
  expect(mobileFound.length + mobileNotFound.length).toBeGreaterThanOrEqual(10);
});

describe('formActions: the buttons the hint keeps clear of', () => {
  const actions = (html: string, field = '[data-field]') => {
    const root = fromHtml(html);
    return formActions(deepQuery(root, field)!).map((el) => el.getAttribute('data-send') ?? `?${el.localName}`);
  };

  it('finds the buttons that send the field\'s form, not the ones that do something else', () => {
    expect(
      actions(`<form><label for="c">Kode fra SMS</label><input id="c" data-field>
        <button type="button">Vis kode</button><button data-send="next">Neste</button>
        <input type="submit" value="Lagre" data-send="save"><input type="reset"><input type="image" alt="OK" data-send="image">
        <button type="submit" hidden>Skjult</button><input type="hidden" name="csrf"></form>`),
    ).toEqual(['next', 'save', 'image']);
  });

  it('finds Digdir\'s <mid-button> from a <mid-textfield>, and walks out of an app shell\'s shadow root', () => {
    expect(actions(`<form>${midTextfield('Kode fra SMS', 'data-field')}<mid-button type="submit" data-send="next">Neste</mid-button><mid-button type="button">Avbryt</mid-button></form>`)).toEqual(['next']);
    // The field sits in a shadow root inside the form: the form is found through the host.
    expect(actions(`<form><x-part><template data-shadow><input aria-label="Kode fra SMS" data-field></template></x-part><button data-send="go">Neste</button></form>`)).toEqual(['go']);
  });

  it('gives nothing without a form, and never more than a few', () => {
    expect(actions(`<label for="c">Kode fra SMS</label><input id="c" data-field><button>Neste</button>`)).toEqual([]);
    const many = Array.from({ length: 10 }, (_, i) => `<button data-send="b${i}">B${i}</button>`).join('');
    expect(actions(`<form><input data-field>${many}</form>`)).toHaveLength(MAX_FORM_ACTIONS);
  });
});
