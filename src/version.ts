// The capa-ts version (kept equal to package.json's by test/version.test.ts). Part of the rule-cache key.
export const VERSION = '0.1.0';
