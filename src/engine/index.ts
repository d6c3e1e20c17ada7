// Public surface of the matching engine.
export type { Result, EvalContext } from './evaluate.js';
export { evaluate, evaluateFull, matchesNode, makeContext, EngineError, regexOf, stringMatches } from './evaluate.js';
export type { FeatureEntry, FeatureSet } from './featureset.js';
export { newFeatureSet, addFeature, ensureFeature, addLocated, mergeInto, absorbInto, shallowCopy, deepCopy, locationsOf } from './featureset.js';
export { Locations } from './locations.js';
export type { RuleMatch, ScopeMatcherOptions } from './match.js';
export { ScopeMatcher, ruleMatchFeatures, indexRuleMatches } from './match.js';
