/**
 * The replica of today's MinID front end: screens built from Digdir's own web
 * components (@felleslosninger/minid-elements, Lit, open shadow roots), chosen
 * from the current URL through ROUTES. It behaves like a small SPA: the
 * overview's link changes the route with history.pushState, without a load.
 *
 * Test data, not product. Built by test/replicas/vite.config.ts.
 */
import {
  MinidAlert,
  MinidButton,
  MinidCheckbox,
  MinidHeading,
  MinidLink,
  MinidParagraph,
  MinidSpinner,
  MinidTextfield,
} from '@felleslosninger/minid-elements';
// 0.1.8 ships the radio components in dist/ but leaves them out of its exports map;
// test/replicas/vite.config.ts points this alias at them.
import { MinidRadio } from '@minid-components/radio.js';
import { MinidRadioButton } from '@minid-components/radio-button.js';
import { MinidRadioGroup } from '@minid-components/radio-group.js';
// Their theme and Designsystemet's CSS (the package's full "styles" also needs Tailwind).
import '@felleslosninger/minid-elements/theme';
import '@digdir/designsystemet-css';
import '@felleslosninger/minid-elements/globals';
import { ROUTES, type ReplicaRoute } from '../routes';
import { TEXT, type PageText } from '../text';

type Child = Node | string;

/**
 * The components each screen uses. Naming the classes keeps the bundler from
 * dropping them (importing the package for its side effects is not enough),
 * and the check below fails the page loudly if one is not registered.
 */
const COMPONENTS = {
  'mid-alert': MinidAlert,
  'mid-button': MinidButton,
  'mid-checkbox': MinidCheckbox,
  'mid-heading': MinidHeading,
  'mid-link': MinidLink,
  'mid-paragraph': MinidParagraph,
  'mid-radio': MinidRadio,
  'mid-radio-button': MinidRadioButton,
  'mid-radio-group': MinidRadioGroup,
  'mid-spinner': MinidSpinner,
  'mid-textfield': MinidTextfield,
} as const;
for (const [tag, component] of Object.entries(COMPONENTS)) {
  if (customElements.get(tag) !== component) throw new Error(`replica: <${tag}> is not Digdir's component`);
}

function h(tag: string, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}

function routeFor(href: string): ReplicaRoute | undefined {
  const url = new URL(href);
  url.hash = '';
  return ROUTES.find((r) => r.build === 'elements' && r.url === url.href);
}

/** The login-method choice, as radios or as radio buttons. */
function choiceForm(t: PageText, route: ReplicaRoute, buttons: boolean): HTMLElement {
  const tag = buttons ? 'mid-radio-button' : 'mid-radio';
  const saved = route.saved ?? 'letter';
  const option = (value: string, label: string) =>
    h(
      tag,
      {
        value,
        checked: value === saved,
        ...(value === 'sms' ? { 'data-replica-expect': 'sms' } : {}),
        // The saved choice: where the hint rings "change nothing" when it is not PIN or SMS.
        ...(value === saved ? { 'data-replica-saved': true } : {}),
      },
      label,
    );
  const status = h('div', { role: 'status', id: 'status' });
  const save = h('mid-button', { type: 'submit', variant: 'primary' }, t.save);
  const form = h(
    'form',
    { id: 'settings' },
    h('mid-heading', { level: '1' }, t.heading),
    h('mid-paragraph', {}, t.intro),
    h(
      'mid-radio-group',
      { name: 'login-preference', label: t.group, value: saved },
      option('letter', t.letter),
      option('sms', t.sms),
      option('app', t.app),
    ),
    h('p', {}, h('mid-link', { href: '/kontakt' }, t.changeMobile)),
    h('mid-checkbox', { name: 'notify' }, t.notify),
    h('div', { style: 'height: 40vh' }),
    h('p', {}, save, ' ', h('mid-button', { variant: 'secondary', type: 'button' }, t.cancel)),
    status,
  );
  const showSaved = () => {
    status.replaceChildren(h('mid-alert', { severity: 'success', open: true }, t.saved));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    showSaved();
  });
  // mid-button submits through its form association; a click covers engines where it does not.
  save.addEventListener('click', () => setTimeout(showSaved, 50));
  return form;
}

function overview(t: PageText): HTMLElement {
  // The summary's edit link: PIN-fri points at it (data-pinfri-target="edit") while PIN is shown.
  const change = h('a', { href: '/innlogging', id: 'change-method', 'data-replica-expect': 'edit' }, t.changeMethod);
  change.addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState({}, '', '/innlogging');
    render();
  });
  return h(
    'section',
    {},
    h('mid-heading', { level: '1' }, t.overview),
    h('dl', {}, h('dt', {}, 'Innloggingsmetode'), h('dd', {}, t.letter)),
    h('p', {}, change),
  );
}

function notifications(t: PageText): HTMLElement {
  return h(
    'form',
    {},
    h('mid-heading', { level: '1' }, 'Varsler'),
    h('mid-checkbox', { name: 'notice-sms', checked: true }, 'Varsel på SMS'),
    h('mid-checkbox', { name: 'notice-email' }, 'Varsel på e-post'),
    h('mid-textfield', { label: t.mobile, type: 'tel', value: '93282061' }),
    h('p', {}, h('mid-link', { href: '/kontakt' }, t.changeMobile)),
    h('mid-button', { type: 'submit' }, t.save),
  );
}

function loginOtc(t: PageText): HTMLElement {
  return h(
    'form',
    {},
    h('mid-heading', { level: '1' }, t.loginHeading),
    h('mid-paragraph', {}, t.codeSent),
    h('mid-textfield', { label: t.codeFromSms, type: 'text', autocomplete: 'one-time-code' }),
    h('p', {}, h('mid-link', { href: '#' }, t.resend)),
    h('mid-button', { type: 'submit' }, t.next),
  );
}

function loginPassword(t: PageText): HTMLElement {
  return h(
    'form',
    {},
    h('mid-heading', { level: '1' }, 'Logg inn med MinID'),
    h('mid-textfield', { label: 'Fødselsnummer', type: 'text', autocomplete: 'username' }),
    h('mid-textfield', { label: 'Passord', type: 'password', autocomplete: 'current-password' }),
    h('mid-button', { type: 'submit' }, t.next),
  );
}

/** An app shell with its own open shadow root, as framework-built pages often have. */
class ReplicaShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
customElements.define('replica-shell', ReplicaShell);

function screen(route: ReplicaRoute): HTMLElement {
  const t = TEXT[route.lang];
  switch (route.screen) {
    case 'settings':
      return choiceForm(t, route, false);
    case 'settings-buttons':
      return choiceForm(t, route, true);
    case 'settings-late': {
      const holder = h('div', {}, h('mid-spinner', { label: t.loading }));
      setTimeout(() => holder.replaceChildren(choiceForm(t, route, false)), 1500);
      return holder;
    }
    case 'settings-nested': {
      const shell = document.createElement('replica-shell');
      shell.shadowRoot?.append(choiceForm(t, route, false));
      return shell;
    }
    case 'overview':
      return overview(t);
    case 'notifications':
      return notifications(t);
    case 'login-otc':
      return loginOtc(t);
    case 'login-password':
      return loginPassword(t);
    default:
      return h('p', {}, `No elements screen for ${route.screen}`);
  }
}

function render(): void {
  const app = document.getElementById('app');
  const route = routeFor(location.href);
  if (!app) return;
  if (!route) {
    app.replaceChildren(h('p', {}, 'Siden finnes ikke.'));
    return;
  }
  document.documentElement.lang = route.lang;
  app.replaceChildren(screen(route));
}

window.addEventListener('popstate', render);
render();
