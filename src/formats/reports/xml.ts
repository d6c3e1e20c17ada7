// A minimal XML tokenizer for VMRay's flog.xml: start/end tags with attributes, entity decoding;
// text, comments, CDATA, processing instructions and doctypes are skipped. It walks the text once
// and hands elements to callbacks, so no document tree is built.

import { ReportError } from './errors.js';

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, depth: number): void;
  close(name: string, depth: number): void;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

const bad = (msg: string): ReportError => new ReportError(`invalid flog.xml: ${msg}`, 'invalid-report');

const ATTR = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

export function parseXml(text: string, h: XmlHandler): void {
  const stack: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    const c = text[lt + 1];
    if (c === '?') {
      const e = text.indexOf('?>', lt + 2);
      if (e < 0) throw bad('unterminated processing instruction');
      i = e + 2;
    } else if (c === '!') {
      if (text.startsWith('<!--', lt)) {
        const e = text.indexOf('-->', lt + 4);
        if (e < 0) throw bad('unterminated comment');
        i = e + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const e = text.indexOf(']]>', lt + 9);
        if (e < 0) throw bad('unterminated CDATA');
        i = e + 3;
      } else {
        const e = text.indexOf('>', lt + 2);
        if (e < 0) throw bad('unterminated declaration');
        i = e + 1;
      }
    } else if (c === '/') {
      const e = text.indexOf('>', lt + 2);
      if (e < 0) throw bad('unterminated end tag');
      const name = text.slice(lt + 2, e).trim();
      if (stack.pop() !== name) throw bad(`mismatched end tag </${name}>`);
      h.close(name, stack.length);
      i = e + 1;
    } else {
      let p = lt + 1;
      while (p < n && !/[\s/>]/.test(text[p]!)) p++;
      const name = text.slice(lt + 1, p);
      if (!name) throw bad('empty tag name');
      const attrs: Record<string, string> = {};
      for (;;) {
        ATTR.lastIndex = p;
        const m = ATTR.exec(text);
        if (!m) break;
        attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
        p = ATTR.lastIndex;
      }
      while (p < n && /\s/.test(text[p]!)) p++;
      if (text[p] === '/' && text[p + 1] === '>') {
        h.open(name, attrs, stack.length);
        h.close(name, stack.length);
        i = p + 2;
      } else if (text[p] === '>') {
        h.open(name, attrs, stack.length);
        stack.push(name);
        i = p + 1;
      } else throw bad(`malformed tag <${name}>`);
    }
  }
  if (stack.length) throw bad(`unclosed <${stack[stack.length - 1]}> (truncated?)`);
}
