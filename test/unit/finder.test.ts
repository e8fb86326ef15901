/**
 * The matcher against small pages. Each case says which page variant or decoy
 * taught it. The expected target carries data-expect (the matcher never reads it).
 */
import { describe, expect, it } from 'vitest';
import { accessibleName, findMethodSummary, findSmsOption, walkDeep } from '../../src/core/find/finder';
import { deepQuery, fromHtml } from './dom';

interface Case {
  name: string;
  html: string;
  state?: string;
  /** The method chosen right now (SmsOption.chosen). */
  chosen?: string | null;
  /** «Kode på SMS» cannot be chosen yet (SmsOption.unavailable); false unless said. */
  unavailable?: boolean;
}

const PLAIN_NB = `
  <form><fieldset><legend>Hvordan vil du motta engangskode?</legend>
    <input type="radio" id="l" name="login-preference" value="letter" checked><label for="l">Kode fra PIN-kodebrev</label>
    <input type="radio" id="s" name="login-preference" value="sms" data-expect><label for="s">Kode på SMS</label>
  </fieldset><a href="/endre">Endre mobilnummer</a><button>Lagre</button><button type="button">Avbryt</button></form>`;

const found: Case[] = [
  { name: 'old plain page, nb (2017 mockup: label[for], name=login-preference)', html: PLAIN_NB, state: 'pin-selected' },
  {
    name: 'old plain page, nn',
    html: `<form><input type="radio" id="l" name="login-preference" value="letter" checked><label for="l">Kode frå PIN-kodebrev</label>
      <input type="radio" id="s" name="login-preference" value="sms" data-expect><label for="s">Kode på SMS</label></form>`,
    state: 'pin-selected',
  },
  {
    name: 'old plain page, en, with the phone number in the label',
    html: `<form><input type="radio" id="l" name="login-preference" value="letter"><label for="l">Code from PIN-code letter</label>
      <input type="radio" id="s" name="login-preference" value="sms" checked data-expect><label for="s">Code from SMS (93282061)</label></form>`,
    state: 'sms-selected',
  },
  {
    name: 'en "Code on SMS"',
    html: `<input type="radio" name="m" id="a"><label for="a">Code from PIN-code letter</label><input type="radio" name="m" id="b" data-expect><label for="b">Code on SMS</label>`,
    state: 'none-selected',
  },
  {
    name: 'wrapping labels, no ids',
    html: `<label><input type="radio" name="m" checked> Kode fra PIN-kodebrev</label><label><input type="radio" name="m" data-expect> Kode på SMS</label>`,
    state: 'pin-selected',
  },
  {
    name: 'NBSP, odd case and extra whitespace',
    html: `<label><input type="radio" name="m"> PIN-kodebrev</label><label><input type="radio" name="m" data-expect>  KODE&nbsp;på\n  sms </label>`,
  },
  {
    name: 'engangskoder på SMS (method name)',
    html: `<label><input type="radio" name="m"> Engangskoder på SMS</label><label><input type="radio" name="m"> MinID-app</label>`.replace('<input type="radio" name="m">', '<input type="radio" name="m" data-expect>'),
  },
  {
    name: 'nn eingongskode på SMS',
    html: `<label><input type="radio" name="m" data-expect> Eingongskode på SMS</label><label><input type="radio" name="m"> Kode frå PIN-kodebrev</label>`,
  },
  {
    name: 'SMS-kode',
    html: `<label><input type="radio" name="m" data-expect> SMS-kode</label><label><input type="radio" name="m"> PIN-kode</label>`,
  },
  {
    name: 'en one-time code via SMS',
    html: `<label><input type="radio" name="m" data-expect> One-time code via SMS</label><label><input type="radio" name="m"> MinID app</label>`,
  },
  {
    name: 'just "SMS" next to "PIN-kodebrev"',
    html: `<label><input type="radio" name="m" data-expect> SMS</label><label><input type="radio" name="m"> PIN-kodebrev</label>`,
  },
  {
    name: 'aria-label on the radio',
    html: `<input type="radio" name="m" aria-label="Kode fra PIN-kodebrev"><input type="radio" name="m" aria-label="Kode på SMS" data-expect>`,
  },
  {
    name: 'aria-labelledby on the radio',
    html: `<input type="radio" name="m" aria-labelledby="t1"><span id="t1">PIN-kodebrev</span>
      <input type="radio" name="m" aria-labelledby="t2 t3" data-expect><span id="t2">Kode</span> <span id="t3">på SMS</span>`,
  },
  {
    name: 'label[for] in a table layout',
    html: `<table><tr><td><input type="radio" name="m" id="a"></td><td><label for="a">Kode fra PIN-kodebrev</label></td></tr>
      <tr><td><input type="radio" name="m" id="b" data-expect></td><td><label for="b">Kode på SMS</label></td></tr></table>`,
  },
  {
    name: 'role=radio in a role=radiogroup (ARIA widget)',
    html: `<div role="radiogroup"><div role="radio" aria-checked="true" tabindex="0">Kode fra PIN-kodebrev</div><div role="radio" aria-checked="false" tabindex="-1" data-expect>Kode på SMS</div></div>`,
    state: 'pin-selected',
  },
  {
    name: 'role=option in a listbox',
    html: `<ul role="listbox"><li role="option" aria-selected="false">MinID-app</li><li role="option" aria-selected="true" data-expect>Kode på SMS</li></ul>`,
    state: 'sms-selected',
  },
  {
    name: 'role=menuitemradio',
    html: `<div role="menu"><div role="menuitemradio" aria-checked="false" data-expect>Kode på SMS</div><div role="menuitemradio" aria-checked="true">MinID-app</div></div>`,
    state: 'other-selected',
  },
  {
    name: 'minid-elements: mid-radio hosts in a mid-radio-group (label is slotted text)',
    html: `<mid-radio-group label="Innloggingsmetode"><template data-shadow><fieldset role="radiogroup"><slot></slot></fieldset></template>
      <mid-radio value="pin" checked>Kode fra PIN-kodebrev<template data-shadow><input type="radio" class="ds-input"><label><slot></slot></label></template></mid-radio>
      <mid-radio value="sms" data-expect>Kode på SMS<template data-shadow><input type="radio" class="ds-input"><label><slot></slot></label></template></mid-radio>
      <mid-radio value="app">MinID-app<template data-shadow><input type="radio" class="ds-input"><label><slot></slot></label></template></mid-radio>
    </mid-radio-group>`,
    state: 'pin-selected',
  },
  {
    name: 'minid-elements: mid-radio-button (button role=radio inside)',
    html: `<mid-radio-group><mid-radio-button value="pin">PIN code letter<template data-shadow><button role="radio" aria-checked="false"><slot></slot></button></template></mid-radio-button>
      <mid-radio-button value="sms" checked data-expect>Code on SMS<template data-shadow><button role="radio" aria-checked="true"><slot></slot></button></template></mid-radio-button></mid-radio-group>`,
    state: 'sms-selected',
  },
  {
    name: 'minid-elements nested inside an app shadow root',
    html: `<minid-app><template data-shadow><main><h1>Innstillinger</h1>
      <mid-radio-group><mid-radio value="pin" checked>Kode fra PIN-kodebrev<template data-shadow><input type="radio"></template></mid-radio>
      <mid-radio value="sms" data-expect>Kode på SMS<template data-shadow><input type="radio"></template></mid-radio></mid-radio-group></main></template></minid-app>`,
    state: 'pin-selected',
  },
  {
    name: 'native radios inside a generic open shadow root with label[for] in that root',
    html: `<settings-form><template data-shadow><input type="radio" name="m" id="p"><label for="p">PIN-kodebrev</label>
      <input type="radio" name="m" id="s" data-expect><label for="s">Kode på SMS</label></template></settings-form>`,
  },
  {
    name: 'buttons in a chooser list with other methods',
    html: `<ul><li><button>MinID-app</button></li><li><button data-expect>Kode på SMS</button></li><li><button>PIN-kodebrev</button></li></ul>`,
    state: 'unknown',
  },
  {
    name: 'links in a chooser with aria-current',
    html: `<nav><ul><li><a href="?m=pin" aria-current="page">Kode fra PIN-kodebrev</a></li><li><a href="?m=sms" data-expect>Kode på SMS</a></li></ul></nav>`,
    state: 'pin-selected',
  },
  {
    name: 'prefers the grouped option over a lone radio elsewhere',
    html: `<label><input type="radio" name="x"> Kode via SMS</label>
      <fieldset><label><input type="radio" name="m"> Kode fra PIN-kodebrev</label><label><input type="radio" name="m" data-expect> Kode på SMS</label></fieldset>`,
  },
  {
    name: 'decoys around a real choice: notification checkbox, change-number link, code field, prose',
    html: `<p>Kode på SMS er tryggere enn PIN-kode.</p><h2>Kode på SMS</h2>
      <label><input type="checkbox"> Send meg varsel på SMS</label><a href="/mobil">Endre mobilnummer</a>
      <label for="code">Kode fra SMS</label><input id="code" type="text">
      <label><input type="radio" name="m"> PIN-kodebrev</label><label><input type="radio" name="m" data-expect> Kode på SMS</label>`,
  },
  {
    name: 'an aria-disabled but visible SMS option is still the one to point at',
    html: `<label><input type="radio" name="m" checked> PIN-kodebrev</label><label><input type="radio" name="m" aria-disabled="true" data-expect> Kode på SMS</label>`,
    unavailable: true,
  },
  {
    name: 'SMS option with a description in the label',
    html: `<label><input type="radio" name="m"> PIN-kodebrev</label><label><input type="radio" name="m" data-expect> Kode på SMS <small>(til 932 82 061)</small></label>`,
  },
  {
    name: 'tekstmelding instead of SMS',
    html: `<label><input type="radio" name="m"> PIN-kodebrev</label><label><input type="radio" name="m" data-expect> Engangskode på tekstmelding</label>`,
  },
  // Every login method (docs/PAGES.md "Login methods") and every common way to offer the choice.
  {
    name: 'a <select> drop-down: the <select> is the target, the entry shown is the choice',
    html: `<label for="m">Innloggingsmetode</label><select id="m" data-expect><option value="pin" selected>Kode fra PIN-kodebrev</option><option value="sms">Kode på SMS</option><option value="app">MinID-appen</option></select>`,
    state: 'pin-selected',
    chosen: 'pin',
  },
  {
    name: 'a <select> showing its placeholder: nothing chosen yet',
    html: `<select data-expect><option value="">Velg …</option><option value="sms">Kode på SMS</option><option value="app">MinID-appen</option></select>`,
    state: 'none-selected',
    chosen: null,
  },
  {
    name: 'a <select> with the MinID app chosen (en)',
    html: `<select data-expect><option value="letter">Code from PIN code letter</option><option value="sms">Code on SMS</option><option value="app" selected>MinID app</option></select>`,
    state: 'other-selected',
    chosen: 'app',
  },
  {
    name: 'Designsystemet markup: ds-fieldset, ds-field, ds-input, ds-label; an authenticator app is saved',
    html: `<fieldset class="ds-fieldset"><legend class="ds-label">Innloggingsmetode</legend>
      <div class="ds-field"><input class="ds-input" type="radio" name="m" id="p"><label class="ds-label" for="p">Kode fra PIN-kodebrev</label></div>
      <div class="ds-field"><input class="ds-input" type="radio" name="m" id="s" data-expect><label class="ds-label" for="s">Kode på SMS</label></div>
      <div class="ds-field"><input class="ds-input" type="radio" name="m" id="a"><label class="ds-label" for="a">MinID-appen</label></div>
      <div class="ds-field"><input class="ds-input" type="radio" name="m" id="t" checked><label class="ds-label" for="t">Autentiseringsapp</label></div>
      <div class="ds-field"><input class="ds-input" type="radio" name="m" id="w"><label class="ds-label" for="w">Sikkerhetsnøkkel</label></div></fieldset>`,
    state: 'other-selected',
    chosen: 'totp',
  },
  {
    name: 'ARIA radios named by aria-labelledby (nn); a security key is saved',
    html: `<div role="radiogroup" aria-labelledby="g"><span id="g">Innloggingsmåte</span>
      <div role="radio" aria-checked="false" aria-labelledby="l1" tabindex="-1"><span id="l1">Kode frå PIN-kodebrev</span></div>
      <div role="radio" aria-checked="false" aria-labelledby="l2" tabindex="-1" data-expect><span id="l2">Kode på SMS</span></div>
      <div role="radio" aria-checked="true" aria-labelledby="l3" tabindex="0"><span id="l3">Tryggleiksnøkkel</span></div></div>`,
    state: 'other-selected',
    chosen: 'webauthn',
  },
  {
    name: 'a chosen entry whose label names no method we know is "other", never "none"',
    html: `<label><input type="radio" name="m"> PIN-kodebrev</label><label><input type="radio" name="m" data-expect> Kode på SMS</label><label><input type="radio" name="m" checked> Noe helt nytt</label>`,
    state: 'other-selected',
    chosen: 'other',
  },
  {
    name: 'a chosen nav link beside a chooser of buttons is no chosen method',
    html: `<ul><li><a href="/" aria-current="page">Forside</a></li><li><button data-expect>Kode på SMS</button></li><li><button>PIN-kodebrev</button></li></ul>`,
    state: 'unknown',
    chosen: null,
  },
  // «Kode på SMS» there but not choosable until a mobile number is registered: found, and said to be unavailable.
  {
    name: 'SMS radio disabled natively',
    html: `<label><input type="radio" name="m" checked> Kode fra PIN-kodebrev</label><label><input type="radio" name="m" disabled data-expect> Kode på SMS</label><label><input type="radio" name="m"> MinID-appen</label>`,
    state: 'pin-selected',
    unavailable: true,
  },
  {
    name: 'SMS radio with aria-disabled',
    html: `<div role="radiogroup"><div role="radio" aria-checked="false" aria-labelledby="p">x</div><span id="p">PIN-kodebrev</span><div role="radio" aria-checked="false" aria-disabled="true" aria-labelledby="s" data-expect>x</div><span id="s">Kode på SMS</span></div>`,
    state: 'none-selected',
    unavailable: true,
  },
  {
    name: 'SMS radio in a disabled fieldset of its own',
    html: `<form><label><input type="radio" name="m" checked> PIN-kodebrev</label><fieldset disabled><label><input type="radio" name="m" data-expect> Kode på SMS</label></fieldset></form>`,
    unavailable: true,
  },
  {
    name: 'minid-elements: a disabled mid-radio',
    html: `<mid-radio-group><mid-radio value="pin" checked>Kode fra PIN-kodebrev<template data-shadow><input type="radio"></template></mid-radio>
      <mid-radio value="sms" disabled data-expect>Kode på SMS<template data-shadow><input type="radio" disabled></template></mid-radio></mid-radio-group>`,
    state: 'pin-selected',
    unavailable: true,
  },
  {
    name: 'a disabled SMS entry in a drop-down, beside a disabled placeholder (which is no method)',
    html: `<select data-expect><option value="x" disabled selected>Velg innloggingsmetode</option><option value="pin">Kode fra PIN-kodebrev</option><option value="sms" disabled>Kode på SMS</option></select>`,
    state: 'none-selected',
    unavailable: true,
  },
  {
    name: 'lone radio with the exact wording (no siblings rendered yet)',
    html: `<label><input type="radio" name="m" data-expect> Kode på SMS</label>`,
  },
];

