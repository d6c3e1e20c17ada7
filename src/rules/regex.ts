// The single place that turns capa's Python `re` patterns into JavaScript RegExps (spec §1.9).
//
// capa compiles `/pattern/` and `/pattern/i` rule strings with re.DOTALL (+ re.IGNORECASE) and uses
// re.search. JavaScript without the `u` flag accepts every pattern of the official rules; with `u`
// several identity escapes (`\-`, `\'`, `\%`, `\:`, `\"`) would be syntax errors, so `u` is never used.
// Syntax whose meaning differs is rewritten here:
//   - bare `$` (outside a class): Python also matches before one final "\n" → `(?=\n?$)`
//   - `\A` → `^`, `\Z` → `$` (non-`u` JS would read them as the letters A/Z)
//   - `(?P<name>…)` → `(?<name>…)`, `(?P=name)` → `\k<name>`
//   - `{,n}` → `{0,n}` (a literal in JS)
//   - `(?#…)` comments are dropped; a leading `(?i)`/`(?s)` becomes a flag
// Known, accepted differences: `\d \w \s \b` and case folding are Unicode-aware in Python; they
// only differ on non-ASCII input.

export class RegexError extends Error {
  readonly code = 'BAD_REGEX';
}

export interface RuleRegex {
  /** the Python pattern (between the slashes, `\/` unescaped) */
  readonly pattern: string;
  readonly ignoreCase: boolean;
  readonly re: RegExp;
}

/** True when a rule `string:` value is a regex: `/…/` or `/…/i` (lexical test, as capa does). */
export function isRegexLiteral(value: string): boolean {
  return value.startsWith('/') && (value.endsWith('/') || value.endsWith('/i'));
}

/** Splits `/pattern/flags` into the Python pattern and the ignore-case flag. */
export function splitRegexLiteral(value: string): { pattern: string; ignoreCase: boolean } {
  let pattern: string;
  let ignoreCase = false;
  if (value.endsWith('/i')) {
    pattern = value.slice(1, -2);
    ignoreCase = true;
  } else {
    pattern = value.slice(1, -1);
  }
  // `/` is written escaped inside the literal; the pattern itself wants it bare
  pattern = pattern.replaceAll('\\/', '/');
  return { pattern, ignoreCase };
}

/** Translates a Python pattern to JavaScript source + extra flags. Throws RegexError. */
export function translatePythonRegex(pattern: string): { source: string; flags: string } {
  let out = '';
  let flags = '';
  let i = 0;
  const n = pattern.length;
  // leading global inline flags, e.g. `(?i)`
  const lead = /^\(\?([aiLmsux]+)\)/.exec(pattern);
  if (lead) {
    for (const f of lead[1]!) {
      if (f === 'i') flags += flags.includes('i') ? '' : 'i';
      else if (f === 'm') flags += flags.includes('m') ? '' : 'm';
      else if (f === 's' || f === 'u' || f === 'a' || f === 'L') continue;
      else throw new RegexError(`unsupported inline flag (?${f})`);
    }
    i = lead[0].length;
  }
  let inClass = false;
  while (i < n) {
    const c = pattern[i]!;
    if (c === '\\') {
      if (i + 1 >= n) throw new RegexError('bad escape (end of pattern)');
      const d = pattern[i + 1]!;
      if (!inClass && d === 'A') out += '^';
      else if (!inClass && d === 'Z') out += '$';
      else out += c + d;
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      i++;
      // a `]` (or `^]`) right after the opening bracket is a literal in Python
      if (pattern[i] === '^') { out += '^'; i++; }
      if (pattern[i] === ']') { out += '\\]'; i++; }
      continue;
    }
    if (c === '$') {
      out += flags.includes('m') ? '$' : '(?=\\n?$)';
      i++;
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      if (pattern.startsWith('(?P<', i)) { out += '(?<'; i += 4; continue; }
      if (pattern.startsWith('(?P=', i)) {
        const end = pattern.indexOf(')', i);
        if (end < 0) throw new RegexError('missing ), unterminated name');
        out += `\\k<${pattern.slice(i + 4, end)}>`;
        i = end + 1;
        continue;
      }
      if (pattern.startsWith('(?#', i)) {
        const end = pattern.indexOf(')', i);
        if (end < 0) throw new RegexError('missing ), unterminated comment');
        i = end + 1;
        continue;
      }
      const inline = /^\(\?[aiLmsux-]+[:)]/.exec(pattern.slice(i, i + 12));
      if (inline) throw new RegexError(`unsupported inline flags ${inline[0]}`);
    }
    if (c === '{') {
      // `{,n}` means {0,n} in Python; JS would read it as literal text
      const m = /^\{,(\d+)\}/.exec(pattern.slice(i, i + 24));
      if (m) { out += `{0,${m[1]}}`; i += m[0].length; continue; }
    }
    out += c;
    i++;
  }
  if (inClass) throw new RegexError('unterminated character set');
  return { source: out, flags };
}

/** Compiles a Python pattern with capa's flags (DOTALL, optional IGNORECASE). Throws RegexError. */
export function compilePythonRegex(pattern: string, ignoreCase: boolean): RegExp {
  const { source, flags } = translatePythonRegex(pattern);
  let f = 's' + flags;
  if (ignoreCase && !f.includes('i')) f += 'i';
  try {
    return new RegExp(source, f);
  } catch (e) {
    throw new RegexError((e as Error).message);
  }
}

/** `/…/` or `/…/i` rule text → compiled regex. Throws RegexError. */
export function regexFromLiteral(value: string): RuleRegex {
  const { pattern, ignoreCase } = splitRegexLiteral(value);
  return { pattern, ignoreCase, re: compilePythonRegex(pattern, ignoreCase) };
}
