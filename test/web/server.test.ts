// `capa-ts web`: the static server (in process) and the command (as a child process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { request } from 'node:http';
import { startWebServer } from '../../src/cli/web.js';
import { PROJECT_ROOT } from '../helpers/testdata.js';

const CLI = join(PROJECT_ROOT, 'bin', 'capa-ts.js');

/** a built-looking site: what the server needs (index.html, assets.json) and a hashed asset */
function fakeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'capa-ts-site-'));
  mkdirSync(join(dir, 'web'));
  const root = join(dir, 'web');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'assets.json'), '{}');
  writeFileSync(join(root, 'page.0123456789.js'), 'console.log(1)');
  writeFileSync(join(root, 'page.0123456789.js.gz'), gzipSync('console.log(1)'));
  writeFileSync(join(dir, 'secret.txt'), 'outside the root');
  return root;
}

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** raw requests: fetch() would normalise `..` away before it reaches the server */
function get(url: string, path: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Res> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the static server: files with their types, gzip when asked, caching, security headers', async () => {
  const root = fakeSite();
  const server = await startWebServer({ root, port: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get(server.url, '/');
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(index.headers['cache-control'], 'no-cache');
    assert.match(String(index.headers['content-security-policy']), /default-src 'none'.*connect-src 'self'/);
    assert.equal(index.headers['x-content-type-options'], 'nosniff');

    const plain = await get(server.url, '/page.0123456789.js');
    assert.equal(plain.body.toString(), 'console.log(1)');
    assert.equal(plain.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.match(String(plain.headers['cache-control']), /immutable/);
    const gz = await get(server.url, '/page.0123456789.js', { headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString(), 'console.log(1)');

    const head = await get(server.url, '/index.html', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal((await get(server.url, '/index.html', { method: 'POST' })).status, 405);
    assert.equal((await get(server.url, '/missing.js')).status, 404);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00', '/%zz']) {
      const r = await get(server.url, p);
      assert.ok(r.status === 404 || r.status === 400, `${p}: ${r.status}`);
      assert.ok(!r.body.toString().includes('outside the root'), `${p} escaped the root`);
    }
  } finally {
    await server.close();
    rmSync(join(root, '..'), { recursive: true, force: true });
  }
});

test('a directory without a built site is a clear error', async () => {
  await assert.rejects(startWebServer({ root: join(tmpdir(), 'capa-ts-no-such-site'), port: 0 }), /holds no built web app/);
});

test('`capa-ts web --port 0` prints its URL, serves the site, stops on SIGTERM', async () => {
  const root = fakeSite();
  try {
    const child = spawn(process.execPath, [CLI, 'web', '--port', '0', '--dir', root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    assert.equal((await get(url, '/')).status, 200);
    const code = await new Promise<number | null>((resolve) => {
      child.removeAllListeners('exit');
      child.on('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
  } finally {
    rmSync(join(root, '..'), { recursive: true, force: true });
  }
});

test('`capa-ts web` argument and set-up errors are one line with an exit code', () => {
  const bad = spawnSync(process.execPath, [CLI, 'web', '--port', '70000'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, "capa-ts: error: option --port: 70000 is not a port number\n");
  const missing = spawnSync(process.execPath, [CLI, 'web', '--port', '0', '--dir', join(tmpdir(), 'capa-ts-no-such-site')], { encoding: 'utf8' });
  assert.equal(missing.status, 11);
  assert.match(missing.stderr, /^capa-ts: error: .*holds no built web app.*\n$/);
  const extra = spawnSync(process.execPath, [CLI, 'web', 'serve'], { encoding: 'utf8' });
  assert.equal(extra.status, 2);
});
