/**
 * HTML for the replica pages. Plain pages are complete static documents;
 * pages built with Digdir's web components are a shell that loads
 * app/minid.ts (bundled by test/replicas/vite.config.ts), which renders the
 * screen for the current URL with the real @felleslosninger/minid-elements.
 *
 * Every text here is a constant from text.ts: no escaping needed, none done.
 */
import type { ChooserForm, ReplicaForm, ReplicaLang, ReplicaMethod, ReplicaRoute } from './routes';
import { TEXT, type PageText } from './text';

/** Where the bundle and its CSS are served, on whichever official host asks. */
export const ASSET_PREFIX = '/__replica/';

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1e2b3c; }
  header { background: #f1f4f9; padding: 1rem 2rem; display: flex; gap: 2rem; align-items: center; }
  main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
  fieldset { border: 1px solid #ccd; padding: 1rem; margin: 1.5rem 0; }
  fieldset div { margin: .5rem 0; }
  button { font: inherit; padding: .5rem 1.25rem; }
  .spacer { height: 40vh; }
  footer { background: #f1f4f9; padding: 1rem 2rem; margin-top: 2rem; }
  footer p { margin: .25rem 0; }
`;

/**
 * MinID's site footer, after the main content as on minid.no: support's phone
 * and e-mail (docs/PAGES.md "Help and contact": minid.no footer, 2025-08-01,
 * which writes the number "+47 800 30 300"). The labels are neutral words.
 */
function minidFooter(t: PageText): string {
  return `<footer>
<p>${t.phoneLabel}: <a href="tel:+4780030300">+47 800 30 300</a></p>
<p>${t.emailLabel}: <a href="mailto:brukerstotte@digdir.no">brukerstotte@digdir.no</a></p>
</footer>`;
}

function doc(lang: string, title: string, body: string, head = `<style>${STYLE}</style>`): string {
  return `<!doctype html>
<html lang="${lang}" data-color-scheme="light">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head>
<body>
<header><strong>MinID</strong><nav><a href="/">${lang === 'en' ? 'Home' : 'Forside'}</a></nav></header>
${body}
</body>
</html>`;
}

/** Like the real form, without a server: saving #settings shows the page's own message in #status. */
function savesInPlace(t: PageText): string {
  return `<script>
  document.getElementById('settings').addEventListener('submit', function (event) {
    event.preventDefault();
    document.getElementById('status').textContent = ${JSON.stringify(t.saved)};
  });
</script>`;
}

/** The old settings page (2017 design): native radios, label[for], Save/Cancel; `filler` rows of text before it. */
function plainSettings(t: PageText, saved: ReplicaMethod, filler = 0): string {
  const checked = (value: string) => (value === saved ? ' checked' : '');
  const rows = filler > 0 ? `<div>${'<div>Rad</div>'.repeat(filler - 1)}</div>` : '';
  return `${rows}<main>
<h1>${t.heading}</h1>
<p>${t.intro}</p>
<form id="settings" method="post" action="">
  <fieldset>
    <legend>${t.group}</legend>
    <div><input type="radio" id="pref-letter" name="login-preference" value="letter"${checked('letter')}> <label for="pref-letter">${t.letter}</label></div>
    <div><input type="radio" id="pref-sms" name="login-preference" value="sms"${checked('sms')} data-replica-expect="sms"> <label for="pref-sms">${t.sms}</label></div>
  </fieldset>
  <p><a href="/minprofil/">${t.changeMobile}</a></p>
  <p><input type="checkbox" id="notify" name="notify"> <label for="notify">${t.notify}</label></p>
  <div class="spacer"></div>
  <p><button type="submit">${t.save}</button> <a href="/">${t.cancel}</a></p>
  <p role="status" id="status"></p>
</form>
</main>
${savesInPlace(t)}`;
}

const METHODS: readonly ReplicaMethod[] = ['letter', 'sms', 'app', 'totp', 'webauthn'];

const labelOf = (t: PageText, method: ReplicaMethod): string =>
  ({ letter: t.letter, sms: t.sms, app: t.app, totp: t.totp, webauthn: t.webauthn })[method];

/** The marks the tests read: the SMS entry PIN-fri must mark, and the saved entry the hint must ring. */
const marks = (method: ReplicaMethod, saved: ReplicaMethod): string =>
  (method === 'sms' ? ' data-replica-expect="sms"' : '') + (method === saved ? ' data-replica-saved' : '');

/** With no mobile number registered, the SMS entry cannot be chosen: `disabled`, or `aria-disabled` for an ARIA radio. */
const blocked = (method: ReplicaMethod, noMobile: boolean, aria = false): string =>
  method === 'sms' && noMobile ? (aria ? ' aria-disabled="true"' : ' disabled') : '';

/**
 * The SMS entry has a description of its own: PIN-fri's words must come after
 * it, never instead. Below its field, not in it: Designsystemet fades a
 * disabled field, and the words must stay readable when SMS cannot be chosen.
 */
const described = (method: ReplicaMethod): string => (method === 'sms' ? ' aria-describedby="m-sms-description"' : '');

/**
 * The login-method choice with every method of docs/PAGES.md "Login methods",
 * offered in one of the common ways:
 * - 'ds': native radios in Designsystemet markup (ds-fieldset, ds-field,
 *   ds-input, ds-label), as a page built without Digdir's radio components would;
 * - 'aria': ARIA radios (role=radio, named by aria-labelledby) in a radiogroup;
 * - 'select': a drop-down; the <select> is what the person uses, so it carries the marks.
 */
function choice(t: PageText, saved: ReplicaMethod, form: ReplicaForm, noMobile = false): string {
  switch (form) {
    case 'ds':
      return `<fieldset class="ds-fieldset"><legend class="ds-label">${t.group}</legend>
${METHODS.map(
  (m) => `  <div class="ds-field"><input class="ds-input" type="radio" id="m-${m}" name="login-preference" value="${m}"${m === saved ? ' checked' : ''}${blocked(m, noMobile)}${marks(m, saved)}${described(m)}><label class="ds-label" for="m-${m}">${labelOf(t, m)}</label></div>${m === 'sms' ? `<p id="m-sms-description">${t.smsDescription}</p>` : ''}`,
).join('\n')}
</fieldset>`;
    case 'aria':
      return `<div role="radiogroup" aria-labelledby="group-label" class="aria-choice"><p id="group-label">${t.group}</p>
${METHODS.map(
  (m) => `  <div role="radio" aria-checked="${m === saved}" tabindex="${m === saved ? 0 : -1}" aria-labelledby="l-${m}"${blocked(m, noMobile, true)}${marks(m, saved)}><span aria-hidden="true">${m === saved ? '◉' : '○'}</span> <span id="l-${m}">${labelOf(t, m)}</span></div>`,
).join('\n')}
</div>
<script>
  // An ARIA radio group, as such widgets behave: a click or Space chooses.
  document.querySelectorAll('[role=radio]').forEach(function (radio, _i, all) {
    function choose() {
      if (radio.getAttribute('aria-disabled') === 'true') return;
      all.forEach(function (other) {
        var on = other === radio;
        other.setAttribute('aria-checked', String(on));
        other.tabIndex = on ? 0 : -1;
        other.firstElementChild.textContent = on ? '◉' : '○';
      });
    }
    radio.addEventListener('click', choose);
    radio.addEventListener('keydown', function (e) { if (e.key === ' ') { e.preventDefault(); choose(); } });
  });
</script>`;
    case 'select':
      return `<p><label for="method">${t.group}</label><br>
<select id="method" name="login-preference" data-replica-expect="sms" data-replica-saved>
${METHODS.map((m) => `  <option value="${m}"${m === saved ? ' selected' : ''}${blocked(m, noMobile)}>${labelOf(t, m)}</option>`).join('\n')}
</select></p>`;
  }
}

/** A settings page with one of the forms of the choice, Save and the page's own "saved" message. */
function settingsForm(t: PageText, saved: ReplicaMethod, form: ReplicaForm, noMobile: boolean): string {
  return `<main>
<h1>${t.heading}</h1>
<p>${t.intro}</p>
<form id="settings" method="post" action="">
${choice(t, saved, form, noMobile)}
${noMobile ? `  <p>${t.smsNeedsMobile}</p>` : ''}
  <p><a href="/minprofil/">${t.changeMobile}</a></p>
  <p><button type="submit" class="ds-button" data-variant="primary">${t.save}</button> <a href="/">${t.cancel}</a></p>
  <p role="status" id="status"></p>
</form>
</main>
${savesInPlace(t)}`;
}

/**
 * A profile overview: summary rows (docs/PAGES.md "How the pages are built":
 * a value with an edit button), one of them the login method. Its "Endre"
 * opens the choice on the same page, late, as an SPA would; the mobile
 * number's "Endre" is the decoy.
 */
function summary(t: PageText, saved: ReplicaMethod): string {
  return `<main>
<h1>${t.overview}</h1>
<dl>
  <dt>${t.mobile}</dt><dd>932 82 061 <button type="button">${t.edit}</button></dd>
  <dt>${t.methodLabel}</dt><dd>${labelOf(t, saved)} <button type="button" id="edit-method" aria-expanded="false" aria-controls="choice" data-replica-expect="edit">${t.edit}</button></dd>
</dl>
<div id="choice"></div>
<template id="choice-form"><form id="settings">${choice(t, saved, 'ds')}<p><button type="submit">${t.save}</button></p><p role="status" id="status"></p></form></template>
</main>
<script>
  document.getElementById('edit-method').addEventListener('click', function () {
    this.setAttribute('aria-expanded', 'true');
    var holder = document.getElementById('choice');
    setTimeout(function () { holder.append(document.getElementById('choice-form').content.cloneNode(true)); }, 300);
  }, { once: true });
</script>`;
}

/** An error page: the server's "not found", or ID-porten's "something went wrong". */
function missing(t: PageText, heading: string, text: string): string {
  return `<main><h1>${heading}</h1><p>${text}</p><p><a href="/">${t.overview}</a></p></main>`;
}

/** A profile page on a settings host that offers no login-method choice (language and e-mail only). */
function noChoice(t: PageText): string {
  return `<main><h1>${t.overview}</h1>
<form><p><label for="lang">Språk</label><br><select id="lang"><option>Bokmål</option><option>Nynorsk</option><option>English</option></select></p>
<p><label for="email">${t.email}</label><br><input id="email" type="email" value="ola.nordmann@example.no"></p>
<p><button type="submit">${t.save}</button></p></form></main>`;
}

/** ID-porten's e-ID chooser in each language: its heading, and how the MinID entry describes MinID's methods. */
const CHOOSER_TEXT: Record<Exclude<ReplicaLang, 'se'>, { heading: string; minid: string }> = {
  nb: { heading: 'Velg elektronisk ID', minid: 'Kode på SMS eller MinID-appen' },
  nn: { heading: 'Vel elektronisk ID', minid: 'Kode på SMS eller MinID-appen' },
  en: { heading: 'Choose your electronic ID', minid: 'Code on SMS or the MinID app' },
};

/**
 * The e-ID chooser: MinID (described by "Kode på SMS eller MinID-appen"),
 * BankID, Buypass and Commfides, as links, buttons or radios. Not the
 * login-method choice: nothing here may be marked or called "choose SMS".
 */
function chooser(lang: ReplicaLang, form: ChooserForm): string {
  const text = CHOOSER_TEXT[lang === 'se' ? 'nb' : lang];
  const eids = [['minid', 'MinID', text.minid], ['bankid', 'BankID', ''], ['buypass', 'Buypass', ''], ['commfides', 'Commfides', '']] as const;
  const label = (name: string, about: string) => (about ? `${name} <span class="about">— ${about}</span>` : name);
  const entries = eids.map(([id, name, about]) =>
    form === 'buttons' ? `<li><button type="submit" name="eid" value="${id}">${label(name, about)}</button></li>`
    : form === 'radios' ? `<div><input type="radio" id="eid-${id}" name="eid" value="${id}"> <label for="eid-${id}">${label(name, about)}</label></div>`
    : `<li><a href="/authorize/${id}">${label(name, about)}</a></li>`,
  );
  const list = form === 'radios'
    ? `<fieldset><legend>${text.heading}</legend>${entries.join('')}</fieldset><p><button type="submit">${lang === 'en' ? 'Next' : 'Neste'}</button></p>`
    : `<ul>${entries.join('')}</ul>`;
  return `<main>
<h1>${text.heading}</h1>
${form === 'links' ? list : `<form method="post" action="">${list}</form>`}
</main>`;
}

function contact(t: PageText): string {
  return `<main>
<h1>Kontaktinformasjon</h1>
<form>
  <p><label for="mobile">${t.mobile}</label><br><input id="mobile" name="mobile" type="tel" autocomplete="tel" value="93282061" data-replica-expect="mobile"></p>
  <p><label for="email">${t.email}</label><br><input id="email" name="email" type="email" value="ola.nordmann@example.no"></p>
  <p><input type="checkbox" id="sms-notice" checked> <label for="sms-notice">Varsler på SMS</label></p>
  <p><button type="submit">${t.save}</button></p>
</form>
</main>`;
}

function help(t: PageText): string {
  return `<main>
<h1>Slutt på PIN-kodebrev</h1>
<p>PIN-koder virker ikke lenger. Logg inn på MinID og velg «${t.sms}» under innstillinger,
eller last ned MinID-appen.</p>
<p><a href="https://profil.minid.no/">${t.changeMethod}</a></p>
<p><a href="tel:80030300">800 30 300</a></p>
</main>`;
}

/** The shell for a page built with minid-elements; app/minid.ts fills #app. MinID's own pages have its footer; ID-porten's login pages do not. */
function elementsShell(route: ReplicaRoute): string {
  const head = `<style>${STYLE}</style><link rel="stylesheet" href="${ASSET_PREFIX}minid.css"><script type="module" src="${ASSET_PREFIX}minid.js"></script>`;
  const t = TEXT[route.lang];
  const footer = new URL(route.url).hostname === 'profil.minid.no' ? `\n${minidFooter(t)}` : '';
  return doc(route.lang, t.title, `<main id="app"></main>${footer}`, head);
}

export function pageHtml(route: ReplicaRoute): string {
  const t = TEXT[route.lang];
  if (route.build === 'elements') return elementsShell(route);
  switch (route.screen) {
    case 'settings':
      return doc(route.lang, t.title, `${plainSettings(t, route.saved ?? 'letter', route.filler)}\n${minidFooter(t)}`);
    case 'settings-form': {
      // Designsystemet's CSS (bundled into minid.css with Digdir's theme) for the ds-* markup.
      const head = `<style>${STYLE}</style><link rel="stylesheet" href="${ASSET_PREFIX}minid.css">`;
      return doc(route.lang, t.title, `${settingsForm(t, route.saved ?? 'letter', route.form ?? 'ds', route.noMobile === true)}\n${minidFooter(t)}`, head);
    }
    case 'summary':
      return doc(route.lang, t.overview, `${summary(t, route.saved ?? 'letter')}\n${minidFooter(t)}`);
    case 'missing':
      return doc(route.lang, `${t.missing} – MinID`, missing(t, t.missing, t.missingText));
    case 'error':
      return doc(route.lang, 'Feil – ID-porten', missing(t, 'Noe gikk galt', 'Prøv igjen om litt.'));
    case 'no-choice':
      return doc(route.lang, t.overview, noChoice(t));
    case 'chooser':
      return doc(route.lang, 'ID-porten', chooser(route.lang, route.chooserForm ?? 'links'));
    case 'contact':
      return doc(route.lang, 'Kontaktregisteret', contact(t));
    case 'help':
      return doc(route.lang, 'MinID', help(t));
    default:
      throw new Error(`replica ${route.id}: screen "${route.screen}" needs the elements build`);
  }
}
