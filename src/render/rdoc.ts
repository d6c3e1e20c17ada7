// capa's result document (`capa -j`, capa-semantics.md §5.2/§5.3) as TypeScript types.
//
// Field names are the Python field names capa emits (`import_`, `class_`, `function_name`,
// `is_subscope_rule`, …) so a document parsed from capa's JSON and one built by us have the same
// shape. Feature integers (number/offset/operand values) and range bounds are bigints: they may
// exceed 2^53 (range max is 2^64-1). Addresses reuse the shared `Address` union, whose JSON form is
// exactly capa's `{"type", "value"}`.

import type { Address } from '../features/address.js';
import { FEATURE_JSON_FIELD } from '../features/feature-json.js';
import type { DynamicScope, StaticScope } from '../engine/ast.js';

export type { Address };

export type Flavor = 'static' | 'dynamic';

export interface Sample {
  md5: string;
  sha1: string;
  sha256: string;
  path: string;
}

// ------------------------------------------------------------------ layout and counts

export interface BasicBlockLayout {
  address: Address;
}
export interface FunctionLayout {
  address: Address;
  matched_basic_blocks: BasicBlockLayout[];
}
export interface StaticLayout {
  functions: FunctionLayout[];
}

export interface CallLayout {
  address: Address;
  /** like `CreateFileW(lpFileName="x", …) -> 0x4` */
  name: string;
}
export interface ThreadLayout {
  address: Address;
  matched_calls: CallLayout[];
}
export interface ProcessLayout {
  address: Address;
  name: string;
  matched_threads: ThreadLayout[];
}
export interface DynamicLayout {
  processes: ProcessLayout[];
}

export interface FunctionFeatureCount {
  address: Address;
  count: number;
}
export interface ProcessFeatureCount {
  address: Address;
  count: number;
}
export interface StaticFeatureCounts {
  file: number;
  functions: FunctionFeatureCount[];
}
export interface DynamicFeatureCounts {
  file: number;
  processes: ProcessFeatureCount[];
}

export interface LibraryFunction {
  address: Address;
  name: string;
}

export interface StaticAnalysis {
  format: string;
  arch: string;
  os: string;
  extractor: string;
  rules: string[];
  base_address: Address;
  layout: StaticLayout;
  feature_counts: StaticFeatureCounts;
  library_functions: LibraryFunction[];
}

export interface DynamicAnalysis {
  format: string;
  arch: string;
  os: string;
  extractor: string;
  rules: string[];
  layout: DynamicLayout;
  feature_counts: DynamicFeatureCounts;
}

interface MetadataBase {
  /** local naive ISO time, e.g. `2024-03-02T04:12:18.077282` */
  timestamp: string;
  version: string;
  /** omitted when empty */
  argv?: string[];
  sample: Sample;
}
export interface StaticMetadata extends MetadataBase {
  flavor: 'static';
  analysis: StaticAnalysis;
}
export interface DynamicMetadata extends MetadataBase {
  flavor: 'dynamic';
  analysis: DynamicAnalysis;
}
export type Metadata = StaticMetadata | DynamicMetadata;

// ------------------------------------------------------------------ features (frozen form)

/** A feature integer; a non-integral `number` (.NET `ldc.r8`) stays a JS float. */
export type FeatureInt = bigint;

interface FeatureBase {
  description?: string;
}
export interface OSFeature extends FeatureBase { type: 'os'; os: string }
export interface ArchFeature extends FeatureBase { type: 'arch'; arch: string }
export interface FormatFeature extends FeatureBase { type: 'format'; format: string }
export interface MatchFeature extends FeatureBase { type: 'match'; match: string }
export interface CharacteristicFeature extends FeatureBase { type: 'characteristic'; characteristic: string }
export interface ExportFeature extends FeatureBase { type: 'export'; export: string }
export interface ImportFeature extends FeatureBase { type: 'import'; import_: string }
export interface SectionFeature extends FeatureBase { type: 'section'; section: string }
export interface FunctionNameFeature extends FeatureBase { type: 'function name'; function_name: string }
export interface SubstringFeature extends FeatureBase { type: 'substring'; substring: string }
export interface RegexFeature extends FeatureBase { type: 'regex'; regex: string }
export interface StringFeature extends FeatureBase { type: 'string'; string: string }
export interface ClassFeature extends FeatureBase { type: 'class'; class_: string }
export interface NamespaceFeature extends FeatureBase { type: 'namespace'; namespace: string }
export interface APIFeature extends FeatureBase { type: 'api'; api: string }
export interface PropertyFeature extends FeatureBase { type: 'property'; access?: 'read' | 'write'; property: string }
export interface NumberFeature extends FeatureBase { type: 'number'; number: FeatureInt | number }
/** lower-case hex, no spaces */
export interface BytesFeature extends FeatureBase { type: 'bytes'; bytes: string }
export interface OffsetFeature extends FeatureBase { type: 'offset'; offset: FeatureInt }
export interface MnemonicFeature extends FeatureBase { type: 'mnemonic'; mnemonic: string }
export interface OperandNumberFeature extends FeatureBase { type: 'operand number'; index: number; operand_number: FeatureInt }
export interface OperandOffsetFeature extends FeatureBase { type: 'operand offset'; index: number; operand_offset: FeatureInt }
export interface BasicBlockFeature extends FeatureBase { type: 'basic block' }

