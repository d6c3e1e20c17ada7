// A few lines of DOM building instead of a framework: h('tag', {attrs}, ...children).
// Text always goes in as text nodes (rule sources, strings from a sample: never markup).

export type Child = Node | string | number | null | undefined | false | readonly Child[];
type Handler<E extends Event = Event> = (e: E) => void;
export interface Attrs {
  class?: string;
  title?: string;
  hidden?: boolean;
  onclick?: Handler<MouseEvent>;
  oninput?: Handler;
  onchange?: Handler;
  onkeydown?: Handler<KeyboardEvent>;
  [name: string]: string | number | boolean | Handler<never> | undefined;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
      else if (k === 'hidden') el.hidden = Boolean(v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c as readonly Child[]);
    else el.appendChild(typeof c === 'object' ? (c as Node) : document.createTextNode(String(c)));
  }
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

/** 1234567 → "1 234 567" (thin spaces read well in monospace tables and never wrap) */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const fixed = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  if (n < 1024 * 1024) return `${fixed(n / 1024)} KiB`;
  return `${fixed(n / 1024 / 1024)} MiB`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}
