// What an analysis needs besides the sample, built from the page's bundled assets: each asset kind
// has its loader here. A new kind (see AssetKind in ../assets.ts) fails to compile until the switch
// below handles it, and what it loads joins AnalysisContext for analyze.ts to pass on.
import { bundleRulePaths, countRules, decodeRulesBundle, type RuleSource, type RulesBundle } from '../assets.js';
import type { LoadedAsset } from '../protocol.js';
import type { RuleSet } from '../../rules/ruleset.js';
import { deserializeSignatureSet, type FlirtSignatureSet } from '../../formats/flirt/set.js';

export interface AnalysisContext {
  readonly rules: RuleSet;
  /** what the result document lists under meta.analysis.rules */
  readonly rulePaths: string[];
  readonly sources: readonly RuleSource[];
  readonly ruleCount: number;
  /** FLIRT signature sets in load order (library identification in PE files), as bundled */
  readonly signatures: readonly FlirtSignatureSet[];
}

/** UTF-8 as Node's readFileSync(path, 'utf8') decodes it: a BOM is kept, bad bytes become U+FFFD */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeText(data: ArrayBuffer | Uint8Array): string {
  return utf8.decode(data);
}

export function loadContext(assets: readonly LoadedAsset[], rulesOverride?: string): AnalysisContext {
  let bundle: RulesBundle | undefined = rulesOverride !== undefined ? decodeRulesBundle(rulesOverride) : undefined;
  const signatures: FlirtSignatureSet[] = [];
  for (const asset of assets) {
    switch (asset.kind) {
      case 'rules':
        bundle ??= decodeRulesBundle(decodeText(asset.data));
        break;
      case 'signatures':
        // a pre-parsed set (the CLI's signature-cache form): views on the downloaded bytes
        signatures.push(deserializeSignatureSet(new Uint8Array(asset.data)));
        break;
      default: {
        const unknown: never = asset.kind;
        throw new Error(`the page bundles an asset of unknown kind '${String(unknown)}'`);
      }
    }
  }
  if (bundle === undefined) throw new Error('the page was built without a rules bundle');
  const rules = bundle.ruleset();
  return { rules, rulePaths: bundleRulePaths(bundle.header), sources: bundle.header.sources, ruleCount: countRules(rules), signatures };
}
