/**
 * Functions `npm run bench` runs inside pages. Each is serialised by Playwright
 * and must be self-contained: no imports, no outer variables.
 */

export interface Stamp {
  /** performance.now() in the page, ms since navigation start. */
  t: number;
  /** requestAnimationFrame ticks counted so far. */
  f: number;
}

export interface LateRecord {
  frame: number;
  /** The page's script inserts the choice (just before its `replaceChildren` call). */
  inserted: Stamp | null;
  /** `mid-radio[value=sms]` is in the DOM. */
  appear: Stamp | null;
  /** It carries data-pinfri-target="sms". */
  marked: Stamp | null;
  /** The hint's host, `<div data-pinfri-hint>`, is in the DOM. */
  hintAdded: Stamp | null;
  /** The hint's callout has been placed beside the option (data-placement set). */
  hintPlaced: Stamp | null;
  /** Driver.js: its popover is in the DOM. */
  peerDrawn: Stamp | null;
  /** Driver.js: how long the synchronous driver.highlight() call took, ms. */
  peerCallMs: number | null;
}

/**
 * Init script (runs before the page's own scripts): timestamps, from a
 * MutationObserver, when the SMS option appears, when PIN-fri marks it and
 * when its hint is added and placed, counting animation frames with a rAF loop.
 * With `peer`, Driver.js (already injected as an IIFE) highlights the option
 * as soon as it appears — the best case for it: it is told exactly where.
 * Both are stamped the same way: when this observer is told of the mark, or
 * of the popover, by a record of its own.
 * It also stamps the moment the page's script inserts the choice: the late
 * replica does that with one `replaceChildren` (test/replicas/app/minid.ts),
 * which is wrapped here, in the page's world (a content script, in its own
 * world, calls the browser's own).
 */
export function installRecorder(peer: boolean): void {
  const rec: LateRecord = {
    frame: 0,
    inserted: null,
    appear: null,
    marked: null,
    hintAdded: null,
    hintPlaced: null,
    peerDrawn: null,
    peerCallMs: null,
  };
  (window as unknown as { __bench: LateRecord }).__bench = rec;
  const tick = () => {
    rec.frame += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const stamp = (): Stamp => ({ t: performance.now(), f: rec.frame });
  let hintObserved = false;

  const SMS = 'mid-radio[value=sms]';
  const replaceChildren = Element.prototype.replaceChildren;
  Element.prototype.replaceChildren = function (this: Element, ...nodes: (Node | string)[]) {
    if (!rec.inserted && nodes.some((n) => n instanceof Element && (n.matches(SMS) || n.querySelector(SMS)))) rec.inserted = stamp();
    replaceChildren.apply(this, nodes);
  };

  const check = () => {
    const option = document.querySelector(SMS);
    if (option && !rec.appear) {
      rec.appear = stamp();
      if (peer) {
        const api = (window as unknown as { driver?: { js?: { driver: (c?: object) => { highlight(s: object): void } } } }).driver?.js;
        if (api) {
          const started = performance.now();
          api.driver().highlight({
            element: 'mid-radio[value=sms]',
            popover: { title: 'Velg «Kode på SMS»', description: 'Trykk her, og lagre.', side: 'right' },
          });
          rec.peerCallMs = performance.now() - started;
          // Its popover is stamped as PIN-fri's mark is: when this observer is next told, by the
          // popover's own record. Stamped here, at once, it skipped what runs in between (the page's
          // components render in microtasks queued with the insert, about 12 ms here), which
          // PIN-fri's mark, set in an observer of its own, always paid.
          return;
        }
      }
    }
    if (option && !rec.marked && option.getAttribute('data-pinfri-target') === 'sms') rec.marked = stamp();
    const hint = document.querySelector('[data-pinfri-hint]');
    if (hint && !rec.hintAdded) rec.hintAdded = stamp();
    if (hint?.shadowRoot && !hintObserved) {
      hintObserved = true;
      new MutationObserver(check).observe(hint.shadowRoot, { subtree: true, attributes: true, attributeFilter: ['data-placement'] });
    }
    if (!rec.hintPlaced && rec.appear && hint?.shadowRoot?.querySelector('.callout[data-placement]')) rec.hintPlaced = stamp();
    if (!rec.peerDrawn && document.querySelector('.driver-popover')) rec.peerDrawn = stamp();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-pinfri-target', 'value', 'class'],
  });
}

/** Init script: Driver.js's stylesheet, added once the page has a <head>. */
export function installCss(css: string): void {
  const add = () => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  };
  if (document.head) add();
  else document.addEventListener('DOMContentLoaded', add, { once: true });
}

export interface NoiseResult {
  /** The page's own loop of mutations, ms. */
  loopMs: number;
  /** From the first mutation to the end of the frame after the last (our work lands there), ms. */
  untilPaintedMs: number;
}

/**
 * 10 000 DOM mutations unrelated to the choice, as a busy page would make them:
 * `batches` frames, each adding spans, editing text and toggling a class in a
 * container of its own. Times the page's script, then waits two frames so any
 * work an observer schedules for the next frame is inside the figure.
 */
export async function domNoise(arg: { total: number; batches: number }): Promise<NoiseResult> {
  const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
  const box = document.createElement('div');
  box.id = 'bench-noise';
  document.body.append(box);
  const per = Math.ceil(arg.total / arg.batches);
  let loopMs = 0;
  let made = 0;
  await frame();
  const started = performance.now();
  for (let b = 0; b < arg.batches; b += 1) {
    const t0 = performance.now();
    for (let i = 0; i < per && made < arg.total; i += 3) {
      const span = document.createElement('span');
      span.textContent = String(made);
      box.append(span); // childList
      (span.firstChild as Text).data = `${made}!`; // characterData
      span.className = 'n'; // an attribute PIN-fri does not watch
      made += 3;
    }
    loopMs += performance.now() - t0;
    await frame();
  }
  await frame();
  await frame();
  const untilPaintedMs = performance.now() - started;
  box.remove();
  return { loopMs, untilPaintedMs };
}

export interface PopupRecord {
  /** The popup's first screen is in the DOM (the first question, or the progress of a person on a route), ms since navigation start. */
  progress: number | null;
  /** A button is enabled and takes focus, ms since navigation start. */
  interactive: number | null;
}

/** Init script for the popup page: when the checklist renders and when a button takes focus. */
export function installPopupRecorder(): void {
  const rec: PopupRecord = { progress: null, interactive: null };
  (window as unknown as { __bench: PopupRecord }).__bench = rec;
  const check = () => {
    if (rec.progress === null && document.querySelector('[data-testid=progress], [data-testid=first-question]')) rec.progress = performance.now();
    if (rec.interactive === null) {
      const button = document.querySelector<HTMLButtonElement>('button:not([disabled])');
      if (button) {
        button.focus();
        if (document.activeElement === button) rec.interactive = performance.now();
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
}
