// A literal every match of a regex must contain, found from its JavaScript source: testing
// `string.includes(literal)` first rejects most strings without running the regex (rule sets
// test hundreds of regexes against every distinct string of a sample). Only a speed filter: when
// in doubt (alternation at the top, unusual syntax, flags that change character identity) there
// is no literal and the regex always runs.

export interface RegexLiteral {
  /** lower-cased (ASCII only) when `ci` */
  readonly text: string;
  /** the regex ignores case: compare against ASCII-case-folded input */
  readonly ci: boolean;
}

const QUANTIFIER_BRACE = /^\{\d+(,\d*)?\}/;

/**
 * The longest run of literal characters at the top level of `source` that every match contains,
 * or undefined. Runs are cut by anything that is not a plain character; a quantifier that may
 * repeat or drop the character before it removes that character from the run.
 */
export function requiredLiteral(source: string, flags: string, minLength = 2): RegexLiteral | undefined {
  if (flags.includes('u') || flags.includes('v')) return undefined;
  const ci = flags.includes('i');
  let best = '';
  let run = '';
  const endRun = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source[i]!;
    if (c === '\\') {
      const d = source[i + 1];
      if (d === undefined) return undefined;
      // an escaped punctuation character is itself; letters/digits are classes, assertions, …
      if (/[A-Za-z0-9]/.test(d) || d.charCodeAt(0) > 0x7e) endRun();
      else run += d;
      i += 2;
      continue;
    }
    if (c === '[') {
      endRun();
      // JS syntax: the class ends at the first unescaped `]` (`[]` is an empty class)
      let j = i + 1;
      if (source[j] === '^') j++;
      while (j < n && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= n) return undefined;
      i = j + 1;
      continue;
    }
    if (c === '(') {
      endRun();
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        const x = source[j]!;
        if (x === '\\') j++;
        else if (x === '[') {
          j++;
          if (source[j] === '^') j++;
          while (j < n && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
        } else if (x === '(') depth++;
        else if (x === ')' && --depth === 0) break;
      }
      if (j >= n) return undefined;
      i = j + 1;
      continue;
    }
    if (c === '|') return undefined; // top-level alternation: no common literal
    if (c === ')' || c === ']' || c === '}') return undefined;
    if (c === '*' || c === '?') {
      run = run.slice(0, -1);
      endRun();
      i++;
      continue;
    }
    if (c === '+') {
      endRun();
      i++;
      continue;
    }
    if (c === '{') {
      const q = QUANTIFIER_BRACE.exec(source.slice(i));
      if (q === null) return undefined; // a literal `{` in Annex B syntax: don't guess
      const min = Number(q[0].slice(1).split(/[,}]/)[0]);
      if (min === 0) run = run.slice(0, -1);
      endRun();
      i += q[0].length;
      continue;
    }
    if (c === '.' || c === '^' || c === '$') {
      endRun();
      i++;
      continue;
    }
    run += c;
    i++;
  }
  endRun();
  if (best.length < minLength) return undefined;
  if (ci) {
    // ignore-case (non-unicode) matching only pairs ASCII letters with ASCII letters
    if (!/^[\x20-\x7e]*$/.test(best)) return undefined;
    return { text: best.toLowerCase(), ci };
  }
  return { text: best, ci };
}

/** `s` contains `lit` (ASCII lower-case) ignoring ASCII case. */
function includesAsciiCI(s: string, lit: string): boolean {
  const m = lit.length;
  const last = s.length - m;
  const c0 = lit.charCodeAt(0);
  outer: for (let i = 0; i <= last; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    if (c !== c0) continue;
    for (let k = 1; k < m; k++) {
      let x = s.charCodeAt(i + k);
      if (x >= 65 && x <= 90) x |= 0x20;
      if (x !== lit.charCodeAt(k)) continue outer;
    }
    return true;
  }
  return false;
}

/** May a regex with required literal `lit` match `s`? (false ⇒ it cannot) */
export function mayContain(lit: RegexLiteral, s: string): boolean {
  return lit.ci ? includesAsciiCI(s, lit.text) : s.includes(lit.text);
}
