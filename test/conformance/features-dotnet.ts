// features-dotnet: capa's static feature assertions (capa-tests/features/static.json, §7.1) for
// the .NET samples (cases tagged `dotnet`), run against our .NET extractor. Locations: `file`,
// `token=0x6…` (a MethodDef), or `function=OFF[,bb=OFF[,insn=OFF]]` where OFF are file offsets
// (method body header; instruction = body + header size + IL offset), as capa's fixtures resolve
// them for dnfile. Each case is evaluated like features-pe: location features ∪ nested scopes ∪
// globals, with the feature built by the rules parser.

import { addLocated, newFeatureSet, type FeatureSet } from '../../src/engine/featureset.js';
import { DotnetStaticExtractor, type DotnetFunction } from '../../src/extractors/dotnet/extractor.js';
import type { Instruction } from '../../src/formats/dotnet/cil.js';
import type { FunctionHandle } from '../../src/features/extractor.js';
import { parseLocation, runStaticFeatureCases } from './features-pe.js';
import type { Suite, SuiteResult } from './suite.js';

function functionFeatures(x: DotnetStaticExtractor, fh: FunctionHandle, fs: FeatureSet, onlyInsnOffset?: number): void {
  if (onlyInsnOffset === undefined) addLocated(fs, x.functionFeatures(fh));
  for (const bb of x.basicBlocks(fh)) {
    if (onlyInsnOffset === undefined) addLocated(fs, x.basicBlockFeatures(fh, bb));
    for (const ih of x.instructions(fh, bb)) {
      const f = fh.inner as DotnetFunction;
      const insn = ih.inner as Instruction;
      if (onlyInsnOffset !== undefined && f.body.offset + f.body.headerSize + insn.offset !== onlyInsnOffset) continue;
      addLocated(fs, x.instructionFeatures(fh, bb, ih));
    }
  }
}

/** features of a .NET fixture location ∪ nested scopes ∪ globals; a string says why it cannot be built */
export function dotnetLocationFeatures(x: DotnetStaticExtractor, location: string): { fs: FeatureSet; scope: 'file' | 'function' | 'instruction' } | string {
  const fs = newFeatureSet();
  addLocated(fs, x.globalFeatures());
  if (location === 'file') {
    addLocated(fs, x.fileFeatures());
    return { fs, scope: 'file' };
  }
  const tm = /^token=0x([0-9a-f]+)$/i.exec(location);
  if (tm) {
    const fh = x.functionAt(Number.parseInt(tm[1]!, 16));
    if (!fh) return `no method with an IL body at ${location}`;
    functionFeatures(x, fh, fs);
    return { fs, scope: 'function' };
  }
  const loc = parseLocation(location);
  let fh: FunctionHandle | undefined;
  for (const f of x.functions()) if ((f.inner as DotnetFunction).body.offset === loc.fva) fh = f;
  if (!fh) return `no method body at file offset 0x${loc.fva!.toString(16)}`;
  if (loc.bbva !== undefined && loc.bbva !== loc.fva) return `basic block 0x${loc.bbva.toString(16)} is not the method body`;
  if (loc.kind === 'instruction') {
    functionFeatures(x, fh, fs, loc.iva);
    return { fs, scope: 'instruction' };
  }
  functionFeatures(x, fh, fs);
  return { fs, scope: 'function' };
}

export function runFeaturesDotnet(): SuiteResult {
  const r = runStaticFeatureCases({
    suite: 'features-dotnet',
    selectFile: (tags) => tags.includes('dotnet'),
    backends: ['dnfile', 'dotnet'],
    open: (bytes) => new DotnetStaticExtractor(bytes),
    locate: (x, location) => {
      const r = dotnetLocationFeatures(x as DotnetStaticExtractor, location);
      return typeof r === 'string' ? r : { fs: r.fs, kind: r.scope };
    },
  });
  return r.passed + r.failed === 0 ? { ...r, notes: [...(r.notes ?? []), 'no .NET cases found (test data missing?)'] } : r;
}

export const featuresDotnetSuite: Suite = {
  name: 'features-dotnet',
  run: async () => runFeaturesDotnet(),
};
