/**
 * What a busy page's mutations cost PIN-fri: only changes that can alter what
 * it finds trigger a rescan; a clock or a feed of plain spans does not.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_ELEMENTS, OWN_ELEMENTS, walkDeep } from '../../src/core/find/finder';
import { anyMatters, appendedTail, batchMatters, frameThrottle, watchPage, watchRoots, watchUrl } from '../../src/content/watch';
import { fromHtml } from './dom';

/**
 * What left the boxes, judged by searching each record's removed nodes as
 * added ones are (watchRoots looks at what the walks found instead: see
 * its tests).
 */
const searchRemoved = (boxes: Map<Node, MutationRecord[]>) => [...boxes.values()].some((run) => run.some((record) => anyMatters(record.removedNodes)));

/** One record on its own, as the watcher would judge it in a batch of one. */
const mayMatter = (record: MutationRecord): boolean => batchMatters([record], searchRemoved);

/** A host like the hint's (content/hint/view.ts): a plain div with a shadow root, known as ours. */
function ownHost(): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(document.createElement('button'));
  OWN_ELEMENTS.add(host);
  return host;
}

async function recordsOf(root: Node, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['checked'] });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const page = () =>
  fromHtml(`<div id="clock">12:00</div><div id="feed"></div>
  <form><fieldset><legend>Velg</legend>
  <input type="radio" id="a" name="m"><label for="a" id="la">Kode fra PIN-kodebrev</label>
  </fieldset><p role="status" id="status"></p></form>
  <mid-radio-group id="group"><mid-radio value="sms"><span id="slot">Kode</span></mid-radio></mid-radio-group>`);

describe('mayMatter', () => {
  it.each<[string, (root: HTMLElement) => void]>([
    ['a clock ticking', (r) => (r.querySelector('#clock')!.firstChild as Text).replaceData(0, 5, '12:01')],
    ['plain spans added to a feed', (r) => r.querySelector('#feed')!.append(document.createElement('span'), 'tekst')],
    ['a plain paragraph that mentions SMS', (r) => r.querySelector('#feed')!.append(Object.assign(document.createElement('p'), { textContent: 'Kode på SMS' }))],
    ['plain elements removed', (r) => r.querySelector('#clock')!.remove()],
  ])('ignores %s', async (_name, change) => {
    const root = page();
    const records = await recordsOf(root, () => change(root));
    expect(records.length).toBeGreaterThan(0);
    expect(records.some(mayMatter)).toBe(false);
  });

  it.each<[string, (root: HTMLElement) => void]>([
    ['a radio added', (r) => r.querySelector('fieldset')!.append(Object.assign(document.createElement('input'), { type: 'radio' }))],
    ['a wrapper holding a choice added', (r) => r.querySelector('#feed')!.append(fromHtmlFragment('<div><label>Kode på SMS <input type="radio"></label></div>'))],
    ['a custom element added (it may render a choice)', (r) => r.querySelector('#feed')!.append(document.createElement('app-shell'))],
    ['a label’s text changed', (r) => (r.querySelector('#la')!.firstChild as Text).replaceData(0, 4, 'Kode')],
    ['the page’s status message', (r) => (r.querySelector('#status')!.textContent = 'Endringene er lagret')],
    ['slotted label text of a component', (r) => (r.querySelector('#slot')!.firstChild as Text).appendData(' på SMS')],
    ['the choice removed', (r) => r.querySelector('form')!.remove()],
    ['a watched attribute', (r) => r.querySelector('#a')!.setAttribute('checked', '')],
    [
      'a box of plain rows larger than a walk, without a look at each',
      (r) => {
        const box = document.createElement('div');
        for (let i = 0; i <= MAX_ELEMENTS; i++) box.append(document.createElement('div'));
        r.querySelector('#feed')!.append(box);
      },
    ],
  ])('counts %s', async (_name, change) => {
    const root = page();
    const records = await recordsOf(root, () => change(root));
    expect(records.some(mayMatter)).toBe(true);
  });
});

