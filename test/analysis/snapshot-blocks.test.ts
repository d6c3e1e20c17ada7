// Basic-block and instruction-address agreement with capa's freeze snapshots (vivisect backend):
// capa-tests/snapshots/pma01-01-dll.frz and pma21-01-exe.frz list every function with its basic
// blocks and their instruction addresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { loadPeImage, parsePE } from '../../src/formats/pe/index.js';
import { analyzeImage } from '../../src/analysis/analyze.js';

interface FrzAddr {
  type: string;
  value: number;
}
interface FrzFunction {
  address: FrzAddr;
  basic_blocks: Array<{ address: FrzAddr; instructions: Array<{ address: FrzAddr }> }>;
}

export interface BlockAgreement {
  functions: number;
  functionsFound: number;
  blocks: number;
  blocksFound: number;
  oursBlocks: number;
  insns: number;
  insnsFound: number;
}

export function compareSnapshot(frzPath: string, samplePath: string): BlockAgreement {
  const raw = readFileSync(frzPath);
  const doc = JSON.parse(inflateSync(raw.subarray(8)).toString('utf8')) as { features: { functions: FrzFunction[] } };
  const prog = analyzeImage(loadPeImage(parsePE(new Uint8Array(readFileSync(samplePath)))));
  const r: BlockAgreement = { functions: 0, functionsFound: 0, blocks: 0, blocksFound: 0, oursBlocks: 0, insns: 0, insnsFound: 0 };
  try {
    for (const f of doc.features.functions) {
      r.functions++;
      const ours = prog.func(f.address.value);
      const ourBlocks = new Set<number>();
      const ourInsns = new Set<number>();
      if (ours) {
        r.functionsFound++;
        for (const b of ours.blocks) {
          ourBlocks.add(b.va);
          for (const i of b.insns) ourInsns.add(i.va);
        }
        r.oursBlocks += ours.blocks.length;
      }
      for (const b of f.basic_blocks) {
        r.blocks++;
        if (ourBlocks.has(b.address.value)) r.blocksFound++;
        for (const i of b.instructions) {
          r.insns++;
          if (ourInsns.has(i.address.value)) r.insnsFound++;
        }
      }
    }
  } finally {
    prog.dispose();
  }
  return r;
}

const SNAPSHOTS: Array<[string, string]> = [
  ['pma01-01-dll.frz', 'Practical Malware Analysis Lab 01-01.dll_'],
  ['pma21-01-exe.frz', 'Practical Malware Analysis Lab 21-01.exe_'],
];

const skip = requireTestdata('analysis snapshot blocks');

for (const [frz, sample] of SNAPSHOTS) {
  test(`basic blocks agree with ${frz}`, { skip }, () => {
    const frzPath = testdata('capa-tests', 'snapshots', frz);
    const samplePath = testdata('testfiles', sample);
    if (!existsSync(frzPath) || !existsSync(samplePath)) assert.fail(`missing ${frzPath} or ${samplePath}`);
    const r = compareSnapshot(frzPath, samplePath);
    const pct = (a: number, b: number): string => ((100 * a) / Math.max(1, b)).toFixed(1);
    console.log(
      `${frz}: functions ${r.functionsFound}/${r.functions}, blocks ${r.blocksFound}/${r.blocks} (${pct(r.blocksFound, r.blocks)}%, ours ${r.oursBlocks}), ` +
        `instruction addresses ${r.insnsFound}/${r.insns} (${pct(r.insnsFound, r.insns)}%)`,
    );
    assert.ok(r.functionsFound / r.functions >= 0.95, 'functions');
    assert.ok(r.blocksFound / r.blocks >= 0.9, 'blocks');
    assert.ok(r.insnsFound / r.insns >= 0.9, 'instructions');
  });
}
