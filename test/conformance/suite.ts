// Shape shared by every conformance suite (capa's own fixtures run against capa-ts).

export interface SuiteResult {
  /** printed as `NAME: N passed, M failed` */
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  /** extra summary lines (percentages, precision/recall) printed under the main line */
  readonly notes?: string[];
  /** one line per failure, printed with --verbose */
  readonly failures?: string[];
}

export interface Suite {
  readonly name: string;
  run(): Promise<SuiteResult | SuiteResult[]>;
}