export type FeatureJson =
  | OSFeature | ArchFeature | FormatFeature | MatchFeature | CharacteristicFeature | ExportFeature
  | ImportFeature | SectionFeature | FunctionNameFeature | SubstringFeature | RegexFeature
  | StringFeature | ClassFeature | NamespaceFeature | APIFeature | PropertyFeature | NumberFeature
  | BytesFeature | OffsetFeature | MnemonicFeature | OperandNumberFeature | OperandOffsetFeature
  | BasicBlockFeature;

/** The field holding each feature kind's value (Python field name). */
export const FEATURE_VALUE_FIELD = FEATURE_JSON_FIELD satisfies Record<FeatureJson['type'], string | null>;

// ------------------------------------------------------------------ statements and match tree

export interface CompoundStatement {
  type: 'and' | 'or' | 'not' | 'optional';
  description?: string;
}
/** `N or more` (N ≥ 1; `0 or more` is written as `optional`) */
export interface SomeStatement {
  type: 'some';
  description?: string;
  count: number;
}
export interface RangeStatement {
  type: 'range';
  description?: string;
  min: bigint;
  /** 18446744073709551615 = unbounded */
  max: bigint;
  child: FeatureJson;
}
export interface SubscopeStatement {
  type: 'subscope';
  description?: string;
  scope: StaticScope | DynamicScope;
}
export type Statement = CompoundStatement | SomeStatement | RangeStatement | SubscopeStatement;

export interface StatementNode {
  type: 'statement';
  statement: Statement;
}
export interface FeatureNode {
  type: 'feature';
  feature: FeatureJson;
}
export type MatchNode = StatementNode | FeatureNode;

export interface Match {
  success: boolean;
  node: MatchNode;
  children: Match[];
  /** only on successful feature and range nodes */
  locations: Address[];
  /** substring/regex: matched text → locations */
  captures: Record<string, Address[]>;
}

// ------------------------------------------------------------------ rules

export interface AttackSpec {
  parts: string[];
  tactic: string;
  technique: string;
  subtechnique: string;
  id: string;
}
export interface MBCSpec {
  parts: string[];
  objective: string;
  behavior: string;
  method: string;
  id: string;
}
export interface MaecMetadata {
  analysis_conclusion?: string;
  analysis_conclusion_ov?: string;
  malware_family?: string;
  malware_category?: string;
  malware_category_ov?: string;
}
export const MAEC_FIELDS = [
  'analysis_conclusion',
  'analysis_conclusion_ov',
  'malware_family',
  'malware_category',
  'malware_category_ov',
] as const;

export interface RuleScopes {
  /** omitted when unsupported */
  static?: StaticScope;
  dynamic?: DynamicScope;
}

export interface RuleMetadata {
  name: string;
  namespace?: string;
  authors: string[];
  scopes: RuleScopes;
  attack: AttackSpec[];
  mbc: MBCSpec[];
  references: string[];
  examples: string[];
  description: string;
  lib: boolean;
  is_subscope_rule: boolean;
  maec: MaecMetadata;
}

export interface RuleMatches {
  meta: RuleMetadata;
  /** verbatim rule file text */
  source: string;
  matches: [Address, Match][];
}

export interface ResultDocument {
  meta: Metadata;
  rules: Record<string, RuleMatches>;
}