/** Constant test markup as nodes (parsed, never assigned as HTML). */
function fromHtmlFragment(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  fragment.append(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
  return fragment;
}

describe('watchUrl', () => {
  const scope = globalThis as { navigation?: EventTarget };
  afterEach(() => {
    delete scope.navigation;
    history.replaceState(null, '', '/');
  });

  it("hears the page's own pushState through the Navigation API, where the browser has it", () => {
    scope.navigation = new EventTarget();
    const onChange = vi.fn();
    const signal = new AbortController();
    watchUrl(onChange, signal.signal);
    history.pushState(null, '', '/innlogging');
    scope.navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0]).toMatch(/\/innlogging$/);
    // The same address again is no change; after abort nothing is heard.
    scope.navigation.dispatchEvent(new Event('currententrychange'));
    signal.abort();
    history.pushState(null, '', '/profil');
    scope.navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('without it, hears Back (popstate) and a new #hash (hashchange), until the signal aborts', () => {
    const onChange = vi.fn();
    const signal = new AbortController();
    watchUrl(onChange, signal.signal);
    history.pushState(null, '', '/innlogging');
    window.dispatchEvent(new Event('popstate'));
    history.pushState(null, '', '/innlogging#x');
    window.dispatchEvent(new Event('hashchange'));
    expect(onChange.mock.calls.map(([url]) => new URL(url as string).pathname + new URL(url as string).hash)).toEqual(['/innlogging', '/innlogging#x']);
    signal.abort();
    history.pushState(null, '', '/profil');
    window.dispatchEvent(new Event('popstate'));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('without it, waits for the next cue (a DOM change calls the check it returns)', () => {
    const onChange = vi.fn();
    const check = watchUrl(onChange, new AbortController().signal);
    history.pushState(null, '', '/innlogging');
    expect(onChange).not.toHaveBeenCalled();
    check();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('batchMatters', () => {
  it('a feed of a hundred plain spans, their text and a clock, in one batch, is no news', async () => {
    const root = page();
    const records = await recordsOf(root, () => {
      const feed = root.querySelector('#feed')!;
      for (let i = 0; i < 100; i++) {
        const span = document.createElement('span');
        span.textContent = String(i);
        feed.append(span);
        (span.firstChild as Text).data = `${i}!`;
      }
      (root.querySelector('#clock')!.firstChild as Text).data = '12:02';
    });
    expect(records.length).toBeGreaterThan(200);
    expect(batchMatters(records, searchRemoved)).toBe(false);
  });

  it('one record that matters among many plain ones is found', async () => {
    const root = page();
    const records = await recordsOf(root, () => {
      const feed = root.querySelector('#feed')!;
      for (let i = 0; i < 50; i++) feed.append(document.createElement('span'));
      (root.querySelector('#la')!.firstChild as Text).data = 'Kode på SMS';
    });
    expect(batchMatters(records, searchRemoved)).toBe(true);
  });

  it('our own hint coming and going is no news', async () => {
    const root = page();
    const records = await recordsOf(root, () => root.prepend(ownHost()));
    expect(batchMatters(records, searchRemoved)).toBe(false);
    // A page's host of the same shape is news: what it holds may be the choice.
    const theirs = document.createElement('div');
    theirs.attachShadow({ mode: 'open' });
    expect(batchMatters(await recordsOf(root, () => root.prepend(theirs)), searchRemoved)).toBe(true);
  });

  it("the option's note of ours (mark.ts), put in a component's shadow root and taken out, is no news; the page's own node there is", async () => {
    const root = page();
    const shadow = root.querySelector('mid-radio')!.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('input'), { type: 'radio' }));
    const note = Object.assign(document.createElement('span'), { id: 'pinfri-suggests', hidden: true, textContent: 'PIN-fri foreslår «Kode på SMS».' });
    OWN_ELEMENTS.add(note);
    const records = await recordsOf(shadow, () => shadow.append(note));
    expect(records).toHaveLength(1);
    expect(batchMatters(records, searchRemoved)).toBe(false);
    expect(batchMatters(await recordsOf(shadow, () => note.remove()), searchRemoved)).toBe(false);
    // The same box, the same batch: a page's label after our note is still news.
    const both = await recordsOf(shadow, () => shadow.append(note, document.createElement('label')));
    expect(batchMatters(both, searchRemoved)).toBe(true);
    const after = await recordsOf(shadow, () => {
      note.remove();
      shadow.append(document.createTextNode('Kode på SMS'));
    });
    expect(after).toHaveLength(2);
    expect(batchMatters(after, searchRemoved)).toBe(true);
  });

  it('the walk never reads our own hint', () => {
    fromHtml('<button>Kode på SMS</button>');
    const host = ownHost();
    document.body.prepend(host);
    const walk = walkDeep(document.body);
    expect(walk.elements.map((el) => el.localName)).toEqual(['div', 'button']);
    expect(walk.shadowRoots).toEqual([]);
  });

  it("the walk never reads the option's note of ours either, though it has no shadow root", () => {
    fromHtml('<button>Kode på SMS</button>');
    const note = Object.assign(document.createElement('span'), { textContent: 'PIN-fri foreslår «Kode på SMS».' });
    OWN_ELEMENTS.add(note);
    document.body.append(note);
    expect(walkDeep(document.body).elements.map((el) => el.localName)).toEqual(['div', 'button']);
  });

  it('nothing the walk never reads is news: an icon, a script, a style, even with a name', async () => {
    const root = page();
    const records = await recordsOf(root, () => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', 'Kode på SMS');
      root.append(svg, document.createElement('script'), document.createElement('style'));
    });
    expect(records.length).toBeGreaterThan(0);
    expect(batchMatters(records, searchRemoved)).toBe(false);
  });
});

describe('appendedTail', () => {
  /** A box's children as a list, changed as the DOM does, with the records the DOM standard says each change makes. */
  interface Rec { previousSibling: object | null; nextSibling: object | null; added: object[] }
  type Op = { kind: 'append' | 'insert' | 'remove' | 'replace' | 'replaceAll' | 'move' | 'readd'; at: number; count: number };
  const play = (start: number, ops: Op[]) => {
    const list: object[] = Array.from({ length: start }, () => ({}));
    const gone: object[] = [];
    const records: Rec[] = [];
    const splice = (at: number, removeCount: number, added: object[]) => {
      const removed = list.splice(at, removeCount, ...added);
      gone.push(...removed);
      records.push({ previousSibling: list[at - 1] ?? null, nextSibling: list[at + added.length] ?? null, added });
    };
    const fresh = (n: number) => Array.from({ length: n }, () => ({}));
    for (const op of ops) {
      const at = list.length === 0 ? 0 : op.at % list.length;
      if (op.kind === 'append') splice(list.length, 0, fresh(op.count));
      else if (op.kind === 'insert') splice(at, 0, fresh(op.count));
      else if (op.kind === 'replaceAll') splice(0, list.length, fresh(op.count - 1));
      else if (list.length === 0) continue;
      else if (op.kind === 'remove') splice(at, 1, []);
      else if (op.kind === 'replace') splice(at, 1, fresh(1));
      else if (op.kind === 'move') {
        // Moving a node is a removal, then an insertion: at the end, or before another.
        const [node] = list.splice(at, 1);
        records.push({ previousSibling: list[at - 1] ?? null, nextSibling: list[at] ?? null, added: [] });
        splice(op.count === 1 || list.length === 0 ? list.length : op.at % list.length, 0, [node!]);
      }
      if (op.kind === 'readd' && gone.length > 0) {
        // A node that left comes back, at the end or before another.
        const node = gone.splice(op.at % gone.length, 1)[0]!;
        splice(op.count === 1 ? list.length : at, 0, [node]);
      }
    }
    // The box as the walk sees it afterwards.
    const nodes = new Map(list.map((n, i) => [n, { previousSibling: list[i - 1] ?? null }]));
    const box = { lastChild: list.at(-1) ?? null };
    return { list, records, box, nodes };
  };

  it('never misses a node the records added that is still in the box, whatever they did', () => {
    const op = fc.record({
      kind: fc.constantFrom<Op['kind']>('append', 'append', 'append', 'insert', 'remove', 'replace', 'replaceAll', 'move', 'readd'),
      at: fc.nat(20),
      count: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.nat(4), fc.array(op, { maxLength: 8 }), (start, ops) => {
        const { list, records, box, nodes } = play(start, ops);
        // Each model node answers previousSibling from the final list, as a live DOM node does.
        for (const [node, links] of nodes) Object.assign(node, links);
        const tail = appendedTail(box as unknown as Node, records as unknown as MutationRecord[]);
        if (tail === null) return;
        const present = new Set(list);
        for (const record of records) for (const node of record.added) if (present.has(node)) expect(tail).toContain(node);
        expect(tail).toHaveLength(records.length);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds a feed’s new nodes from the box, and gives up on an insertion before a node', () => {
    const feed = document.createElement('div');
    const old = feed.appendChild(document.createElement('p'));
    const records: Partial<MutationRecord>[] = [];
    for (let i = 0; i < 3; i++) {
      const span = feed.appendChild(document.createElement('span'));
      records.push({ previousSibling: span.previousSibling, nextSibling: null });
    }
    expect(appendedTail(feed, records as MutationRecord[])).toEqual([...feed.childNodes].slice(1).reverse());
    feed.insertBefore(document.createElement('span'), old);
    records.push({ previousSibling: null, nextSibling: old });
    expect(appendedTail(feed, records as MutationRecord[])).toBeNull();
  });
});

describe('what left, on a busy page', () => {
  /** A record as the DOM standard writes it (happy-dom leaves an append's previous sibling out). */
  const record = (box: Node, added: Node[], removed: Node[], previousSibling: Node | null): MutationRecord =>
    ({ type: 'childList', target: box, previousSibling, nextSibling: null, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;
  const append = (box: Element, node: Node) => record(box, [box.appendChild(node)], [], node.previousSibling);

  it('batchMatters tells the judge of removals whether each box only had one node added at its end per record', () => {
    const box = document.body.appendChild(document.createElement('div'));
    const first = box.appendChild(document.createElement('b'));
    const lost = vi.fn(() => false);
    const feed = [append(box, document.createElement('span')), append(box, document.createElement('span'))];
    expect(batchMatters(feed, lost)).toBe(false);
    expect(lost).toHaveBeenLastCalledWith(new Map([[box, feed]]), true);
    const inserted = record(box, [box.insertBefore(document.createElement('span'), first)], [], null);
    Object.assign(inserted, { nextSibling: first });
    expect(batchMatters([inserted], lost)).toBe(false);
    expect(lost).toHaveBeenLastCalledWith(new Map([[box, [inserted]]]), false);
    // Its verdict is the batch's.
    lost.mockReturnValue(true);
    expect(batchMatters(feed, lost)).toBe(true);
    box.remove();
  });

  it('watchRoots looks at what is held unless every box only grew from where the last batch left it', () => {
    let deliver: (records: MutationRecord[]) => void = () => undefined;
    vi.stubGlobal(
      'MutationObserver',
      class {
        constructor(callback: (records: MutationRecord[]) => void) {
          deliver = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    try {
      const root = page();
      const feed = root.querySelector('#feed')!;
      const controller = new AbortController();
      const onChange = vi.fn();
      watchRoots(onChange, controller.signal)(walkDeep(document));
      deliver([append(feed, document.createElement('span'))]);
      expect(onChange).toHaveBeenLastCalledWith(false);
      // The choice leaves; in this fake its record comes late, so only a look at what is held can tell.
      root.querySelector('form')!.remove();
      deliver([append(feed, document.createElement('span'))]);
      expect(onChange).toHaveBeenLastCalledWith(false);
      // The feed's last node replaced: a removal, though one node was added at the end.
      const gone = feed.lastChild!;
      const replacement = document.createElement('span');
      feed.replaceChild(replacement, gone);
      deliver([record(feed, [replacement], [gone], replacement.previousSibling)]);
      expect(onChange).toHaveBeenLastCalledWith(true);
      controller.abort();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('watchRoots', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** The replica page, watched as the content script starts: the document, then what the first walk found. */
  const watching = () => {
    const root = page();
    const controller = new AbortController();
    const onChange = vi.fn();
    const observeWalk = watchRoots(onChange, controller.signal);
    observeWalk(walkDeep(document));
    return { root, controller, onChange, observeWalk };
  };

  it('watches text only where it can name a choice: a label yes, a plain clock not at all', async () => {
    const { root, controller, onChange } = watching();
    (root.querySelector('#clock')!.firstChild as Text).data = '12:03';
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    (root.querySelector('#la')!.firstChild as Text).data = 'Kode på SMS';
    await flush();
    expect(onChange).toHaveBeenCalledWith(true);
    controller.abort();
  });

  it('a label added later is watched after the next walk', async () => {
    const { root, controller, onChange, observeWalk } = watching();
    const label = Object.assign(document.createElement('label'), { textContent: 'Laster' });
    root.querySelector('#feed')!.append(label);
    await flush();
    expect(onChange).toHaveBeenLastCalledWith(true);
    observeWalk(walkDeep(document));
    onChange.mockClear();
    (label.firstChild as Text).data = 'Kode på SMS';
    await flush();
    expect(onChange).toHaveBeenCalledWith(true);
    controller.abort();
  });
  it('a removal matters when something the walk found leaves the page, however little else it holds', async () => {
    const root = page();
    const feed = root.querySelector('#feed')!;
    for (let i = 0; i < 200; i++) feed.append(document.createElement('span'));
    const controller = new AbortController();
    const onChange = vi.fn();
    const observeWalk = watchRoots(onChange, controller.signal);
    observeWalk(walkDeep(document));
    feed.remove();
    await flush();
    expect(onChange).toHaveBeenLastCalledWith(false);
    root.querySelector('fieldset')!.remove();
    await flush();
    expect(onChange).toHaveBeenLastCalledWith(true);
    // A component (and its shadow root) leaving counts too.
    root.querySelector('#group')!.remove();
    await flush();
    expect(onChange).toHaveBeenLastCalledWith(true);
    controller.abort();
  });
});

describe('watchRoots, a busy batch', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  it('judges removals by what the walk found, without reading each record: a plain box no, the choice yes', async () => {
    const root = page();
    const controller = new AbortController();
    const onChange = vi.fn();
    const observeWalk = watchRoots(onChange, controller.signal);
    observeWalk(walkDeep(document));
    const feed = root.querySelector('#feed')!;
    const feedMany = () => {
      for (let i = 0; i < 100; i++) feed.append(document.createElement('span'));
    };
    feedMany();
    root.querySelector('#clock')!.remove();
    await flush();
    expect(onChange).toHaveBeenLastCalledWith(false);
    feedMany();
    // From a plain box: only what left says it matters.
    root.querySelector('form')!.remove();
    feedMany();
    await flush();
    expect(onChange).toHaveBeenLastCalledWith(true);
    controller.abort();
  });
});

describe('watchPage and the address', () => {
  const scope = globalThis as { navigation?: EventTarget };
  afterEach(() => {
    delete scope.navigation;
  });
  const busy = async (withNavigation: boolean) => {
    if (withNavigation) scope.navigation = new EventTarget();
    const root = page();
    const controller = new AbortController();
    const checkUrl = vi.fn();
    watchPage({ signal: controller.signal, checkUrl, scanEarly: true }, () => undefined);
    // Observed from the end of the first scan, which runs in a task of its own.
    await new Promise((resolve) => setTimeout(resolve));
    root.querySelector('#feed')!.append(document.createElement('span'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    controller.abort();
    return checkUrl;
  };

  it("is not told of the first scan's own writes (the hint's host), and is of every change after it", async () => {
    const root = page();
    const controller = new AbortController();
    const checkUrl = vi.fn();
    const scan = vi.fn(() => {
      if (scan.mock.calls.length === 1) document.body.prepend(ownHost());
    });
    watchPage({ signal: controller.signal, checkUrl, scanEarly: true }, scan);
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Without the Navigation API any batch is a cue to look at the address: there was none.
    expect(checkUrl).not.toHaveBeenCalled();
    expect(scan).toHaveBeenCalledTimes(1);
    // The page's changes are heard from then on: in the document, and in what the first scan walked.
    (root.querySelector('#la')!.firstChild as Text).replaceData(0, 4, 'Kode');
    await vi.waitFor(() => expect(scan.mock.calls.length).toBeGreaterThan(1));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const looks = checkUrl.mock.calls.length;
    expect(looks).toBeGreaterThan(0);
    root.querySelector('#feed')!.append(document.createElement('span'));
    await vi.waitFor(() => expect(checkUrl.mock.calls.length).toBeGreaterThan(looks));
    controller.abort();
    document.body.firstElementChild?.remove();
  });

  it('without the Navigation API, a change that cannot matter is still a cue to look at the address, soon', async () => {
    expect(await busy(false)).toHaveBeenCalled();
  });

  it('with it, the browser tells of history changes: a busy page sets no timer for that', async () => {
    expect(await busy(true)).not.toHaveBeenCalled();
  });
});

describe('frameThrottle', () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  it('runs at once on the first change, and a burst after it once more, in the next frame', async () => {
    const controller = new AbortController();
    const fn = vi.fn();
    const throttle = frameThrottle(fn, controller.signal);
    throttle.now();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenLastCalledWith(true);
    // A component renders again, and again: one more run for all of them, not one each.
    throttle.now();
    throttle.now();
    throttle.soon();
    expect(fn).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fn).toHaveBeenCalledTimes(2));
    // That one runs in the frame, when the page's own work is done.
    expect(fn).toHaveBeenLastCalledWith(false);
    // Calm again: the next change is served at once.
    await frame();
    await frame();
    expect(fn).toHaveBeenCalledTimes(2);
    throttle.now();
    expect(fn).toHaveBeenCalledTimes(3);
    controller.abort();
  });

  it('soon() waits for the next frame, however often asked', async () => {
    const controller = new AbortController();
    const fn = vi.fn();
    const throttle = frameThrottle(fn, controller.signal);
    throttle.soon();
    throttle.soon();
    expect(fn).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(fn).toHaveBeenCalledTimes(1));
    expect(fn).toHaveBeenLastCalledWith(false);
    await frame();
    await frame();
    expect(fn).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('serves a hidden tab, which gets no frames', async () => {
    const controller = new AbortController();
    const fn = vi.fn();
    const raf = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      const throttle = frameThrottle(fn, controller.signal);
      throttle.now();
      throttle.now();
      await vi.waitFor(() => expect(fn).toHaveBeenCalledTimes(2));
      await new Promise((resolve) => setTimeout(resolve, 120));
      throttle.soon();
      await vi.waitFor(() => expect(fn).toHaveBeenCalledTimes(3));
      expect(raf).not.toHaveBeenCalled();
    } finally {
      raf.mockRestore();
      visibility.mockRestore();
      controller.abort();
    }
  });

  it('runs nothing after the signal aborts', async () => {
    const controller = new AbortController();
    const fn = vi.fn();
    const throttle = frameThrottle(fn, controller.signal);
    throttle.now();
    throttle.now();
    controller.abort();
    throttle.now();
    throttle.soon();
    await frame();
    await frame();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
