/**
 * What assistive technology gets, read from the browser's own accessibility
 * tree in both engines (drivers: `accessibilityTree()`): Chromium through CDP
 * (Accessibility.getFullAXTree), Firefox through its accessibility service,
 * reached over WebDriver BiDi from the browser window (drivers/firefox.ts says
 * why: puppeteer's snapshot needs CDP, which Firefox no longer has, and BiDi's
 * own locateNodes gives names and roles only). The tree is what a screen
 * reader reads through the platform's API; what the screen reader then says
 * is its own (NVDA, JAWS, VoiceOver, Orca), and no test here runs one.
 *
 * Checked: names, roles, descriptions, the live announcement and the focus
 * order by real Tab presses,
 * - for the hint in each of its states, over the replicas that produce them,
 *   in nb, nn and en (the language is set as a person sets it, in the popup);
 * - for the marked option, which says in its own description that PIN-fri
 *   suggests it, after the page's own, only while the hint does (issue 24);
 * - for the popup's first screen and each route, and the printable guide.
 * One browser per engine, one tab for the pages and one for the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../src/core/checklist';
import { GUIDE_TEXT } from '../../src/core/guide-text';
import { HINT_TEXT, type HintWords } from '../../src/core/hint/hint-text';
import type { Language } from '../../src/core/language';
import { MESSAGES } from '../../src/core/popup-text';
import type { AxNode, E2EPage } from './drivers/types';
import { BROWSERS, useBrowser, waitForHint } from './support';

const POPUP = 'src/popup/index.html';
const GUIDE = 'src/guide/index.html';
const SETTINGS = 'https://brukerprofil.difi.no/minprofil/minid/';
const PROFILE = 'https://profil.minid.no/innlogging';

/** Roles a person operates: each must have a name. */
const CONTROLS = new Set(['button', 'link', 'radio', 'checkbox', 'textbox', 'combobox', 'option', 'menuitemradio', 'switch', 'tab']);

function all(node: AxNode): AxNode[] {
  return [node, ...node.children.flatMap(all)];
}

/** The text a node holds, as its runs of text say it. */
function textOf(node: AxNode): string {
  return node.role === 'text' ? node.name : node.children.map(textOf).join('');
}

/** The deepest node with focus (the document has focus when nothing in it does). */
function focusedIn(tree: AxNode): AxNode | null {
  const focused = all(tree).filter((n) => n.focused);
  return focused.find((n) => n.role !== 'document') ?? null;
}

/** "role name" of a node: how a screen reader starts to speak it. */
const said = (node: AxNode | null | undefined): string => (node ? `${node.role} ${node.name}` : 'nothing');

function dump(node: AxNode, depth = 0): string {
  const line = `${'  '.repeat(depth)}${node.role} "${node.name}"${node.description ? ` desc="${node.description}"` : ''}${node.focused ? ' focused' : ''}${node.live ? ` live=${node.live}` : ''}`;
  return [line, ...node.children.filter((c) => c.role !== 'text').map((c) => dump(c, depth + 1))].join('\n');
}

/**
 * Reads the tree until `check` holds (Firefox builds it a moment after the
 * page changes; a live region speaks 150 ms after the state), and returns it.
 */
async function axUntil(page: E2EPage, check: (tree: AxNode) => boolean, what: string, timeoutMs = 8000): Promise<AxNode> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const tree = await page.accessibilityTree();
    if (check(tree)) return tree;
    if (Date.now() > end) throw new Error(`the accessibility tree never showed ${what}:\n${dump(tree)}`);
    await new Promise((done) => setTimeout(done, 150));
  }
}

/** The hint's part of the tree: its region (the callout), and the live region beside it. */
function hintIn(tree: AxNode, lang: Language): { region: AxNode | undefined; spoken: string[] } {
  const nodes = all(tree);
  return {
    region: nodes.find((n) => n.role === 'region' && n.name === HINT_TEXT[lang].hintRegion),
    spoken: nodes.filter((n) => n.live !== null).map(textOf),
  };
}

