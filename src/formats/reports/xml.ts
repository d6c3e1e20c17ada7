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

/** longest tag, comment or CDATA section carried between chunks */
export const MAX_MARKUP = 16 << 20;

const ATTR = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

/**
 * Incremental tokenizer: feed text chunks with push(), then end(). Elements are reported as soon
 * as their tag is complete; only an unfinished tag (or comment…) is carried between chunks.
 */
export class XmlStream {
  private buf = '';
  private pos = 0;
  private readonly stack: string[] = [];

  constructor(private readonly h: XmlHandler) {}

  push(chunk: string): void {
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + chunk : chunk;
    this.pos = 0;
    this.run(false);
  }

  end(): void {
    this.run(true);
    if (this.stack.length) throw bad(`unclosed <${this.stack[this.stack.length - 1]}> (truncated?)`);
  }

  /** end of the construct opened at `lt` ending with `term`, or -1 (wait / throw when final) */
  private until(lt: number, term: string, final: boolean, what: string): number {
    const e = this.buf.indexOf(term, lt);
    if (e < 0 && final) throw bad(`unterminated ${what}`);
    return e;
  }

  private run(final: boolean): void {
    const text = this.buf;
    for (;;) {
      const lt = text.indexOf('<', this.pos);
      if (lt < 0) {
        this.pos = text.length; // character data is not needed
        return;
      }
      this.pos = lt;
      if (text.length - lt < 9 && !final && '<![CDATA['.startsWith(text.slice(lt, lt + 9))) return;
      const c = text[lt + 1];
      if (c === undefined) {
        if (final) throw bad('truncated tag');
        return;
      }
      if (c === '?') {
        const e = this.until(lt + 2, '?>', final, 'processing instruction');
        if (e < 0) return this.wait(lt);
        this.pos = e + 2;
      } else if (c === '!') {
        let e: number;
        if (text.startsWith('<!--', lt)) {
          e = this.until(lt + 4, '-->', final, 'comment');
          if (e < 0) return this.wait(lt);
          this.pos = e + 3;
        } else if (text.startsWith('<![CDATA[', lt)) {
          e = this.until(lt + 9, ']]>', final, 'CDATA');
          if (e < 0) return this.wait(lt);
          this.pos = e + 3;
        } else {
          if (text.length - lt < 4 && !final) return;
          e = this.until(lt + 2, '>', final, 'declaration');
          if (e < 0) return this.wait(lt);
          this.pos = e + 1;
        }
      } else {
        const e = this.tagEnd(lt);
        if (e < 0) {
          if (final) throw bad('unterminated tag');
          return this.wait(lt);
        }
        this.tag(text, lt, e);
        this.pos = e + 1;
      }
    }
  }

  /** the construct at `lt` continues in the next chunk; a huge one would be re-scanned forever */
  private wait(lt: number): void {
    if (this.buf.length - lt > MAX_MARKUP) throw bad(`markup longer than ${MAX_MARKUP >> 20} MiB`);
  }

  /** index of the `>` closing the tag at `lt` (quotes respected), or -1 */
  private tagEnd(lt: number): number {
    const t = this.buf;
    let q = '';
    for (let i = lt + 1; i < t.length; i++) {
      const ch = t[i]!;
      if (q) {
        if (ch === q) q = '';
      } else if (ch === '"' || ch === "'") q = ch;
      else if (ch === '>') return i;
    }
    return -1;
  }

  private tag(text: string, lt: number, gt: number): void {
    const h = this.h;
    const stack = this.stack;
    if (text[lt + 1] === '/') {
      const name = text.slice(lt + 2, gt).trim();
      if (stack.pop() !== name) throw bad(`mismatched end tag </${name}>`);
      h.close(name, stack.length);
      return;
    }
    let p = lt + 1;
    while (p < gt && !/[\s/>]/.test(text[p]!)) p++;
    const name = text.slice(lt + 1, p);
    if (!name) throw bad('empty tag name');
    const attrs: Record<string, string> = {};
    for (;;) {
      ATTR.lastIndex = p;
      const m = ATTR.exec(text);
      if (!m || ATTR.lastIndex > gt) break;
      attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
      p = ATTR.lastIndex;
    }
    while (p < gt && /\s/.test(text[p]!)) p++;
    if (text[p] === '/' && p + 1 === gt) {
      h.open(name, attrs, stack.length);
      h.close(name, stack.length);
    } else if (p === gt) {
      h.open(name, attrs, stack.length);
      stack.push(name);
    } else throw bad(`malformed tag <${name}>`);
  }
}

/** Tokenizes a whole document (see XmlStream). */
export function parseXml(text: string, h: XmlHandler): void {
  const x = new XmlStream(h);
  x.push(text);
  x.end();
}
