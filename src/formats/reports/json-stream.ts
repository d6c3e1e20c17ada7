// An incremental, selective JSON parser: text arrives in chunks (e.g. straight out of gunzip),
// and only the values a reader asks for are built; everything else is scanned and dropped. A
// reader can also turn each completed value into its compact form on the spot (`done`), so a
// report of hundreds of MB never exists as one string, nor as a full object tree.

import { ReportError } from './errors.js';

export type PathKey = string | number;

export interface SelectiveJson {
  /** build the value at this path? (asked only when its parent is built; the root always is) */
  keep(path: readonly PathKey[]): boolean;
  /** a built value is complete: what to store in its parent instead (default: itself) */
  done?(path: readonly PathKey[], value: unknown): unknown;
}

interface Frame {
  readonly array: boolean;
  /** undefined: the container is being skipped */
  readonly value: Record<string, unknown> | unknown[] | undefined;
  /** F: first (value/key or close), K: key, C: colon, V: value, E: comma or close */
  state: 'F' | 'K' | 'C' | 'V' | 'E';
  key: string;
  index: number;
}

/** longest string token carried between chunks (re-scanning it per chunk must stay cheap) */
export const MAX_TOKEN = 64 << 20;
const MAX_NUMBER = 4096;

const NUMBER_CHARS = new Set([...'0123456789+-.eE'].map((ch) => ch.charCodeAt(0)));
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export class JsonStream {
  private buf = '';
  private pos = 0;
  /** absolute offset of buf[0], for error messages */
  private base = 0;
  private readonly stack: Frame[] = [];
  private readonly path: PathKey[] = [];
  private root: unknown;
  private haveRoot = false;
  /** resume point inside an unfinished string token (buffer index), -1 when none */
  private strScan = -1;

  constructor(
    private readonly sel: SelectiveJson,
    private readonly what = 'report',
  ) {}

  push(chunk: string): void {
    if (this.pos > 0) {
      this.buf = this.buf.slice(this.pos);
      if (this.strScan >= 0) this.strScan -= this.pos;
      this.base += this.pos;
      this.pos = 0;
    }
    this.buf += chunk;
    this.run(false);
  }

  /** the root value; throws when the text ended early or has trailing data */
  end(): unknown {
    this.run(true);
    this.skipWs();
    if (!this.haveRoot || this.stack.length) throw this.err('unexpected end of data (truncated?)');
    if (this.pos < this.buf.length) throw this.err('unexpected data after the JSON value');
    return this.root;
  }

  private err(msg: string): ReportError {
    return new ReportError(`${this.what} is not valid JSON: ${msg} at offset ${this.base + this.pos}`, 'invalid-report');
  }

  private skipWs(): void {
    const b = this.buf;
    let p = this.pos;
    for (;;) {
      const c = b.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  /** a value starts at the current path: is it built? */
  private building(top: Frame | undefined): boolean {
    if (top === undefined) return true;
    return top.value !== undefined && this.sel.keep(this.path);
  }

  /** a value is complete (its path key is on `path` unless it is the root) */
  private complete(v: unknown, built: boolean): void {
    if (built && this.sel.done) v = this.sel.done(this.path, v);
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      this.root = v;
      this.haveRoot = true;
      return;
    }
    if (built && top.value !== undefined) {
      if (top.array) (top.value as unknown[]).push(v);
      else if (top.key === '__proto__') {
        // an own property, as JSON.parse makes it, never the prototype
        Object.defineProperty(top.value, '__proto__', { value: v, enumerable: true, writable: true, configurable: true });
      } else (top.value as Record<string, unknown>)[top.key] = v;
    }
    top.state = 'E';
    this.path.pop();
  }

  private run(final: boolean): void {
    for (;;) {
      this.skipWs();
      const b = this.buf;
      if (this.pos >= b.length) return;
      const top = this.stack[this.stack.length - 1];
      if (top === undefined && this.haveRoot) return; // trailing data: end() reports it
      const c = b[this.pos]!;
      if (top !== undefined) {
        const close = top.array ? ']' : '}';
        if ((top.state === 'F' || top.state === 'E') && c === close) {
          this.pos++;
          this.stack.pop();
          this.complete(top.value, top.value !== undefined);
          continue;
        }
        if (top.state === 'E') {
          if (c !== ',') throw this.err(`expected ',' or '${close}'`);
          this.pos++;
          if (top.array) {
            top.index++;
            top.state = 'V';
          } else top.state = 'K';
          continue;
        }
        if (!top.array && (top.state === 'F' || top.state === 'K')) {
          if (c !== '"') throw this.err('expected a key');
          const end = this.scanString(final);
          if (end < 0) return;
          top.key = this.decode(this.pos, end);
          this.pos = end + 1;
          top.state = 'C';
          continue;
        }
        if (top.state === 'C') {
          if (c !== ':') throw this.err("expected ':'");
          this.pos++;
          top.state = 'V';
          continue;
        }
      }
      // a value starts here (top is undefined, or in state V, or an array in state F)
      const key = top === undefined ? undefined : top.array ? top.index : top.key;
      if (c === '{' || c === '[') {
        if (key !== undefined) this.path.push(key);
        const keep = this.building(top);
        this.pos++;
        if (top !== undefined) top.state = 'E'; // the parent resumes after this container
        this.stack.push({ array: c === '[', value: keep ? (c === '[' ? [] : {}) : undefined, state: 'F', key: '', index: 0 });
        continue;
      }
      let end: number;
      if (c === '"') {
        end = this.scanString(final);
        if (end < 0) return;
        end++;
      } else if (c === 't' || c === 'f' || c === 'n') {
        const lit = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
        if (b.length - this.pos < lit.length && !final) return;
        if (!b.startsWith(lit, this.pos)) throw this.err('unexpected literal');
        end = this.pos + lit.length;
      } else {
        // the token runs over every character a number can hold; then it must be one number
        end = this.pos;
        while (end < b.length && NUMBER_CHARS.has(b.charCodeAt(end))) end++;
        if (end - this.pos > MAX_NUMBER) throw this.err('number too long');
        if (end >= b.length && !final) return;
        NUMBER.lastIndex = this.pos;
        if (end === this.pos || !NUMBER.exec(b) || NUMBER.lastIndex !== end) throw this.err(`bad number or unexpected character '${c}'`);
      }
      if (key !== undefined) this.path.push(key);
      const keep = this.building(top);
      let v: unknown = null;
      if (keep) {
        if (c === '"') v = this.decode(this.pos, end - 1);
        else if (c === 't') v = true;
        else if (c === 'f') v = false;
        else if (c === 'n') v = null;
        else v = Number(b.slice(this.pos, end));
      }
      this.pos = end;
      this.complete(v, keep);
    }
  }

  /** index of the closing quote of the string at pos, or -1 when it has not arrived yet */
  private scanString(final: boolean): number {
    const b = this.buf;
    let i = this.strScan >= 0 ? this.strScan : this.pos + 1;
    for (;;) {
      const q = b.indexOf('"', i);
      if (q < 0) {
        if (final) throw this.err('unterminated string');
        if (b.length - this.pos > MAX_TOKEN) throw this.err(`string longer than ${MAX_TOKEN >> 20} MiB`);
        this.strScan = Math.max(this.pos + 1, b.length);
        return -1;
      }
      let n = 0;
      for (let k = q - 1; k > this.pos && b.charCodeAt(k) === 92; k--) n++;
      if (n % 2 === 0) {
        this.strScan = -1;
        return q;
      }
      i = q + 1;
    }
  }

  /** the string between the quotes at `open` and `close` */
  private decode(open: number, close: number): string {
    const raw = this.buf.slice(open + 1, close);
    if (!raw.includes('\\')) return raw;
    try {
      return JSON.parse(this.buf.slice(open, close + 1)) as string;
    } catch {
      throw this.err('bad escape in string');
    }
  }
}
