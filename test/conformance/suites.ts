// Registry of conformance suites. Each stage adds its suite here.
import type { Suite } from './suite.js';
import { ruleExamplesSuite } from './rule-examples.js';
import { resultsElfSuite, resultsPeSuite, resultsScSuite } from './capa-results.js';
import { elfOsSuite } from './elf-os.js';
import { matcherSuite } from './matcher.js';
import { peFileRulesSuite, peFileSuite } from './features-pe-file.js';
import { snapshotPeSuite } from './snapshot-pe.js';
import { featuresPeSuite } from './features-pe.js';
import { functionsPeSuite } from './functions-pe.js';
import { featuresDotnetSuite } from './features-dotnet.js';
import { snapshotDotnetSuite } from './snapshot-dotnet.js';
import { rdFlirtSuite, resultsDotnetSuite, resultsPeFlirtSuite } from './capa-results.js';
import { featuresElfSuite } from './features-elf.js';
import { snapshotElfSuite } from './snapshot-elf.js';
import { functionsElfSuite } from './functions-elf.js';
import { featuresDynamicSuite } from './features-dynamic.js';

export const SUITES: Suite[] = [elfOsSuite, matcherSuite, peFileSuite, peFileRulesSuite, snapshotPeSuite, featuresPeSuite, ruleExamplesSuite, resultsPeSuite, resultsPeFlirtSuite, rdFlirtSuite, functionsPeSuite, featuresElfSuite, snapshotElfSuite, resultsElfSuite, resultsScSuite, functionsElfSuite, featuresDotnetSuite, snapshotDotnetSuite, resultsDotnetSuite, featuresDynamicSuite];
