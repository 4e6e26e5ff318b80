/**
 * Test-only helpers: build DOM fragments shaped like Fluent UI's (the admin center's UI
 * library) without innerHTML, and steps shaped like the catalog compiler's output.
 */
import { compileTargets } from '../../catalog/targets';
import type { Inline, StepWording } from '../../tour/model';

/** A child of {@link h}: an element, a text, or nothing. */
type Child = Element | string | null | undefined | false;

/**
 * Creates an element in the global `document` (happy-dom in tests).
 *
 * @param tag the tag name.
 * @param attributes attributes to set (`style` included); `true` sets an empty attribute.
 * @param children elements or texts, appended in order.
 */
export function h(tag: string, attributes: Record<string, string | true> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value === true ? '' : value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Replaces the body's content with the given fragments, returns the document. */
export function page(...children: Element[]): Document {
  document.body.replaceChildren(...children);
  return document;
}

/** A Fluent `DefaultButton`/`CommandBarButton`: text in nested spans inside the button. */
export function fluentButton(testId: string, text: string, attributes: Record<string, string | true> = {}): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'ms-Button', 'data-testid': testId, ...attributes },
    h('span', { class: 'ms-Button-flexContainer' }, h('span', { class: 'ms-Button-textContainer' }, h('span', { class: 'ms-Button-label' }, text))),
  );
}

/** A Fluent Nav entry: a link with `role="link"`, text in a div. */
export function navLink(testId: string, text: string, href: string, attributes: Record<string, string | true> = {}): HTMLElement {
  return h('li', {}, h('a', { class: 'ms-Nav-link', role: 'link', href, 'data-testid': testId, ...attributes }, h('div', { class: 'ms-Nav-linkText' }, text)));
}

/** A Fluent Nav group header: a button with `aria-expanded`. */
export function navGroup(testId: string, text: string, expanded: boolean, ...links: HTMLElement[]): HTMLElement {
  return h(
    'li',
    {},
    h('button', { class: 'ms-Nav-chevronButton', 'aria-expanded': String(expanded), 'data-testid': testId }, h('div', { class: 'ms-Nav-linkText' }, text)),
    h('ul', expanded ? {} : { style: 'display: none' }, ...links),
  );
}

/** The left Nav landmark. */
export function nav(...items: HTMLElement[]): HTMLElement {
  return h('nav', { role: 'navigation', class: 'ms-Nav' }, h('ul', { role: 'list' }, ...items));
}

/** A Fluent Pivot tab. */
export function tab(testId: string, text: string, selected: boolean): HTMLElement {
  return h(
    'button',
    { role: 'tab', 'aria-selected': String(selected), 'data-testid': testId, class: 'ms-Pivot-link' },
    h('span', { class: 'ms-Pivot-linkContent' }, h('span', { class: 'ms-Pivot-text' }, text)),
  );
}

/** A Fluent layer host at the end of body holding a contextual menu. */
export function menuLayer(...items: Array<[testId: string, text: string]>): HTMLElement {
  return h(
    'div',
    { class: 'ms-Layer ms-Layer--fixed' },
    h(
      'div',
      { class: 'ms-Callout' },
      h(
        'ul',
        { role: 'menu', class: 'ms-ContextualMenu-list' },
        ...items.map(([testId, text]) =>
          h('li', { role: 'presentation' }, h('button', { role: 'menuitem', class: 'ms-ContextualMenu-link', 'data-testid': testId }, h('div', {}, h('span', { class: 'ms-ContextualMenu-itemText' }, text)))),
        ),
      ),
    ),
  );
}

/** A Fluent Panel (modal, in a layer) titled `title`, holding `content`. */
export function panel(testId: string, title: string, ...content: HTMLElement[]): HTMLElement {
  return h(
    'div',
    { class: 'ms-Layer' },
    h(
      'div',
      { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': `${testId}-title`, class: 'ms-Panel' },
      h('h2', { id: `${testId}-title`, 'data-testid': testId, class: 'ms-Panel-headerText' }, title),
      ...content,
    ),
  );
}

/**
 * A step as the catalog compiler makes it (content reduced to the routed link, if any), its
 * targets compiled by the compiler's own code (src/catalog/targets.ts).
 */
export function step(text: string, labels: string[], route: string | null = null, routedLinkText?: string): StepWording {
  const content: Inline[] = [{ type: 'text', value: text }];
  if (route && routedLinkText) {
    content.push({ type: 'link', href: 'https://go.microsoft.com/fwlink/p/?linkid=842054', route, children: [{ type: 'text', value: routedLinkText }] });
  }
  return { text, labels, route, content, ...compileTargets({ text, labels, route, content }) };
}

/** The `data-testid` of a resolved element, or null. */
export function testIdOf(element: Element | null): string | null {
  return element?.getAttribute('data-testid') ?? null;
}
