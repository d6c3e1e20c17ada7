// capa freeze files: `capa0000` + zlib(JSON) feature dumps (see model.ts).
export * from './model.js';
export { readFreeze, parseFreezeJson, freezeJsonText, DEFAULT_MAX_FREEZE_JSON, type ReadFreezeOptions } from './read.js';
export { freezeStatic, freezeDynamic, freezeToJson, writeFreeze, featureJson, type FreezeOptions } from './write.js';
