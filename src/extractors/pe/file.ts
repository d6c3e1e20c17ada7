// File-scope features of a PE as capa's vivisect backend extracts them (§4.3, §4.7):
// embedded PE, exports (+ forwarded exports), imports at IAT slots, sections (incl. PE_Header),
// and raw-file strings. FLIRT function names are not produced here.

import { absolute } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import { characteristic, exportFeature, importFeature, section } from '../../features/feature.js';
import type { LoadedImage } from '../../formats/image.js';
import type { PeFile } from '../../formats/pe/types.js';
import { extractEmbeddedPe } from '../common/embedded-pe.js';
import { extractFileStrings } from '../common/strings.js';

/** capa `helpers.generate_symbols`: the names an (dll, symbol) import/api is known by */
export function generateSymbols(dll: string, symbol: string, includeDll: boolean): string[] {
  dll = dll.toLowerCase();
  if (dll.endsWith('.dll') || dll.endsWith('.drv')) dll = dll.slice(0, -4);
  else if (dll.endsWith('.so')) dll = dll.slice(0, -3);
  const ordinal = symbol.startsWith('#');
  const out: string[] = [];
  if (includeDll || ordinal) out.push(`${dll}.${symbol}`);
  if (!ordinal) {
    out.push(symbol);
    const aw = symbol.length >= 2 && (symbol.endsWith('A') || symbol.endsWith('W'));
    if (aw) {
      if (includeDll) out.push(`${dll}.${symbol.slice(0, -1)}`);
      out.push(symbol.slice(0, -1));
    }
  }
  return out;
}

/** capa `reformat_forwarded_export_name`: dll part (up to the last `.`) lower-cased */
export function reformatForwardedExportName(name: string): string {
  const i = name.lastIndexOf('.');
  const dll = i < 0 ? '' : name.slice(0, i);
  const sym = i < 0 ? name : name.slice(i + 1);
  return `${dll.toLowerCase()}.${sym}`;
}

// Python int() on the text after `ord`: optional whitespace/sign, digits with single underscores
const VIV_ORD = /^ord\s*[+-]?\d+(?:_\d+)*\s*$/;

/** `import` features: vivisect's `lib.name` (ordinals `ordN` → `#N`) through generate_symbols */
export function extractPeImportFeatures(image: Pick<LoadedImage, 'imports'>): Located[] {
  const out: Located[] = [];
  for (const imp of image.imports.values()) {
    let name = imp.name ?? `ord${imp.ordinal ?? 0}`;
    if (VIV_ORD.test(name)) name = '#' + name.slice(3);
    const address = absolute(imp.va);
    for (const s of generateSymbols(imp.dll, name, true)) out.push({ feature: importFeature(s), address });
  }
  return out;
}

export function extractPeExportFeatures(image: Pick<LoadedImage, 'exports'>): Located[] {
  const out: Located[] = [];
  const fwd = characteristic('forwarded export');
  for (const e of image.exports) {
    const address = absolute(e.va);
    if (e.forwarder !== undefined) {
      out.push({ feature: exportFeature(reformatForwardedExportName(e.forwarder)), address });
      out.push({ feature: fwd, address });
    } else if (e.name !== undefined) {
      out.push({ feature: exportFeature(e.name), address });
    }
  }
  return out;
}

export function extractPeSectionFeatures(image: Pick<LoadedImage, 'segments'>): Located[] {
  return image.segments.map((s) => ({ feature: section(s.name), address: absolute(s.va) }));
}

/** All file-scope features of a PE (without FLIRT function names). */
export function extractPeFileFeatures(pe: Pick<PeFile, 'bytes'>, image: LoadedImage): Located[] {
  const out = extractEmbeddedPe(pe.bytes);
  for (const part of [extractPeExportFeatures(image), extractPeImportFeatures(image), extractPeSectionFeatures(image)]) {
    for (const l of part) out.push(l);
  }
  return extractFileStrings(pe.bytes, undefined, out);
}
