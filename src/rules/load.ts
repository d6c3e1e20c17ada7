// Rule files (already read into memory) → RuleSet. No I/O here: the CLI reads the files.

import type { Rule } from '../engine/ast.js';
import { RuleError } from './errors.js';
import { parseRuleDocument } from './parse.js';
import { RuleSet } from './ruleset.js';

export interface RuleFile {
  path: string;
  text: string;
  /**
   * the file's bytes, when read from disk: the cache key hashes them directly and a reader may
   * decode `text` lazily (a warm cache load then only decodes the files whose source is shown)
   */
  readonly bytes?: Uint8Array;
}

/** Parses every file; documents capa would skip (empty, non-mapping, no `rule`) are skipped. Throws on the first error. */
export function parseRuleFiles(files: readonly RuleFile[]): Rule[] {
  const rules: Rule[] = [];
  for (const f of files) {
    const r = parseRuleDocument(f.text, f.path);
    if (r!.kind === 'rule') rules.push(r!.rule);
  }
  return rules;
}

export function buildRuleSet(files: readonly RuleFile[]): RuleSet {
  return new RuleSet(parseRuleFiles(files));
}

/** Every problem in every file, plus rule-set level ones (duplicates, missing/circular `match`, empty set). */
export function lintRuleFiles(files: readonly RuleFile[]): { errors: RuleError[]; ruleCount: number } {
  const errors: RuleError[] = [];
  const rules: Rule[] = [];
  let ruleCount = 0;
  for (const f of files) {
    const before = errors.length;
    const r = parseRuleDocument(f.text, f.path, errors);
    if (r?.kind === 'skip') continue;
    ruleCount++;
    if (r?.kind === 'rule' && errors.length === before) rules.push(r.rule);
  }
  // rule-set checks on the rules that parsed; a rule that failed to parse is not "missing"
  if (rules.length > 0 || ruleCount === 0) {
    const setErrors: RuleError[] = [];
    new RuleSet(rules, { errors: setErrors });
    const broken = new Set<string>();
    for (const f of files) {
      // names of rules that failed to parse: don't report matches to them as missing
      const m = /^\s*name:\s*(.+?)\s*$/m.exec(f.text);
      if (m && !rules.some((r) => r.path === f.path)) broken.add(m[1]!.replace(/^["']|["']$/g, ''));
    }
    for (const e of setErrors) {
      const miss = /depends on missing rule "(.*)"$/.exec(e.message);
      if (miss && broken.has(miss[1]!)) continue;
      errors.push(e);
    }
  }
  return { errors, ruleCount };
}
