// Itanium C++ ABI demangler for symbol names, formatting like libstdc++'s __cxa_demangle (what
// vivisect's ELF loader applies, through `cxxfilt`, to import and export names). Covers the
// common grammar: nested/unscoped/std names, substitutions and std abbreviations, templates and
// template parameters, ctors/dtors, operators, builtin/qualified/pointer/reference/function/array
// types, vtable-style special names and clone suffixes. Anything else → undefined, and callers
// keep the raw name (as vivisect does when demangling fails).

type Ty =
  | { k: 'name'; s: string; last?: string; tmpl?: boolean }
  | { k: 'qual'; inner: Ty; q: string }
  | { k: 'ptr'; inner: Ty; op: string }
  | { k: 'fn'; ret?: Ty; params: Ty[]; cv: string }
  | { k: 'arr'; inner: Ty; dim: string };

class Fail extends Error {}

const BUILTIN: Record<string, string> = {
  v: 'void', w: 'wchar_t', b: 'bool', c: 'char', a: 'signed char', h: 'unsigned char', s: 'short',
  t: 'unsigned short', i: 'int', j: 'unsigned int', l: 'long', m: 'unsigned long', x: 'long long',
  y: 'unsigned long long', n: '__int128', o: 'unsigned __int128', f: 'float', d: 'double', e: 'long double',
  g: '__float128', z: '...',
};
const BUILTIN_D: Record<string, string> = {
  n: 'decltype(nullptr)', i: 'char32_t', s: 'char16_t', u: 'char8_t', a: 'auto', c: 'decltype(auto)',
};

const OPERATORS: Record<string, string> = {
  nw: 'new', na: 'new[]', dl: 'delete', da: 'delete[]', ps: '+', ng: '-', ad: '&', de: '*', co: '~', pl: '+',
  mi: '-', ml: '*', dv: '/', rm: '%', an: '&', or: '|', eo: '^', aS: '=', pL: '+=', mI: '-=', mL: '*=', dV: '/=',
  rM: '%=', aN: '&=', oR: '|=', eO: '^=', ls: '<<', rs: '>>', lS: '<<=', rS: '>>=', eq: '==', ne: '!=', lt: '<',
  gt: '>', le: '<=', ge: '>=', ss: '<=>', nt: '!', aa: '&&', oo: '||', pp: '++', mm: '--', cm: ',', pm: '->*',
  pt: '->', cl: '()', ix: '[]', qu: '?',
};

// std abbreviations: [simple expansion, full expansion, last component name]
const STD_SUBS: Record<string, [string, string, string]> = {
  a: ['std::allocator', 'std::allocator', 'allocator'],
  b: ['std::basic_string', 'std::basic_string', 'basic_string'],
  s: ['std::string', 'std::basic_string<char, std::char_traits<char>, std::allocator<char> >', 'basic_string'],
  i: ['std::istream', 'std::basic_istream<char, std::char_traits<char> >', 'basic_istream'],
  o: ['std::ostream', 'std::basic_ostream<char, std::char_traits<char> >', 'basic_ostream'],
  d: ['std::iostream', 'std::basic_iostream<char, std::char_traits<char> >', 'basic_iostream'],
};

const named = (s: string, last?: string, tmpl?: boolean): Ty => ({ k: 'name', s, ...(last !== undefined ? { last } : {}), ...(tmpl ? { tmpl } : {}) });

/** C declarator printing: `decl` is what surrounds the name position (`*`, `(*)(int)`, …) */
function show(t: Ty, decl = '', arrayDecl = false): string {
  switch (t.k) {
    case 'name':
      // a function declarator is separated from its return type by a space
      return t.s + (decl.startsWith('(') && t.s !== '' ? ' ' + decl : decl);
    case 'qual':
      return show(t.inner, t.q + decl);
    case 'ptr':
      return show(t.inner, t.op + decl);
    case 'fn': {
      const params = showParams(t.params);
      const ret = t.ret ?? named('');
      return decl ? show(ret, `(${decl.trimStart()})(${params})${t.cv}`) : show(ret, `(${params})${t.cv}`);
    }
    case 'arr':
      if (decl === '') return show(t.inner, ` [${t.dim}]`, true);
      if (arrayDecl) return show(t.inner, `${decl}[${t.dim}]`, true);
      return show(t.inner, ` (${decl.trimStart()}) [${t.dim}]`, true);
  }
}

