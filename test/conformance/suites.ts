// Registry of conformance suites. Each stage adds its suite here.
import type { Suite } from './suite.js';

export const SUITES: Suite[] = [];
