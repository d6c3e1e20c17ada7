// File-scope features of an ELF sample as capa's vivisect backend yields them (§4.3): `export`
// (defined dynamic symbols and `__entry`), `import` at each GOT slot (`*.name` and `name`),
// `section` for every vivisect segment (ELF sections + PHDRn), `string` from the raw bytes,
// `characteristic: embedded pe` from the shared carver.
// Plus the function-scope `function-name` from `.symtab` (§4.4), which only needs the image.

import { absolute } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import { exportFeature, functionName, importFeature, section } from '../../features/feature.js';
import type { LoadedImage } from '../../formats/image.js';
import { extractEmbeddedPe } from '../common/embedded-pe.js';
import { extractFileStrings } from '../common/strings.js';

/** capa's generate_symbols(dll, sym, include_dll=True) for a named import */
export function importSymbols(dll: string, name: string): string[] {
  let lib = dll.toLowerCase();
  for (const ext of ['.dll', '.drv', '.so']) {
    if (lib.endsWith(ext)) {
      lib = lib.slice(0, -ext.length);
      break;
    }
  }
  const out: string[] = [];
  const ordinal = name.startsWith('#');
  out.push(`${lib}.${name}`);
  if (!ordinal) out.push(name);
  if (name.length >= 2 && (name.endsWith('A') || name.endsWith('W'))) {
    out.push(`${lib}.${name.slice(0, -1)}`);
    out.push(name.slice(0, -1));
  }
  return out;
}

/** capa rewrites vivisect's `ord<N>` import names to `#<N>` (Python int() syntax for N) */
export function vivOrdinalName(name: string): string {
  return /^ord\s*[+-]?\d+(_\d+)*\s*$/.test(name) ? '#' + name.slice(3) : name;
}

export function elfExportFeatures(image: LoadedImage): Located[] {
  return image.exports
    .filter((e) => e.name !== undefined)
    .map((e) => ({ feature: exportFeature(e.name!), address: absolute(e.va) }));
}

export function elfImportFeatures(image: LoadedImage): Located[] {
  const out: Located[] = [];
  const slots = [...image.imports.values()].filter((i) => i.kind !== 'plt' && i.name !== undefined);
  slots.sort((a, b) => a.va - b.va);
  for (const imp of slots) {
    for (const s of importSymbols(imp.dll, vivOrdinalName(imp.name!))) {
      out.push({ feature: importFeature(s), address: absolute(imp.va) });
    }
  }
  return out;
}

export function elfSectionFeatures(image: LoadedImage): Located[] {
  const list = image.sections ?? image.segments;
  return list.map((s) => ({ feature: section(s.name), address: absolute(s.va) }));
}

/**
 * `function-name` for a function at `fva`: every `.symtab` symbol whose raw value equals the
 * function address and whose st_info has bit 1 set (capa's test, which also admits unnamed
 * STT_SECTION symbols, yielding an empty name).
 */
export function elfFunctionNameFeatures(image: LoadedImage, fva: number): Located[] {
  const out: Located[] = [];
  for (const s of image.symbols) {
    if (s.va === fva && (s.info & 2) !== 0) out.push({ feature: functionName(s.name), address: absolute(fva) });
  }
  return out;
}

/** every file feature, in capa's handler order (embedded PE, export, import, section, string) */
export function elfFileFeatures(image: LoadedImage): Located[] {
  return [
    ...extractEmbeddedPe(image.file),
    ...elfExportFeatures(image),
    ...elfImportFeatures(image),
    ...elfSectionFeatures(image),
    ...extractFileStrings(image.file),
  ];
}
