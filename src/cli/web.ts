// `capa-ts web`: serves the built web app (dist/web) on 127.0.0.1; `capa-ts web build` builds it.
//
// The server is a plain static file server: the page analyses files in the browser and sends
// nothing back, so it needs no API. It answers GET and HEAD inside its root only, serves the
// precompressed `.gz` sibling when the browser accepts gzip, lets browsers cache the content-hashed
// files for good, and sends a Content-Security-Policy that allows no other origin.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs, parseIntOption } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './rules-fetch.js';
import { officialRulesDir } from './load-rules.js';
import { selectSignatures } from './signatures.js';
import { buildWebApp, DEFAULT_WEB_DIR, formatBuildReport } from './web-build.js';
import { MANIFEST_FILE } from '../web/assets.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bundle': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** the same policy index.html carries in a <meta> tag, plus what only a header can say */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src blob:; connect-src 'self'; style-src 'self'; " +
  "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface WebServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** files whose names carry their content hash never change */
const isImmutable = (name: string): boolean => /\.[0-9a-f]{10}\./.test(name);

function handler(root: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const headers: Record<string, string> = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    };
    const fail = (status: number, text: string): void => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : text + '\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      fail(405, 'method not allowed');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      fail(400, 'bad request');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || path.includes('\0')) {
      fail(404, 'not found');
      return;
    }
    let st;
    try {
      st = statSync(file);
    } catch {
      fail(404, 'not found');
      return;
    }
    if (!st.isFile()) {
      fail(404, 'not found');
      return;
    }
    const name = file.slice(root.length + 1);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gz = file + '.gz';
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const useGz = acceptsGzip && !file.endsWith('.gz') && existsSync(gz);
    const body = readFileSync(useGz ? gz : file);
    headers['Content-Type'] = type;
    headers['Content-Length'] = String(body.length);
    headers['Cache-Control'] = isImmutable(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
    headers['Vary'] = 'Accept-Encoding';
    if (useGz) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** Serves `root` on host:port (port 0: any free port). */
export function startWebServer(opts: { root: string; port?: number; host?: string }): Promise<WebServer> {
  const root = resolve(opts.root);
  const host = opts.host ?? '127.0.0.1';
  if (!existsSync(join(root, 'index.html')) || !existsSync(join(root, MANIFEST_FILE))) {
    return Promise.reject(
      new CliError(
        root === DEFAULT_WEB_DIR
          ? `the web app is not built yet: run \`npm run build:web\` (or \`capa-ts web build\`)`
          : `${root} holds no built web app (index.html and ${MANIFEST_FILE})`,
        EXIT.MISSING_FILE,
      ),
    );
  }
  const server: Server = createServer(handler(root));
  return new Promise((resolvePromise, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'EADDRINUSE'
          ? new CliError(`port ${opts.port} on ${host} is in use (choose another with --port N, or --port 0 for any free port)`, EXIT.USAGE)
          : new CliError(`cannot listen on ${host}:${opts.port}: ${e.code ?? e.message}`, EXIT.USAGE),
      );
    });
    server.listen(opts.port ?? 0, host, () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolvePromise({
        url: `http://${host}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function runBuild(argv: string[], io: Io): Promise<number> {
  const { opts, positional } = parseArgs(argv, [
    { name: 'rules', short: 'r', value: true },
    { name: 'signatures', short: 's', value: true },
    { name: 'out', value: true },
    { name: 'no-minify' },
    { name: 'debug' },
  ]);
  if (positional.length) throw new CliError(`web build takes no arguments (got ${positional[0]})`, EXIT.USAGE);
  // the signatures a CLI run would use (-s, $CAPA_SIGNATURES, or those rules fetch installed)
  const sigs = selectSignatures(opts.get('signatures') as string | undefined);
  if (sigs.files.length === 0 && sigs.origin !== 'none') {
    io.err("capa-ts web build: warning: no FLIRT signatures (-s PATH, $CAPA_SIGNATURES, or `capa-ts rules fetch`): the page will not identify library functions\n");
  }
  const rules = (opts.get('rules') as string | undefined) ?? officialRulesDir();
  if (rules === undefined) {
    io.err('capa-ts web build: warning: no official rules (--rules DIR or $CAPA_RULES, or `capa-ts rules fetch`): the page bundles the capa-ts rule pack only\n');
  }
  const result = await buildWebApp({
    outDir: opts.get('out') as string | undefined,
    officialRules: rules,
    signatures: sigs.files,
    minify: !opts.has('no-minify'),
  });
  io.out(formatBuildReport(result));
  return EXIT.OK;
}

export async function runWeb(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'build') return runBuild(argv.slice(1), io);
  const { opts, positional } = parseArgs(argv, [{ name: 'port', short: 'p', value: true }, { name: 'dir', value: true }, { name: 'debug' }]);
  if (positional.length) throw new CliError(`unknown web command '${positional[0]}' (expected build, or options --port N, --dir DIR)`, EXIT.USAGE);
  const port = opts.has('port') ? parseIntOption('port', opts.get('port') as string) : 8080;
  if (port < 0 || port > 65535) throw new CliError(`option --port: ${port} is not a port number`, EXIT.USAGE);
  const root = resolve((opts.get('dir') as string | undefined) ?? DEFAULT_WEB_DIR);
  const server = await startWebServer({ root, port });
  io.out(`capa-ts web: serving ${root} at ${server.url} (Ctrl-C stops)\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.OK;
}