const notFound: Case[] = [
  { name: 'empty page', html: `` },
  { name: 'broken markup', html: `<div><label><input type="radio" name="m" <<< Kode på SMS</div></p></span>` },
  { name: 'prose only', html: `<p>Velg «Kode på SMS» i innstillingene for MinID.</p>` },
  { name: 'heading only', html: `<h2>Kode på SMS</h2>` },
  { name: 'notification checkbox mentioning SMS', html: `<label><input type="checkbox"> Kode på SMS</label><label><input type="checkbox"> Send meg varsel på SMS</label>` },
  { name: '"Endre mobilnummer" link', html: `<a href="/mobil">Endre mobilnummer</a>` },
  { name: 'text field for the code from SMS (login page)', html: `<label for="c">Kode fra SMS</label><input id="c" type="text" inputmode="numeric"><button>Neste</button>` },
  { name: 'mid-textfield for the code', html: `<mid-textfield label="Kode fra SMS"><template data-shadow><input type="text"></template></mid-textfield>` },
  { name: '"Les mer om kode på SMS" button', html: `<button>Les mer om kode på SMS</button>` },
  { name: 'lone SMS button with no other methods', html: `<button>Kode på SMS</button>` },
  { name: 'link to SMS help among help links', html: `<ul><li><a href="/a">Hjelp med kode på SMS</a></li><li><a href="/b">Hjelp med MinID-appen</a></li></ul>` },
  { name: 'resend-code button', html: `<ul><li><button>Send ny kode på SMS</button></li><li><button>Bruk MinID-appen</button></li></ul>` },
  { name: 'radio for SMS notifications among notification radios', html: `<label><input type="radio" name="n"> Varsel på SMS</label><label><input type="radio" name="n"> Varsel på e-post</label>` },
  { name: 'hidden radio', html: `<input type="radio" name="m" hidden aria-label="Kode på SMS"><input type="radio" name="m" aria-label="PIN-kodebrev">` },
  { name: 'input type=hidden named sms', html: `<input type="hidden" name="method" value="sms" aria-label="Kode på SMS">` },
  { name: 'a radio whose label is a paragraph', html: `<label><input type="radio" name="m"> Hvis du velger kode på SMS, sender vi deg en kode hver gang du logger inn med MinID, til mobilnummeret du har registrert hos oss.</label>` },
  { name: 'eID chooser (MinID, BankID…) is not the SMS option', html: `<ul><li><a href="/minid">MinID</a></li><li><a href="/bankid">BankID</a></li><li><a href="/buypass">Buypass</a></li></ul>` },
  // An e-ID chooser whose MinID entry names its methods: an e-ID to log in with, never the login-method choice.
  {
    name: 'eID chooser of links, MinID described by "Kode på SMS eller MinID-appen"',
    html: `<ul><li><a href="/minid">MinID <span>Kode på SMS eller MinID-appen</span></a></li><li><a href="/bankid">BankID</a></li><li><a href="/buypass">Buypass</a></li><li><a href="/commfides">Commfides</a></li></ul>`,
  },
  {
    name: 'eID chooser of buttons, the MinID entry with the app beside SMS',
    html: `<div role="group"><button>MinID — Kode på SMS eller MinID-appen</button><button>BankID</button><button>Buypass</button><button>Commfides</button></div>`,
  },
  {
    name: 'eID chooser of radios',
    html: `<form><label><input type="radio" name="eid"> MinID — Kode på SMS eller MinID-appen</label><label><input type="radio" name="eid"> BankID</label><label><input type="radio" name="eid"> Buypass</label><label><input type="radio" name="eid"> Commfides</label></form>`,
  },
  {
    name: 'eID chooser of radios whose MinID entry is named by its methods alone, beside BankID',
    html: `<form><label><input type="radio" name="eid"> Kode på SMS eller MinID-appen</label><label><input type="radio" name="eid"> BankID på mobil</label></form>`,
  },
  {
    name: 'eID chooser of ARIA radios in a radiogroup',
    html: `<div role="radiogroup"><div role="radio" aria-checked="false">MinID: kode på SMS</div><div role="radio" aria-checked="false">BankID</div><div role="radio" aria-checked="false">Commfides</div></div>`,
  },
  { name: 'a lone MinID radio that names SMS', html: `<label><input type="radio" name="eid"> MinID med kode på SMS</label>` },
  { name: 'inside a CLOSED shadow root (cannot be seen, by design)', html: `<x-app><template data-shadow="closed"><label><input type="radio" name="m"> Kode på SMS</label></template></x-app>` },
  { name: 'script and style text mentioning SMS', html: `<script>const label = "Kode på SMS";</script><style>.sms::after{content:"Kode på SMS"}</style>` },
];

