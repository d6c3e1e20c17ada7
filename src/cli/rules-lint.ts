// `capa-ts rules lint PATH…`: every problem in the given rule files/directories, as
// `file:line:col: message`, then a summary. Exit 0 when clean, 12 otherwise.
import { relative } from 'node:path';
import { lintRuleFiles } from '../rules/load.js';
import { collectRuleFiles } from './rule-cache.js';

export const LINT_EXIT_PROBLEMS = 12;

export async function rulesLint(paths: string[], io: { out(s: string): void; err(s: string): void }): Promise<number> {
  let files;
  try {
    files = collectRuleFiles(paths);
  } catch (e) {
    io.err(`error: ${(e as Error).message}`);
    return LINT_EXIT_PROBLEMS;
  }
  const { errors, ruleCount } = lintRuleFiles(files);
  const cwd = process.cwd();
  const shown = (p: string): string => {
    const r = relative(cwd, p);
    return r && !r.startsWith('..') ? r : p;
  };
  for (const e of errors) {
    if (e.file !== undefined) e.file = shown(e.file);
    io.out(String(e));
  }
  if (errors.length === 0) {
    io.out(`${ruleCount} rules OK`);
    return 0;
  }
  const broken = new Set(errors.map((e) => e.file ?? e.rule ?? ''));
  io.out(`${errors.length} problems in ${broken.size} rules`);
  return LINT_EXIT_PROBLEMS;
}