function showParams(ps: Ty[]): string {
  if (ps.length === 1 && ps[0]!.k === 'name' && ps[0]!.s === 'void') return '';
  return ps.map((p) => show(p)).join(', ');
}

function showTemplateArgs(args: string[]): string {
  const body = args.join(', ');
  return '<' + body + (body.endsWith('>') ? ' >' : '>');
}

class Demangler {
  private pos = 0;
  private readonly subs: Ty[] = [];
  /** template arguments of the entity being encoded, for T_ references */
  private templateArgs: Ty[] = [];
  private depth = 0;

  constructor(private readonly s: string) {}

  private peek(o = 0): string {
    return this.s[this.pos + o] ?? '';
  }

  private next(): string {
    const c = this.s[this.pos];
    if (c === undefined) throw new Fail();
    this.pos++;
    return c;
  }

  private expect(c: string): void {
    if (this.next() !== c) throw new Fail();
  }

  private number(): number {
    let neg = false;
    if (this.peek() === 'n') {
      neg = true;
      this.pos++;
    }
    const start = this.pos;
    while (/[0-9]/.test(this.peek())) this.pos++;
    if (start === this.pos) throw new Fail();
    const n = Number(this.s.slice(start, this.pos));
    return neg ? -n : n;
  }

  private seqId(): number {
    // base-36 digits and upper-case letters, terminated by '_'; S_ is 0, S0_ is 1
    if (this.peek() === '_') {
      this.pos++;
      return 0;
    }
    let n = 0;
    for (;;) {
      const c = this.next();
      if (c === '_') return n + 1;
      const d = /[0-9]/.test(c) ? c.charCodeAt(0) - 48 : /[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : -1;
      if (d < 0) throw new Fail();
      n = n * 36 + d;
    }
  }

  run(): string {
    if (this.s.startsWith('_Z')) {
      this.pos = 2;
      let out = this.encoding(true);
      // clone suffixes: `.constprop.0` → ` [clone .constprop.0]`
      while (this.peek() === '.' && /[a-z_0-9]/.test(this.peek(1))) {
        const start = this.pos;
        this.pos++;
        if (/[a-z_]/.test(this.peek())) while (/[a-z_]/.test(this.peek())) this.pos++;
        while (this.peek() === '.' && /[0-9]/.test(this.peek(1))) {
          this.pos++;
          while (/[0-9]/.test(this.peek())) this.pos++;
        }
        out += ` [clone ${this.s.slice(start, this.pos)}]`;
      }
      if (this.pos !== this.s.length) throw new Fail();
      return out;
    }
    // __cxa_demangle also accepts a bare type ("c" → "char")
    const t = this.type();
    if (this.pos !== this.s.length) throw new Fail();
    return show(t);
  }

  private encoding(top: boolean): string {
    if (++this.depth > 64) throw new Fail();
    try {
      if (this.peek() === 'T' || (this.peek() === 'G' && this.peek(1) === 'V')) return this.specialName();
      const saved = this.templateArgs;
      const name = this.name(true);
      const atEnd = this.pos >= this.s.length || this.peek() === 'E' || this.peek() === '.';
      if (atEnd) {
        if (!top) this.templateArgs = saved;
        return name.text;
      }
      let ret: Ty | undefined;
      if (name.isTemplate && !name.isCtorDtor) ret = this.type();
      const params: Ty[] = [];
      while (this.pos < this.s.length && this.peek() !== 'E' && this.peek() !== '.') params.push(this.type());
      if (params.length === 0) throw new Fail();
      const text = `${ret ? show(ret) + ' ' : ''}${name.text}(${showParams(params)})${name.cv}`;
      if (!top) this.templateArgs = saved;
      return text;
    } finally {
      this.depth--;
    }
  }

  private specialName(): string {
    const c = this.next();
    if (c === 'G') {
      this.expect('V');
      return 'guard variable for ' + this.name(false).text;
    }
    const d = this.next();
    switch (d) {
      case 'V':
        return 'vtable for ' + show(this.type());
      case 'T':
        return 'VTT for ' + show(this.type());
      case 'I':
        return 'typeinfo for ' + show(this.type());
      case 'S':
        return 'typeinfo name for ' + show(this.type());
      case 'h':
        this.callOffset('h');
        return 'non-virtual thunk to ' + this.encoding(false);
      case 'v':
        this.callOffset('v');
        return 'virtual thunk to ' + this.encoding(false);
      default:
        throw new Fail();
    }
  }

  private callOffset(kind: 'h' | 'v'): void {
    this.number();
    if (kind === 'v') {
      this.expect('_');
      this.number();
    }
    this.expect('_');
  }

  /** a <name>; `encoding` marks the entity's own name (its template args are T_ targets) */
  private name(encoding: boolean): { text: string; isTemplate: boolean; isCtorDtor: boolean; cv: string } {
    const c = this.peek();
    if (c === 'N') return this.nestedName(encoding);
    if (c === 'Z') {
      // local name: Z <encoding> E <entity>
      this.pos++;
      const outer = this.encoding(false);
      this.expect('E');
      if (this.peek() === 's') {
        this.pos++;
        return { text: outer + '::string literal', isTemplate: false, isCtorDtor: false, cv: '' };
      }
      const inner = this.name(false);
      return { text: outer + '::' + inner.text, isTemplate: inner.isTemplate, isCtorDtor: inner.isCtorDtor, cv: inner.cv };
    }
    let base: Ty;
    let fromSub = false;
    if (c === 'S' && this.peek(1) === 't') {
      this.pos += 2;
      const u = this.unqualified(undefined);
      base = named('std::' + u.s, u.last);
    } else if (c === 'S') {
      base = this.substitution(false);
      fromSub = true;
      if (this.peek() !== 'I') throw new Fail();
    } else {
      const u = this.unqualified(undefined);
      base = named(u.s, u.last);
      if (u.ctorDtor) throw new Fail();
    }
    if (this.peek() === 'I') {
      if (!fromSub) this.subs.push(base);
      const args = this.templateArgList();
      if (encoding) this.templateArgs = args;
      const text = base.k === 'name' ? base.s + showTemplateArgs(args.map((a) => show(a))) : show(base);
      return { text, isTemplate: true, isCtorDtor: false, cv: '' };
    }
    return { text: show(base), isTemplate: false, isCtorDtor: false, cv: '' };
  }

  private cvQualifiers(): string {
    let q = '';
    if (this.peek() === 'r') { this.pos++; q = ' restrict' + q; }
    if (this.peek() === 'V') { this.pos++; q = ' volatile' + q; }
    if (this.peek() === 'K') { this.pos++; q = ' const' + q; }
    // libiberty prints const before volatile before restrict
    return q.split(' ').filter(Boolean).sort((a, b) => ORDER[a]! - ORDER[b]!).map((x) => ' ' + x).join('');
  }

  private nestedName(encoding: boolean): { text: string; isTemplate: boolean; isCtorDtor: boolean; cv: string } {
    this.expect('N');
    const cv = this.cvQualifiers();
    let ref = '';
    if (this.peek() === 'R') { this.pos++; ref = ' &'; } else if (this.peek() === 'O') { this.pos++; ref = ' &&'; }
    let cur: Ty | undefined;
    let isTemplate = false;
    let isCtorDtor = false;
    for (let guard = 0; this.peek() !== 'E'; guard++) {
      if (guard > 256 || this.pos >= this.s.length) throw new Fail();
      const c = this.peek();
      let fromSub = false;
      if (c === 'S' && this.peek(1) === 't' && cur === undefined) {
        this.pos += 2;
        cur = named('std');
        const u = this.unqualified(cur);
        cur = named('std::' + u.s, u.last);
        isCtorDtor = false;
        isTemplate = false;
      } else if (c === 'S') {
        if (cur !== undefined) throw new Fail();
        cur = this.substitution(true);
        fromSub = true;
        isTemplate = false;
      } else if (c === 'I') {
        if (cur === undefined) throw new Fail();
        const args = this.templateArgList();
        if (encoding) this.templateArgs = args;
        cur = named(show(cur) + showTemplateArgs(args.map((a) => show(a))), cur.k === 'name' ? cur.last : undefined, true);
        isTemplate = true;
      } else if (c === 'T') {
        if (cur !== undefined) throw new Fail();
        cur = this.templateParam();
      } else {
        const u = this.unqualified(cur);
        cur = cur === undefined ? named(u.s, u.last) : named(show(cur) + '::' + u.s, u.last);
        isCtorDtor = u.ctorDtor;
        isTemplate = false;
      }
      if (!fromSub && this.peek() !== 'E') this.subs.push(cur);
    }
    this.expect('E');
    if (cur === undefined) throw new Fail();
    return { text: show(cur), isTemplate, isCtorDtor, cv: cv + ref };
  }

  /** source name, operator, ctor/dtor; `prefix` gives the enclosing class for ctor/dtor names */
  private unqualified(prefix: Ty | undefined): { s: string; last: string; ctorDtor: boolean } {
    const c = this.peek();
    if (/[1-9]/.test(c)) {
      const n = this.number();
      if (n <= 0 || this.pos + n > this.s.length) throw new Fail();
      let id = this.s.slice(this.pos, this.pos + n);
      this.pos += n;
      if (id.startsWith('_GLOBAL_') && /[._$]N/.test(id.slice(8, 10))) id = '(anonymous namespace)';
      return { s: id, last: id, ctorDtor: false };
    }
    if (c === 'C' || c === 'D') {
      const kind = this.s.slice(this.pos, this.pos + 2);
      if (!['C1', 'C2', 'C3', 'C4', 'C5', 'D0', 'D1', 'D2', 'D4', 'D5'].includes(kind)) throw new Fail();
      this.pos += 2;
      const last = prefix && prefix.k === 'name' ? prefix.last : undefined;
      if (!last) throw new Fail();
      return { s: (c === 'D' ? '~' : '') + last, last, ctorDtor: true };
    }
    if (c === 'c' && this.peek(1) === 'v') {
      this.pos += 2;
      const s = 'operator ' + show(this.type());
      return { s, last: s, ctorDtor: false };
    }
    if (/[a-z]/.test(c)) {
      const code = this.s.slice(this.pos, this.pos + 2);
      const op = OPERATORS[code];
      if (op === undefined) throw new Fail();
      this.pos += 2;
      const s = 'operator' + (/^[a-z]/.test(op) ? ' ' : '') + op;
      return { s, last: s, ctorDtor: false };
    }
    throw new Fail();
  }

  private substitution(prefix: boolean): Ty {
    this.expect('S');
    const c = this.peek();
    const std = STD_SUBS[c];
    if (std) {
      this.pos++;
      const verbose = prefix && (this.peek() === 'C' || this.peek() === 'D');
      return named(verbose ? std[1] : std[0], std[2]);
    }
    const id = this.seqId();
    const t = this.subs[id];
    if (!t) throw new Fail();
    return t;
  }

  private templateParam(): Ty {
    this.expect('T');
    const id = this.seqId();
    const t = this.templateArgs[id];
    if (!t) throw new Fail();
    return t;
  }

  private templateArgList(): Ty[] {
    this.expect('I');
    const args: Ty[] = [];
    while (this.peek() !== 'E') {
      if (this.pos >= this.s.length || args.length > 64) throw new Fail();
      args.push(this.templateArg());
    }
    this.pos++;
    return args;
  }

  private templateArg(): Ty {
    if (this.peek() === 'L') {
      this.pos++;
      if (this.peek() === '_' && this.peek(1) === 'Z') {
        this.pos += 2;
        const e = this.encoding(false);
        this.expect('E');
        return named(e);
      }
      const t = this.type();
      const v = this.number();
      this.expect('E');
      return named(literal(t, v));
    }
    return this.type();
  }

  private type(): Ty {
    if (++this.depth > 128) throw new Fail();
    try {
      return this.typeInner();
    } finally {
      this.depth--;
    }
  }

  private typeInner(): Ty {
    const c = this.peek();
    if (BUILTIN[c] !== undefined) {
      this.pos++;
      return named(BUILTIN[c]!);
    }
    if (c === 'D' && BUILTIN_D[this.peek(1)] !== undefined) {
      this.pos += 2;
      return named(BUILTIN_D[this.s[this.pos - 1]!]!);
    }
    let t: Ty;
    switch (c) {
      case 'r':
      case 'V':
      case 'K': {
        const q = this.cvQualifiers();
        const inner = this.type();
        t = inner.k === 'fn' ? { ...inner, cv: inner.cv + q } : { k: 'qual', inner, q };
        break;
      }
      case 'P':
        this.pos++;
        t = { k: 'ptr', inner: this.type(), op: '*' };
        break;
      case 'R':
        this.pos++;
        t = { k: 'ptr', inner: this.type(), op: '&' };
        break;
      case 'O':
        this.pos++;
        t = { k: 'ptr', inner: this.type(), op: '&&' };
        break;
      case 'F': {
        this.pos++;
        if (this.peek() === 'Y') this.pos++;
        const ret = this.type();
        const params: Ty[] = [];
        while (this.peek() !== 'E') {
          if (this.pos >= this.s.length) throw new Fail();
          params.push(this.type());
        }
        this.pos++;
        t = { k: 'fn', ret, params, cv: '' };
        break;
      }
      case 'A': {
        this.pos++;
        let dim = '';
        if (/[0-9]/.test(this.peek())) dim = String(this.number());
        this.expect('_');
        t = { k: 'arr', inner: this.type(), dim };
        break;
      }
      case 'T':
        t = this.templateParam();
        if (this.peek() === 'I') {
          this.subs.push(t);
          const args = this.templateArgList();
          t = named(show(t) + showTemplateArgs(args.map((a) => show(a))));
        }
        break;
      case 'S': {
        if (this.peek(1) === 't') {
          t = named(this.name(false).text);
          break;
        }
        const sub = this.substitution(false);
        if (this.peek() !== 'I') return sub;
        // a substitution is not itself re-added; the template built on it is
        const args = this.templateArgList();
        t = named(show(sub) + showTemplateArgs(args.map((a) => show(a))));
        break;
      }
      case 'N':
      case 'Z':
        t = named(this.name(false).text);
        break;
      default: {
        if (!/[1-9]/.test(c)) throw new Fail();
        const u = this.unqualified(undefined);
        t = named(u.s, u.last);
        if (this.peek() === 'I') {
          this.subs.push(t);
          const args = this.templateArgList();
          t = named(u.s + showTemplateArgs(args.map((a) => show(a))));
        }
      }
    }
    this.subs.push(t);
    return t;
  }
}

const ORDER: Record<string, number> = { const: 0, volatile: 1, restrict: 2 };

function literal(t: Ty, v: number): string {
  const name = t.k === 'name' ? t.s : '';
  switch (name) {
    case 'bool':
      return v === 0 ? 'false' : v === 1 ? 'true' : `(bool)${v}`;
    case 'int':
      return String(v);
    case 'unsigned int':
      return `${v}u`;
    case 'long':
      return `${v}l`;
    case 'unsigned long':
      return `${v}ul`;
    case 'long long':
      return `${v}ll`;
    case 'unsigned long long':
      return `${v}ull`;
    default:
      return `(${show(t)})${v}`;
  }
}

const cache = new Map<string, string | undefined>();

/** libstdc++ __cxa_demangle of a symbol name, or undefined when it is not a mangled name */
export function demangle(name: string): string | undefined {
  if (cache.has(name)) return cache.get(name);
  let out: string | undefined;
  if (name.length > 0 && name.length <= 4096) {
    try {
      out = new Demangler(name).run();
    } catch (e) {
      if (!(e instanceof Fail) && !(e instanceof RangeError)) throw e;
      out = undefined;
    }
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(name, out);
  return out;
}

/** vivisect's symbol name treatment: drop `@@version`, then demangle when possible */
export function vivisectSymbolName(name: string): string {
  const at = name.indexOf('@@');
  const base = at >= 0 ? name.slice(0, at) : name;
  return demangle(base) ?? base;
}