describe('findSmsOption finds the option', () => {
  it.each(found)('$name', ({ html, state }) => {
    const root = fromHtml(html);
    const option = findSmsOption(document);
    const expected = deepQuery(root, '[data-expect]');
    expect(expected).not.toBeNull();
    expect(option?.target).toBe(expected);
    if (state) expect(option?.state).toBe(state);
  });

  it.each(found)('$name: whether SMS can be chosen', ({ html, unavailable = false }) => {
    fromHtml(html);
    expect(findSmsOption(document)?.unavailable).toBe(unavailable);
  });

  it.each(found.filter((c) => c.chosen !== undefined))('$name: the chosen method', ({ html, chosen }) => {
    fromHtml(html);
    const option = findSmsOption(document);
    expect(option?.chosen).toBe(chosen);
    // What the hint rings for a saved method: the chosen entry itself.
    if (chosen) expect(option?.chosenElement).not.toBeNull();
  });
});

describe('findSmsOption marks nothing on decoys', () => {
  it.each(notFound)('$name', ({ html }) => {
    fromHtml(html);
    expect(findSmsOption(document)).toBeNull();
  });
});

describe('findMethodSummary', () => {
  const summary = (html: string) => {
    fromHtml(html);
    const found = findMethodSummary(walkDeep(document));
    return found && { method: found.method, edit: found.edit === deepQuery(document, '[data-expect]') };
  };

  it.each([
    [
      'a <dl> row with "Endre" in the value (nb), among other rows',
      `<dl><dt>Mobilnummer</dt><dd>932 82 061 <button>Endre</button></dd><dt>Innloggingsmetode</dt><dd>Kode fra PIN-kodebrev <button data-expect>Endre</button></dd></dl>`,
      'pin',
    ],
    [
      'one line of text with a link (nn)',
      `<p>Innloggingsmåte: Kode frå PIN-kodebrev <a href="/innlogging" data-expect>Endre</a></p>`,
      'pin',
    ],
    [
      'a table row (en), SMS saved',
      `<table><tr><th>Login method</th><td>Code on SMS (93282061)</td><td><button data-expect>Change</button></td></tr><tr><th>E-mail</th><td>ola@example.no</td><td><button>Change</button></td></tr></table>`,
      'sms',
    ],
    [
      'the overview: a <dl> and a separate "Endre innloggingsmetode" link',
      `<section><h1>Min profil</h1><dl><dt>Innloggingsmetode</dt><dd>Kode fra PIN-kodebrev</dd></dl><p><a href="/innlogging" data-expect>Endre innloggingsmetode</a></p></section>`,
      'pin',
    ],
    ['the MinID app saved', `<div><span>Innloggingsmetode</span> <strong>MinID-appen</strong> <button data-expect>Endre</button></div>`, 'app'],
    ['an authenticator app saved', `<div><span>Innloggingsmetode</span> <strong>Autentiseringsapp</strong> <button data-expect>Endre</button></div>`, 'totp'],
    ['a passkey saved', `<div><span>Login method</span> <strong>Passkey</strong> <button data-expect>Edit</button></div>`, 'webauthn'],
    ['a hidden-text pencil button', `<div>Innloggingsmetode: Kode fra PIN-kodebrev <button data-expect><span class="sr-only">Klikk her for å endre innloggingsmetode</span></button></div>`, 'pin'],
  ])('%s', (_name, html, method) => {
    expect(summary(html)).toEqual({ method, edit: true });
  });

  it.each([
    ['"Endre mobilnummer" only', `<dl><dt>Mobilnummer</dt><dd>932 82 061 <a href="/m">Endre mobilnummer</a></dd></dl>`],
    ['an e-mail row', `<p>E-post: ola@example.no <button>Endre</button></p>`],
    ['a login-method row whose value we cannot read: we cannot tell', `<p>Innloggingsmetode: — <button>Endre</button></p>`],
    ['a login-method row with no edit button', `<dl><dt>Innloggingsmetode</dt><dd>Kode fra PIN-kodebrev</dd></dl>`],
    [
      'help prose with a link',
      `<main><h1>Slutt på PIN-kodebrev</h1><p>PIN-koder virker ikke lenger. Logg inn på MinID og velg «Kode på SMS» under innstillinger, eller last ned MinID-appen.</p><p><a href="https://profil.minid.no/">Endre innloggingsmetode</a></p></main>`,
    ],
  ])('%s: none', (_name, html) => {
    expect(summary(html)).toBeNull();
  });
});

