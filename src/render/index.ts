// Public surface of the render stage: the result document model, its JSON form and the text reports.
export type * from './rdoc.js';
export { FEATURE_VALUE_FIELD, MAEC_FIELDS } from './rdoc.js';
export { parseResultDocument, serializeResultDocument, toCompactJson, pythonFloatRepr, RdocJsonError } from './json.js';
export { renderDefault, findSubruleMatches } from './default.js';
export { renderVerbose } from './verbose.js';
export { renderVeryVerbose } from './vverbose.js';
export type { RenderOptions } from './util.js';
export { renderSarif, toSarif, pathToUri, SARIF_SCHEMA_URI, type SarifOptions } from './sarif.js';
