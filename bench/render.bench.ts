// Result document and report rendering on the largest static capa document in the shared data
// (al-khaser x64, ~0.8 MB JSON), plus the pure-TS sample hashes. Median of 5 runs, ms.
import { readFileSync } from 'node:fs';
import { md5, sha1, sha256 } from '../src/features/hashes.js';
import { parseResultDocument, serializeResultDocument } from '../src/render/json.js';
import { renderDefault } from '../src/render/default.js';
import { renderVerbose } from '../src/render/verbose.js';
import { renderVeryVerbose } from '../src/render/vverbose.js';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { medianWall } from './timing.js';


export function run(): void {
  const buf = new Uint8Array(32 << 20);
  for (let i = 0; i < buf.length; i++) buf[i] = (i * 2654435761) >>> 24;
  for (const [name, fn] of [['md5', md5], ['sha1', sha1], ['sha256', sha256]] as const) {
    const ms = medianWall(() => fn(buf));
    console.log(`hash ${name} 32 MiB: ${ms.toFixed(1)} ms (${(32 / 1.048576 / (ms / 1000)).toFixed(0)} MB/s)`);
  }
  if (!testdataAvailable()) {
    console.log('render: shared test data missing, skipped');
    return;
  }
  const text = readFileSync(testdata('testfiles', 'rd', 'al-khaser_x64.exe_.json'), 'utf8');
  const doc = parseResultDocument(text);
  const rows: [string, () => unknown][] = [
    ['parse', () => parseResultDocument(text)],
    ['serialize', () => serializeResultDocument(doc)],
    ['default', () => renderDefault(doc)],
    ['-v', () => renderVerbose(doc)],
    ['-vv', () => renderVeryVerbose(doc)],
  ];
  for (const [name, fn] of rows) console.log(`rdoc al-khaser ${name}: ${medianWall(fn).toFixed(2)} ms`);
}