/** The words a state says (its title and why), and the announcement of them. */
function wordsOf(lang: Language, words: HintWords): { title: string; why: string; announcement: string } {
  const text = HINT_TEXT[lang];
  const title = text[`hint.${words}.title`];
  const why = text[`hint.${words}.why`];
  return { title, why, announcement: `PIN-fri. ${title} ${why}` };
}

/** Every node that carries PIN-fri's words about the option. */
const suggesting = (tree: AxNode): AxNode[] => all(tree).filter((n) => Object.values(HINT_TEXT).some((text) => n.description.includes(text.optionSuggested)));

/** Presses Tab `count` times and says what has focus after each. */
async function tabOrder(page: E2EPage, count: number, key = 'Tab'): Promise<AxNode[]> {
  const order: AxNode[] = [];
  for (let i = 0; i < count; i++) {
    const before = order.at(-1);
    await page.press(key);
    const tree = await axUntil(page, (t) => focusedIn(t) !== null && said(focusedIn(t)) !== said(before), `focus moving on after ${said(before)}`, 3000).catch(
      async () => page.accessibilityTree(),
    );
    order.push(focusedIn(tree) ?? { role: 'nothing', name: '', description: '', focused: true, live: null, children: [] });
  }
  return order;
}

describe.each(BROWSERS)('%s: what assistive technology gets', (name) => {
  const browser = useBrowser(name);
  let page: E2EPage;
  let popup: E2EPage;

  /** The person's language, chosen in the popup as they would; the next page load speaks it. */
  const speak = (lang: Language) =>
    popup.evaluate(async (language) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      await (g.browser ?? g.chrome)!.runtime.sendMessage({ mark: 'pinfri/1', type: 'popup-action', action: { type: 'set-language', language } });
    }, lang);

  /** Loads `url` in `lang`, waits for the hint in `state`, and returns the tree once it says `words`. */
  async function hintPage(url: string, lang: Language, state: string, words: HintWords): Promise<AxNode> {
    await speak(lang);
    await page.goto(url);
    await waitForHint(page, state);
    const { announcement } = wordsOf(lang, words);
    return axUntil(page, (tree) => hintIn(tree, lang).spoken.includes(announcement), `the announcement "${announcement}"`);
  }

  beforeAll(async () => {
    popup = await browser().openExtensionPage(POPUP);
    page = await browser().newPage();
  });
  afterAll(async () => {
    await page?.close();
    await popup?.close();
  });

  describe('the hint and the option it points at', () => {
    it('PIN saved (nb): a named region, its words, one announcement; the option says PIN-fri suggests it; "Vis meg" moves focus to it', async () => {
      const nb = HINT_TEXT.nb;
      const { title, why, announcement } = wordsOf('nb', 'pin');
      const tree = await hintPage(SETTINGS, 'nb', 'pin', 'pin');
      const { region, spoken } = hintIn(tree, 'nb');
      expect(region, dump(tree)).toBeDefined();
      const parts = all(region!);
      expect(parts.find((n) => n.role === 'heading')?.name).toBe(title);
      expect(textOf(region!)).toContain(why);
      expect(parts.filter((n) => n.role === 'button').map((n) => n.name)).toEqual([nb.showMe, nb.notNow]);
      // Said once: only the live region holds the announcement (the page's own status region is empty).
      expect(spoken.filter((s) => s === announcement)).toHaveLength(1);

      const radios = all(tree).filter((n) => n.role === 'radio');
      const sms = radios.find((n) => n.name === 'Kode på SMS');
      expect(sms?.description).toBe(nb.optionSuggested);
      expect(radios.filter((n) => n !== sms).map((n) => n.description)).toEqual(radios.filter((n) => n !== sms).map(() => ''));

      const [first] = await tabOrder(page, 1);
      expect(said(first)).toBe(`button ${nb.showMe}`);
      await page.press('Enter');
      // What a screen reader says on arriving: the radio, its name, and PIN-fri's words.
      const there = focusedIn(await axUntil(page, (t) => focusedIn(t)?.role === 'radio', 'focus on the option'));
      expect({ role: there?.role, name: there?.name, description: there?.description }).toEqual({ role: 'radio', name: 'Kode på SMS', description: nb.optionSuggested });

      // Chosen: the hint says "save", and the option no longer says PIN-fri suggests it.
      await page.press('Space');
      await waitForHint(page, 'save');
      const saved = await axUntil(page, (t) => hintIn(t, 'nb').spoken.includes(wordsOf('nb', 'save').announcement), 'the "save" announcement');
      expect(suggesting(saved)).toEqual([]);
    });

    it('focus order (nb): the hint\'s two buttons first, then the page as it was', async () => {
      const nb = HINT_TEXT.nb;
      await hintPage(SETTINGS, 'nb', 'pin', 'pin');
      const order = await tabOrder(page, 5);
      expect(order.map(said)).toEqual([`button ${nb.showMe}`, `button ${nb.notNow}`, 'link Forside', 'radio Kode fra PIN-kodebrev', 'link Endre mobilnummer']);
    });

    it('Escape (nb): the region, its buttons and the option\'s words are gone; focus is on the option', async () => {
      await hintPage(SETTINGS, 'nb', 'pin', 'pin');
      await tabOrder(page, 1);
      await page.press('Escape');
      const tree = await axUntil(page, (t) => !hintIn(t, 'nb').region && focusedIn(t)?.role === 'radio', 'no hint, focus on the option');
      expect(said(focusedIn(tree))).toBe('radio Kode på SMS');
      expect(suggesting(tree)).toEqual([]);
    });

    it('Digdir\'s components (nn): the radio inside <mid-radio> takes focus and says PIN-fri\'s words; "Ikkje no" takes them away', async () => {
      const nn = HINT_TEXT.nn;
      await hintPage(PROFILE, 'nn', 'pin', 'pin');
      const [first] = await tabOrder(page, 1);
      expect(said(first)).toBe(`button ${nn.showMe}`);
      await page.press('Enter');
      const there = focusedIn(await axUntil(page, (t) => focusedIn(t)?.role === 'radio', 'focus on the option'));
      expect({ name: there?.name, description: there?.description }).toEqual({ name: 'Kode på SMS', description: nn.optionSuggested });
      // "Ikkje no", as a pointer presses it.
      await page.evaluate(() => (document.querySelector('[data-pinfri-hint]')!.shadowRoot!.querySelector('[data-action="not-now"]') as HTMLElement).click());
      const tree = await axUntil(page, (t) => !hintIn(t, 'nn').region, 'no hint');
      expect(suggesting(tree)).toEqual([]);
    });

    it('an SPA route change (nb): the option that comes in says PIN-fri\'s words once; after Back, nothing does', async () => {
      await speak('nb');
      await page.goto('https://profil.minid.no/');
      await waitForHint(page, 'open-choice');
      await page.click('#change-method');
      await waitForHint(page, 'pin');
      const tree = await axUntil(page, (t) => suggesting(t).length > 0, 'the option\'s words');
      expect(suggesting(tree).map(said)).toEqual(['radio Kode på SMS']);
      await page.evaluate(() => history.back());
      await waitForHint(page, 'open-choice');
      expect(suggesting(await axUntil(page, (t) => !all(t).some((n) => n.role === 'radio'), 'the choice gone'))).toEqual([]);
      await page.evaluate(() => history.forward());
      await waitForHint(page, 'pin');
      const again = await axUntil(page, (t) => suggesting(t).length > 0, 'the option\'s words again');
      expect(suggesting(again).map(said)).toEqual(['radio Kode på SMS']);
    });

    it('a page that describes the option itself (en): its words first, then PIN-fri\'s', async () => {
      const tree = await hintPage(`${SETTINGS}?locale=en&form=ds&saved=letter`, 'en', 'pin', 'pin');
      const sms = all(tree).find((n) => n.role === 'radio' && n.name.startsWith('Code on SMS'));
      expect(sms?.description).toBe(`We send the code to your mobile number. ${HINT_TEXT.en.optionSuggested}`);
    });

    it('nothing chosen (nn, ARIA radios): "choose", and the ARIA radio says PIN-fri\'s words', async () => {
      await hintPage(`${SETTINGS}?locale=nn&form=aria&saved=letter`, 'nn', 'pin', 'pin');
      await page.evaluate(() => document.querySelectorAll('[role=radio]').forEach((radio) => radio.setAttribute('aria-checked', 'false')));
      await waitForHint(page, 'choose');
      const tree = await axUntil(page, (t) => hintIn(t, 'nn').spoken.includes(wordsOf('nn', 'choose').announcement), 'the "choose" announcement');
      expect(all(tree).find((n) => n.role === 'radio' && n.name === 'Kode på SMS')?.description).toBe(HINT_TEXT.nn.optionSuggested);
    });

    it('a drop-down (nb): the combobox says PIN-fri suggests «Kode på SMS», whatever entry it shows', async () => {
      const tree = await hintPage(`${SETTINGS}?form=select&saved=letter`, 'nb', 'select', 'select');
      const select = all(tree).filter((n) => n.role === 'combobox');
      expect(select.map((n) => n.description)).toEqual([HINT_TEXT.nb.optionSuggested]);
    });

    /** States where the hint does not point at «Kode på SMS»: their words, their buttons and links, and no words on any option. */
    const QUIET: { url: string; lang: Language; state: string; words: HintWords; showMe: boolean; help: boolean; before?: () => Promise<void> }[] = [
      { url: `${SETTINGS}?saved=sms`, lang: 'nb', state: 'done', words: 'done', showMe: false, help: false },
      { url: `${PROFILE}?locale=nn&saved=app`, lang: 'nn', state: 'off-pin', words: 'off-pin-app', showMe: false, help: false },
      { url: `${SETTINGS}?form=ds&saved=letter&mobile=none`, lang: 'nb', state: 'sms-unavailable', words: 'sms-unavailable', showMe: true, help: false },
      { url: 'https://profil.minid.no/profil?locale=en&saved=letter', lang: 'en', state: 'open-choice', words: 'open-choice', showMe: true, help: false },
      { url: 'https://profil.minid.no/profil', lang: 'nb', state: 'not-found', words: 'not-found', showMe: false, help: true },
      { url: 'https://profil.minid.no/finnes-ikke', lang: 'nn', state: 'page-missing', words: 'page-missing', showMe: false, help: true },
      { url: 'https://login.idporten.no/authorize/minid/otc', lang: 'nb', state: 'sms-active', words: 'sms-active', showMe: true, help: false },
      { url: 'https://minprofil.kontaktregisteret.no/', lang: 'en', state: 'mobile', words: 'mobile', showMe: true, help: false },
    ];
    for (const quiet of QUIET) {
      it(`${quiet.state} (${quiet.lang}): its words in a named region, said once; ${quiet.help ? 'help links named; ' : ''}no option says PIN-fri's words`, async () => {
        const text = HINT_TEXT[quiet.lang];
        const tree = await hintPage(quiet.url, quiet.lang, quiet.state, quiet.words);
        const { region, spoken } = hintIn(tree, quiet.lang);
        const { title, why, announcement } = wordsOf(quiet.lang, quiet.words);
        expect(region, dump(tree)).toBeDefined();
        expect(all(region!).find((n) => n.role === 'heading')?.name).toBe(title);
        expect(textOf(region!)).toContain(why);
        expect(spoken.filter((s) => s === announcement)).toHaveLength(1);
        expect(all(region!).filter((n) => n.role === 'button').map((n) => n.name)).toEqual(quiet.showMe ? [text.showMe, text.notNow] : [text.notNow]);
        expect(all(region!).filter((n) => n.role === 'link').map((n) => n.name)).toEqual(quiet.help ? [text.helpCall, text.helpSite] : []);
        expect(suggesting(tree)).toEqual([]);
        // The first Tab reaches the hint's first control.
        const [first] = await tabOrder(page, 1);
        expect(said(first)).toBe(quiet.showMe ? `button ${text.showMe}` : quiet.help ? `link ${text.helpCall}` : `button ${text.notNow}`);
      });
    }

    it('login-first (en), on the way from the popup: its words, said once, in the corner with "Not now"', async () => {
      await popup.evaluate(async () => {
        type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        for (const type of ['start-over', 'opened-settings']) {
          await (g.browser ?? g.chrome)!.runtime.sendMessage({ mark: 'pinfri/1', type: 'popup-action', action: { type } });
        }
      });
      const tree = await hintPage('https://login.idporten.no/authorize/selector', 'en', 'login-first', 'login-first');
      const { region } = hintIn(tree, 'en');
      expect(all(region!).find((n) => n.role === 'heading')?.name).toBe(HINT_TEXT.en['hint.login-first.title']);
      expect(all(region!).filter((n) => n.role === 'button').map((n) => n.name)).toEqual([HINT_TEXT.en.notNow]);
      expect(suggesting(tree)).toEqual([]);
    });
  });

  describe('the popup and the guide', () => {
    /** Every control named, and every Tab stop a named control, in the order the page gives. */
    async function everyStopNamed(at: E2EPage, stops: number): Promise<AxNode[]> {
      const tree = await at.accessibilityTree();
      const unnamed = all(tree).filter((n) => CONTROLS.has(n.role) && n.name.trim() === '');
      expect(unnamed.map(said), dump(tree)).toEqual([]);
      const order = await tabOrder(at, stops);
      for (const stop of order) expect(CONTROLS.has(stop.role) && stop.name.trim() !== '', said(stop)).toBe(true);
      return order;
    }

    it('the popup: the first question, then each route, in nb', async () => {
      const text = MESSAGES.nb;
      await speak('nb');
      await popup.evaluate(async () => {
        type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        await (g.browser ?? g.chrome)!.runtime.sendMessage({ mark: 'pinfri/1', type: 'popup-action', action: { type: 'start-over' } });
      });
      // The popup follows the stored state: no reload (Firefox's BiDi may never report an extension page's load).
      const first = await axUntil(popup, (t) => all(t).some((n) => n.role === 'group' && n.name === text.question), 'the first question');
      expect(all(first).find((n) => n.role === 'heading')?.name).toBe(text.appName);
      // The four answers are buttons whose names say the answer and what it means.
      const answers = all(first).filter((n) => n.role === 'button' && SITUATIONS.some((s) => n.name.startsWith(text[`situation.${s}`])));
      expect(answers.map((n) => n.name)).toEqual(SITUATIONS.map((s) => `${text[`situation.${s}`]} ${text[`situationHelp.${s}`]}`));
      // By Tab, the four answers in the order they are shown, each one stop.
      const order = (await everyStopNamed(popup, 8)).map(said);
      expect(order.filter((stop) => answers.some((a) => said(a) === stop))).toEqual(answers.map(said));

      for (const situation of SITUATIONS) {
        await popup.click(`[data-situation="${situation}"]`);
        const route = await axUntil(popup, (t) => all(t).some((n) => n.role === 'button' && n.name === text.changeAnswer), `the route for ${situation}`);
        expect(all(route).filter((n) => n.role === 'heading').length, dump(route)).toBeGreaterThanOrEqual(2);
        await everyStopNamed(popup, 6);
        await popup.click('[data-action="change-answer"]');
        await axUntil(popup, (t) => all(t).some((n) => n.role === 'group' && n.name === text.question), 'the first question again');
      }
    });

    it('the guide (nn): its title, named links and headings, every Tab stop named', async () => {
      const guide = await browser().openExtensionPage(`${GUIDE}?lang=nn`);
      const tree = await axUntil(guide, (t) => all(t).some((n) => n.role === 'heading' && n.name === GUIDE_TEXT.nn.title), 'the guide\'s title');
      expect(all(tree).filter((n) => n.role === 'heading').length).toBeGreaterThan(5);
      // Every picture of a page has its words.
      expect(all(tree).filter((n) => n.role === 'img' && n.name.trim() === '').map(said)).toEqual([]);
      await everyStopNamed(guide, 6);
      await guide.close();
    });
  });
});
