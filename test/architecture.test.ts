// The architecture rules, checked on the sources: data flows one way between the stages, and only
// src/cli touches Node APIs (everything else runs in a browser or a worker on Uint8Array).
// src/web (the web page and its worker) is a front end like src/cli: it may use any stage, no
// stage uses it (the CLI builds and serves it), and it uses browser APIs, never Node's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PROJECT_ROOT } from './helpers/testdata.js';

const SRC = join(PROJECT_ROOT, 'src');

/** stage → the stages it may import (itself always allowed) */
const ALLOWED: Record<string, readonly string[]> = {
  features: [],
  formats: ['features'],
  analysis: ['formats', 'features'],
  extractors: ['analysis', 'formats', 'features'],
  engine: ['features'],
  rules: ['engine', 'features', '(root)'],
  capabilities: ['engine', 'features'],
  render: ['capabilities', 'engine', 'features'],
  cli: ['*'],
  web: ['features', 'formats', 'analysis', 'extractors', 'engine', 'rules', 'capabilities', 'render', '(root)'],
  '(root)': ['*'],
};

/** front ends: nothing but the CLI imports them */
const FRONT_ENDS = new Set(['cli', 'web']);

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const stageOf = (file: string): string => {
  const rel = relative(SRC, file).split(sep);
  return rel.length === 1 ? '(root)' : rel[0]!;
};

const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );

test('stages only import earlier stages', () => {
  const problems: string[] = [];
  for (const file of sources(SRC)) {
    const stage = stageOf(file);
    const allowed = ALLOWED[stage];
    assert.ok(allowed, `unknown stage ${stage} (${file})`);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = stageOf(resolve(dirname(file), spec));
      if (FRONT_ENDS.has(target) && target !== stage && stage !== 'cli') {
        problems.push(`${relative(PROJECT_ROOT, file)} (${stage}) imports the ${target} front end (${spec})`);
        continue;
      }
      if (target === stage || allowed.includes('*') || allowed.includes(target)) continue;
      problems.push(`${relative(PROJECT_ROOT, file)} (${stage}) imports ${spec} (${target})`);
    }
  }
  assert.deepEqual(problems, []);
});

test('only src/cli uses Node APIs', () => {
  const problems: string[] = [];
  for (const file of sources(SRC)) {
    if (stageOf(file) === 'cli') continue;
    const text = readFileSync(file, 'utf8');
    for (const spec of importsOf(text)) if (spec.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'zlib', 'child_process'].includes(spec)) problems.push(`${relative(PROJECT_ROOT, file)} imports ${spec}`);
    if (/\bprocess\.(env|argv|exit|stdout|stderr|cwd)\b|\bBuffer\.|\brequire\(/.test(text)) problems.push(`${relative(PROJECT_ROOT, file)} uses a Node global`);
  }
  assert.deepEqual(problems, []);
});
