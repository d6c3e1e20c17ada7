// Public surface of the capability pipelines.
export type {
  Capabilities,
  StaticCapabilities,
  DynamicCapabilities,
  MatchResults,
  MatchableRuleSet,
  FeatureCount,
  LibraryFunction,
  StaticLayoutFunction,
  DynamicLayoutProcess,
  DynamicLayoutThread,
  MatcherOptions,
} from './common.js';
export { findStaticCapabilities, type StaticOptions } from './static.js';
export { findDynamicCapabilities, directDependencies, DEFAULT_SPAN_SIZE, type DynamicOptions } from './dynamic.js';