describe('walkDeep', () => {
  it('visits open shadow roots and stops at the limit', () => {
    fromHtml(`<x-a><template data-shadow><p>1</p><x-b><template data-shadow><p>2</p></template></x-b></template></x-a>`);
    const walk = walkDeep(document);
    expect(walk.shadowRoots).toHaveLength(2);
    expect(walk.truncated).toBe(false);
    const limited = walkDeep(document, 3);
    expect(limited.truncated).toBe(true);
    expect(limited.elements).toHaveLength(3);
  });

  it("walks in document order, a component's shadow content before its light children", () => {
    const root = fromHtml(`<p id="a"></p><x-a id="b"><template data-shadow><i id="c"></i><b id="d"></b></template><em id="e"><u id="f"></u></em></x-a><script id="no"></script><p id="g"></p>`);
    expect(walkDeep(root).elements.map((el) => el.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('is not truncated when only skipped subtrees are left', () => {
    const root = fromHtml(`<p></p><p></p><script></script><svg></svg>`);
    const walk = walkDeep(root, 2);
    expect(walk.elements).toHaveLength(2);
    expect(walk.truncated).toBe(false);
  });

  it('stays bounded on a huge page', () => {
    const div = document.createElement('div');
    for (let i = 0; i < 30_000; i++) div.append(document.createElement('span'));
    document.body.replaceChildren(div);
    expect(walkDeep(document).truncated).toBe(true);
  });
});

describe('accessibleName', () => {
  it('prefers aria-labelledby, then aria-label, then label[for], then a wrapping label', () => {
    fromHtml(`<span id="n">Fra id</span><input id="a" type="radio" aria-labelledby="n" aria-label="Fra aria"><label for="a">Fra label</label>
      <input id="b" type="radio" aria-label="Fra aria"><label for="b">Fra label</label>
      <input id="c" type="radio"><label for="c">Fra label</label>
      <label>Omslutter <input id="d" type="radio"></label>`);
    const name = (id: string) => accessibleName(document.getElementById(id)!);
    expect(name('a')).toBe('Fra id');
    expect(name('b')).toBe('Fra aria');
    expect(name('c')).toBe('Fra label');
    expect(name('d')).toBe('Omslutter');
  });
});

it('has at least 40 page snippets', () => {
  expect(found.length + notFound.length).toBeGreaterThanOrEqual(40);
});
