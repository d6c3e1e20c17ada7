// features-elf: capa's static feature assertions (capa-tests/features/static.json, §7.1) for the
// ELF samples (file tag `elf`), run against our ELF backend (openExtractor → ELF loader → code
// analysis → x86 extractor). Case texts are evaluated like features-pe does (its helpers are
// reused): the location's features ∪ nested scopes ∪ globals. Cases marked skip/xfail for capa's
// vivisect backend are not counted; marks for other backends do not apply to us.

import { openExtractor } from '../../src/extractors/open.js';
import { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { detectFormat } from '../../src/formats/detect.js';
import { runStaticFeatureCases } from './features-pe.js';
import type { Suite, SuiteResult } from './suite.js';

export function runFeaturesElf(): SuiteResult {
  return runStaticFeatureCases({
    suite: 'features-elf',
    selectFile: (tags) => tags.includes('elf'),
    open: (bytes) => {
      if (detectFormat(bytes) !== 'elf') return 'not detected as ELF';
      const x = openExtractor(bytes, { format: 'auto' });
      if (!(x instanceof X86StaticExtractor)) throw new Error('ELF backend is expected to be the x86 extractor');
      return x;
    },
  });
}

export const featuresElfSuite: Suite = {
  name: 'features-elf',
  run: async () => runFeaturesElf(),
};
