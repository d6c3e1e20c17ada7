// The capa-ts version (kept equal to package.json's by test/version.test.ts). Part of the rule-cache key.
export const VERSION = '0.1.0';

// The version of capa whose result-document format (capa/render/result_document.py) our JSON
// follows: capa 9.4.0, the capa that made ../shared/capa-results. Raise it only after checking
// the document against that capa's model.
export const CAPA_DOCUMENT_FORMAT_VERSION = '9.4.0';

/**
 * `meta.version` of the documents we write: the capa document version they follow, with "made by
 * capa-ts X" as semver build metadata, e.g. `9.4.0+capa-ts.0.1.0`. capa's model takes any string
 * here; capa Explorer Web refuses documents whose version sorts below "7.0.0" *as a string*
 * (web/explorer/src/composables/useRdocLoader.js), so the capa part must come first.
 * Build metadata allows only [0-9A-Za-z-] between dots, so anything else in VERSION becomes '-'.
 */
export const RESULT_DOCUMENT_VERSION = `${CAPA_DOCUMENT_FORMAT_VERSION}+capa-ts.${VERSION.replace(/[^0-9A-Za-z.-]/g, '-')}`;
