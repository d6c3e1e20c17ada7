// The user's own rules: a folder or a .zip of capa-rules (GitHub's "Download ZIP" works), read the
// way the CLI reads a rules directory (src/cli/rule-cache.ts collectRuleFiles): `*.yml` files only,
// nothing under a directory whose path contains `.git`, in sorted directory-walk order.
import { unzipSync } from 'fflate';
import { buildRuleSet, parseRuleFiles } from '../../rules/load.js';
import { countRules, decodeRulesBundle, encodeRulesBundle, RulesBundleError, type RuleSource, type SourcedRuleFile } from '../assets.js';
import type { BuildRulesRequest, FromWorker, UserRules } from '../protocol.js';
import { decodeText } from './context.js';

/** rule files are a few KiB; a zip that inflates beyond these is not a rule set */
const MAX_RULE_FILE = 4 * 1024 * 1024;
const MAX_RULES_TOTAL = 256 * 1024 * 1024;

/** The CLI's walk order: entries sorted by name at each directory level. */
function compareWalkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/** A path the CLI would read from a directory: a .yml file not under a `.git…` directory. */
export function isRulePath(path: string): boolean {
  const slash = path.lastIndexOf('/');
  return path.endsWith('.yml') && !path.slice(0, slash + 1).includes('.git');
}

export function userRuleFiles(add: UserRules): SourcedRuleFile[] {
  let entries: { path: string; data: Uint8Array }[];
  if ('zip' in add) {
    let total = 0;
    let raw: Record<string, Uint8Array>;
    try {
      raw = unzipSync(new Uint8Array(add.zip), {
        filter: (f) => {
          if (!isRulePath(f.name)) return false;
          if (f.originalSize > MAX_RULE_FILE) throw new RulesBundleError(`${f.name} in ${add.title} is ${f.originalSize} bytes: not a rule file`);
          total += f.originalSize;
          if (total > MAX_RULES_TOTAL) throw new RulesBundleError(`${add.title} inflates beyond ${MAX_RULES_TOTAL >> 20} MiB of rule files`);
          return true;
        },
      });
    } catch (e) {
      if (e instanceof RulesBundleError) throw e;
      throw new RulesBundleError(`${add.title} is not a readable .zip (${(e as Error).message})`);
    }
    entries = Object.entries(raw).map(([path, data]) => ({ path, data }));
  } else {
    entries = add.files.filter((f) => isRulePath(f.path)).map((f) => ({ path: f.path, data: new Uint8Array(f.data) }));
  }
  entries.sort((a, b) => compareWalkOrder(a.path, b.path));
  return entries.map((e) => ({ path: e.path, text: decodeText(e.data), source: 'user' }));
}

/** Rule names defined in files (parsing only; the set is validated when built). */
function ruleNames(files: readonly SourcedRuleFile[]): Set<string> {
  return new Set(parseRuleFiles(files).map((r) => r.name));
}

/**
 * The bundled sources to keep plus the user's rules. A user rule with the name of a bundled official
 * rule takes its place (the bundled file is left out): a fixed or newer copy of a rule, or a whole
 * newer capa-rules, works without clashing. The capa-ts pack is always kept; a clash with it is an
 * error, as it would be on the command line.
 */
export function buildRulesInWorker(req: BuildRulesRequest, post: (m: FromWorker) => void): void {
  const t0 = performance.now();
  const base = decodeRulesBundle(decodeText(req.base));
  const keep = new Set(req.keep);
  keep.add('capa-ts');
  let user: SourcedRuleFile[] = [];
  const overridden = new Set<string>();
  if (req.add) {
    user = userRuleFiles(req.add);
    if (user.length === 0) throw new RulesBundleError(`no rule files (*.yml) in ${req.add.title}`);
    const mine = ruleNames(user);
    const sourceOfPath = new Map(base.files.map((f) => [f.path, f.source]));
    for (const r of base.ruleset().rules.values()) {
      if (r.meta.isSubscopeRule || r.path === undefined || !mine.has(r.name)) continue;
      const s = sourceOfPath.get(r.path);
      if (s !== undefined && s !== 'capa-ts') overridden.add(r.path);
    }
  }
  const kept = base.files.filter((f) => keep.has(f.source) && !overridden.has(f.path));
  const files = [...kept, ...user];
  const rs = buildRuleSet(files);
  const sources: RuleSource[] = base.header.sources
    .filter((s) => keep.has(s.id))
    .map((s) => ({ ...s, files: kept.filter((f) => f.source === s.id).length }));
  if (req.add) sources.push({ id: 'user', title: req.add.title, label: req.add.title, files: user.length });
  post({
    type: 'rules-built',
    bundle: encodeRulesBundle(rs, files, sources),
    sources,
    ruleCount: countRules(rs),
    overridden: overridden.size,
    buildMs: performance.now() - t0,
  });
}
