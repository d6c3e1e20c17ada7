// The capa-ts version (kept equal to package.json's by test/version.test.ts). Part of the rule-cache key.
export const VERSION = '0.1.0';
/** the capa release whose behaviour and result-document format capa-ts follows */
export const CAPA_DOCUMENT_VERSION = '9.4.0';
