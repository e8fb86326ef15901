/**
 * Builds test DOM from constant HTML snippets. A `<template data-shadow>` inside
 * an element becomes that element's OPEN shadow root (data-shadow="closed": a
 * closed one), so web-component pages can be written inline as one string.
 */
export function fromHtml(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const container = document.createElement('div');
  container.append(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(container);
  attachShadows(container);
  return container;
}

function attachShadows(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[data-shadow]'))) {
    const host = template.parentElement;
    if (!host) continue;
    const mode = template.getAttribute('data-shadow') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachShadows(shadow);
  }
}

/** Finds an element by CSS selector through open shadow roots. */
export function deepQuery(root: ParentNode, selector: string): Element | null {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) {
      const found = deepQuery(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}
