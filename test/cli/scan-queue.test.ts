// `capa-ts scan --queue` and `capa-ts worker` on a real Redis: the test starts its own
// redis-server on 127.0.0.1 (a free port, no persistence, a temporary directory) and stops it.
// Two worker processes; one is killed (SIGKILL) in the middle of a job; every sample must still
// appear exactly once in the output, with the same line a local scan writes.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { PROJECT_ROOT } from '../helpers/testdata.js';
import { callChainPe } from '../helpers/crafted-pe.js';
import type { ScanRecord } from '../../src/cli/scan-record.js';

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');

function findRedisServer(): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/sbin', '/usr/local/bin']) {
    const p = join(dir, 'redis-server');
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

const REDIS_SERVER = findRedisServer();
function skipWithoutRedis(): false | string {
  if (REDIS_SERVER) return false;
  const msg = 'redis-server not found (Debian package redis-server)';
  if (process.env.CI === 'true') throw new Error(`scan queue: ${msg}`);
  process.stderr.write(`SKIP scan queue: ${msg}\n`);
  return msg;
}

const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-queue-'));
const ENV = { ...process.env, CAPA_RULES: '', CAPA_TS_CACHE_DIR: join(tmp, 'cache') };
const children = new Set<ChildProcess>();
after(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    let got = '';
    s.setTimeout(1000, () => {
      s.destroy();
      resolve(false);
    });
    s.on('connect', () => s.write('PING\r\n'));
    s.on('data', (d) => {
      got += d.toString();
      if (got.includes('\r\n')) {
        s.destroy();
        resolve(got.startsWith('+PONG'));
      }
    });
    s.on('error', () => resolve(false));
  });
}

async function startRedis(): Promise<{ port: number; stop: () => Promise<void> }> {
  const dir = join(tmp, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const proc = spawn(REDIS_SERVER!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(proc);
  let log = '';
  proc.stdout!.on('data', (d) => (log += d));
  proc.stderr!.on('data', (d) => (log += d));
  for (let i = 0; i < 100; i++) {
    if (await ping(port)) {
      return {
        port,
        stop: () =>
          new Promise<void>((resolve) => {
            if (proc.exitCode !== null) return resolve();
            proc.once('exit', () => resolve());
            proc.kill('SIGTERM');
          }),
      };
    }
    if (proc.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port}: ${log}`);
}

interface Proc {
  readonly child: ChildProcess;
  stderr: string;
  readonly exited: Promise<number | null>;
  /** resolves with the first stderr line matching `re` */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

function start(args: string[]): Proc {
  const child = spawn(process.execPath, [BIN, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const p: Proc = {
    child,
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (c) => resolve(c))),
    waitFor(re, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const m = p.stderr.match(re);
          if (m) resolve(m);
          return m !== null;
        };
        if (check()) return;
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re} in:\n${p.stderr}`)), timeoutMs);
        const onData = (): void => {
          if (check()) {
            clearTimeout(timer);
            child.stderr!.off('data', onData);
          }
        };
        child.stderr!.on('data', onData);
        child.on('exit', () => {
          if (!check()) {
            clearTimeout(timer);
            reject(new Error(`exited before ${re}:\n${p.stderr}`));
          }
        });
      });
    },
  };
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (p.stderr += d));
  child.stdout!.resume();
  return p;
}

const records = (path: string): ScanRecord[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ScanRecord);

/** a line without its timing, keyed by SHA-256 */
const byHash = (rs: ScanRecord[]): Map<string, Omit<ScanRecord, 'elapsed_ms'>> =>
  new Map(
    rs.map((r) => {
      const { elapsed_ms: _t, ...rest } = r;
      return [r.sha256!, rest];
    }),
  );

const withoutVolatile = (doc: string): unknown => {
  const d = JSON.parse(doc) as { meta: Record<string, unknown> };
  delete d.meta.timestamp;
  delete d.meta.argv;
  return d;
};

