// Messages between the page and its analysis worker. One worker serves one job (an analysis or a
// rule build) and is then terminated, so the memory of each analysis is released with it.

import type { AssetKind, RuleSource } from './assets.js';

/** the formats the page offers (the CLI's -f values) */
export const FORMAT_CHOICES = ['auto', 'pe', 'elf', 'dotnet', 'sc32', 'sc64', 'cape', 'drakvuf', 'vmray'] as const;
export type FormatChoice = (typeof FORMAT_CHOICES)[number];

/** a bundled asset as the page fetched it (manifest entry kind + bytes) */
export interface LoadedAsset {
  readonly kind: AssetKind;
  readonly file: string;
  readonly data: ArrayBuffer;
}

export interface InitRequest {
  readonly type: 'init';
  /** iced-x86, compiled once by the page */
  readonly wasm: WebAssembly.Module;
  readonly assets: readonly LoadedAsset[];
  /** a rules bundle to use instead of the bundled one (the user's selection, built by 'build-rules') */
  readonly rules?: string;
}

export interface AnalyzeRequest {
  readonly type: 'analyze';
  /** the file's name: shown as meta.sample.path; sandbox reports are also recognised by it */
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly format: FormatChoice;
  /** 'auto' or one of the OS names capa knows */
  readonly os: string;
  /** shellcode entry offset */
  readonly entry?: number;
}

/** rule files the user picked: a folder's files or a .zip (GitHub's archive of capa-rules works) */
export type UserRules =
  | { readonly title: string; readonly files: readonly { path: string; data: ArrayBuffer }[] }
  | { readonly title: string; readonly zip: ArrayBuffer };

export interface BuildRulesRequest {
  readonly type: 'build-rules';
  /** the bundled rules (bytes of the 'rules' asset) */
  readonly base: ArrayBuffer;
  /** ids of the bundled sources to keep */
  readonly keep: readonly string[];
  readonly add?: UserRules;
}

export type ToWorker = InitRequest | AnalyzeRequest | BuildRulesRequest;

export type ProblemKind =
  | 'unsupported-format'
  | 'unsupported-arch'
  | 'unsupported-os'
  | 'corrupt'
  | 'report'
  | 'rules'
  | 'too-large'
  | 'internal';

/** a failure, worded for the page: a title, one sentence, and the analyser's own message */
export interface Problem {
  readonly kind: ProblemKind;
  readonly title: string;
  readonly message: string;
  readonly detail?: string;
}

export type FromWorker =
  | {
      readonly type: 'ready';
      readonly ruleCount: number;
      readonly sources: readonly RuleSource[];
      /** from the worker's start to the 'init' message (its script loaded and run) */
      readonly startMs: number;
      /** iced-x86, the analysis modules and the rules, after 'init' */
      readonly loadMs: number;
    }
  | { readonly type: 'progress'; readonly unit: 'functions' | 'processes'; readonly done: number; readonly total: number }
  | {
      readonly type: 'result';
      /** capa's result document, exactly as `capa-ts -j` prints it */
      readonly json: string;
      /** descriptions of the file-limitation rules that matched (packed, installer, …) */
      readonly limitations: readonly string[];
      readonly analysisMs: number;
    }
  | {
      readonly type: 'rules-built';
      readonly bundle: string;
      readonly sources: readonly RuleSource[];
      readonly ruleCount: number;
      /** bundled rule files left out because the user's rules define rules of the same names */
      readonly overridden: number;
      readonly buildMs: number;
    }
  | { readonly type: 'failed'; readonly problem: Problem };
