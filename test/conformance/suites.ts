// Registry of conformance suites. Each stage adds its suite here.
import type { Suite } from './suite.js';
import { elfOsSuite } from './elf-os.js';
import { matcherSuite } from './matcher.js';
import { peFileSuite } from './features-pe-file.js';
import { snapshotPeSuite } from './snapshot-pe.js';
import { featuresPeSuite } from './features-pe.js';

export const SUITES: Suite[] = [elfOsSuite, matcherSuite, peFileSuite, snapshotPeSuite, featuresPeSuite];