test('queue: two workers, one killed mid-job; every sample exactly once, as a local scan writes it', { skip: skipWithoutRedis(), timeout: 600_000 }, async () => {
  const redis = await startRedis();
  const url = `redis://127.0.0.1:${redis.port}`;
  try {
    const dir = join(tmp, 'samples');
    mkdirSync(dir);
    const hashes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const b = callChainPe(6000 + 50 * i);
      writeFileSync(join(dir, `s${i}.exe`), b);
      hashes.push(createHash('sha256').update(b).digest('hex'));
    }
    hashes.sort();

    // what a local scan writes
    const localOut = join(tmp, 'local.jsonl');
    const localDocs = join(tmp, 'local-docs');
    const local = spawnSync(process.execPath, [BIN, 'scan', '-j', '1', '-o', localOut, '--documents', localDocs, dir], { env: ENV, encoding: 'utf8' });
    assert.equal(local.status, 0, local.stderr);
    const want = byHash(records(localOut));

    const a = start(['worker', '--queue', url, '-j', '1', '--lock-ms', '2000']);
    const b = start(['worker', '--queue', url, '-j', '1', '--lock-ms', '2000']);
    await Promise.all([a.waitFor(/waiting for jobs/), b.waitFor(/waiting for jobs/)]);

    const out = join(tmp, 'queue.jsonl');
    const scan = start(['scan', '--queue', url, '-o', out, '--progress-every', '1', dir]);
    // the moment worker A starts a job, kill it: no chance to finish or to give the job back
    const [, killedJob] = await a.waitFor(/start (\S+) /);
    a.child.kill('SIGKILL');
    assert.equal(await a.exited, null);

    const code = await scan.exited;
    assert.equal(code, 0, scan.stderr);
    const got = records(out);
    assert.deepEqual(got.map((r) => r.sha256).sort(), hashes, 'every sample exactly once');
    assert.deepEqual(byHash(got), want, 'the same lines as a local scan');
    assert.match(scan.stderr, /scan done: 6 samples/);
    // the job A died on was done by B
    assert.ok(b.stderr.includes(`start ${killedJob} `), `B took over ${killedJob}:\n${b.stderr}`);
    assert.ok(b.stderr.includes(`done ${killedJob} ok`), b.stderr);

    // --inline: the bytes travel in the jobs; documents come back through the queue
    const out2 = join(tmp, 'inline.jsonl');
    const docs2 = join(tmp, 'inline-docs');
    const scan2 = start(['scan', '--queue', url, '--inline', '-o', out2, '--documents', docs2, dir]);
    assert.equal(await scan2.exited, 0, scan2.stderr);
    assert.deepEqual(byHash(records(out2)), want);
    for (const h of hashes) {
      assert.deepEqual(withoutVolatile(readFileSync(join(docs2, `${h}.json`), 'utf8')), withoutVolatile(readFileSync(join(localDocs, `${h}.json`), 'utf8')));
    }
    assert.match(b.stderr, /\(inline\)/);

    // collected jobs are removed; the rule set stays for later scans (with an expiry)
    const client = new Redis({ host: '127.0.0.1', port: redis.port, lazyConnect: true });
    await client.connect();
    try {
      const jobKeys = (await client.keys('bull:capa-ts:*')).filter((k) => /:[0-9a-f]{12}-[0-9a-f]{64}/.test(k));
      assert.deepEqual(jobKeys, []);
      const rulesKeys = await client.keys('capa-ts:rules:*');
      assert.equal(rulesKeys.length, 1);
      assert.ok((await client.ttl(rulesKeys[0]!)) > 0);
    } finally {
      client.disconnect();
    }

    // SIGTERM: the worker stops after its running jobs, exit code 0
    b.child.kill('SIGTERM');
    assert.equal(await b.exited, 0, b.stderr);
    assert.match(b.stderr, /capa-ts worker: stopped/);
  } finally {
    await redis.stop();
  }
});

test('queue: a path no worker can read is retried up to --attempts, then one error line; a changed file is reported', { skip: skipWithoutRedis(), timeout: 300_000 }, async () => {
  const redis = await startRedis();
  const url = `redis://127.0.0.1:${redis.port}`;
  const client = new Redis({ host: '127.0.0.1', port: redis.port, lazyConnect: true });
  await client.connect();
  const workers: Proc[] = [];
  try {
    const dir = join(tmp, 'retry');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.exe'), callChainPe(20));
    writeFileSync(join(dir, 'gone.exe'), callChainPe(21));
    writeFileSync(join(dir, 'changed.exe'), callChainPe(22));
    const out = join(tmp, 'retry.jsonl');
    // no worker yet: the jobs wait in the queue while two of the files change under them
    const scan = start(['scan', '--queue', url, '--attempts', '2', '-o', out, dir]);
    for (let i = 0; (await client.llen('bull:capa-ts:wait')) < 3; i++) {
      assert.ok(i < 600, `jobs not enqueued:\n${scan.stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    rmSync(join(dir, 'gone.exe'));
    writeFileSync(join(dir, 'changed.exe'), callChainPe(23));
    workers.push(start(['worker', '--queue', url, '-j', '1']));
    assert.equal(await scan.exited, 0, scan.stderr);
    const got = new Map(records(out).map((r) => [r.paths[0]!.split('/').pop()!, r]));
    assert.equal(got.size, 3);
    assert.equal(got.get('keep.exe')!.error, undefined);
    const gone = got.get('gone.exe')!.error!;
    assert.equal(gone.kind, 'unreadable');
    assert.match(gone.message, /gone\.exe: no such file .*\(after 2 attempts\)$/);
    assert.equal(got.get('changed.exe')!.error?.kind, 'changed');
    const w = workers[0]!;
    assert.equal(w.stderr.match(/^capa-ts worker: fail \S+-[0-9a-f]{64} .*gone\.exe/gm)?.length, 2, w.stderr);
  } finally {
    for (const w of workers) {
      w.child.kill('SIGTERM');
      await w.exited;
    }
    client.disconnect();
    await redis.stop();
  }
});

test('queue: an unreachable Redis is one clear error with its own exit code', async () => {
  const port = await freePort(); // nothing listens there
  const dir = join(tmp, 'one');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.exe'), callChainPe(3));
  for (const args of [['scan', '--queue', `redis://127.0.0.1:${port}`, dir], ['worker', '--queue', `redis://127.0.0.1:${port}`]]) {
    const r = spawnSync(process.execPath, [BIN, ...args], { env: ENV, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 24, r.stderr);
    assert.match(r.stderr, new RegExp(`^capa-ts: error: cannot reach the queue at redis://127.0.0.1:${port}: .*ECONNREFUSED`));
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});
