#!/usr/bin/env node
// Serves the municipality demo (examples/municipality) on localhost under a strict CSP with
// Trusted Types, the way a careful municipal site would embed the widgets.
//
//   node scripts/serve-demo.mjs [--port 8080]        (or PORT=8080; `pnpm demo` builds first)
//
// It copies packages/elements/dist/cdn/* to examples/municipality/leernetwerk/ (git-ignored), so
// the page needs one script tag: <script type="module" src="./leernetwerk/leernetwerk.js">.
// POST /api/* accepts the widgets' JSON deliveries (question, offering) and answers 202; it logs
// only the field names and size, never the content.
//
// Also imported by the browser tests (test/browser/server/demo-audit.mjs): DEMO_CSP and
// createDemoHandler are the single source of truth for what the demo serves.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const PAGE_ROOT = join(root, 'examples/municipality');
export const BUNDLE_DIR = join(root, 'packages/elements/dist/cdn');
export const BUNDLE_FILE = 'leernetwerk.js';

/**
 * Lit creates one Trusted Types policy, `lit-html`. `'allow-duplicates'` lets a second copy of
 * Lit (the bundle loaded twice, or next to another Lit app) create it again instead of failing.
 */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': DEMO_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Copies the built bundle next to the page; throws a clear error when it was not built. */
export function copyBundle(target = join(PAGE_ROOT, 'leernetwerk')) {
  if (!existsSync(join(BUNDLE_DIR, BUNDLE_FILE))) {
    throw new Error(`serve-demo: ${join(BUNDLE_DIR, BUNDLE_FILE)} is missing — run \`pnpm build\` first`);
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(BUNDLE_DIR, target, { recursive: true });
  return readdirSync(target);
}

function within(base, path) {
  const full = resolve(base, `.${path}`);
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

async function readJsonBody(req, limit = 64 * 1024) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('too large'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('not JSON'), { status: 400 });
  }
}

/**
 * The demo's request handler. `mounts` maps URL prefixes to folders, first match wins, e.g.
 * `{ '/leernetwerk/': BUNDLE_DIR, '/': PAGE_ROOT }`.
 */
export function createDemoHandler({ mounts = { '/': PAGE_ROOT }, log = console.log } = {}) {
  const entries = Object.entries(mounts).sort(([a], [b]) => b.length - a.length);
  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache', ...extra });
      res.end(body);
    };

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(405, 'Method Not Allowed', undefined, { Allow: 'POST' });
      if (!(req.headers['content-type'] ?? '').includes('application/json')) return send(415, 'Unsupported Media Type');
      try {
        const body = await readJsonBody(req);
        const fields = body && typeof body === 'object' ? Object.keys(body).join(', ') : typeof body;
        log(`serve-demo: received ${url.pathname} (${JSON.stringify(body).length} bytes; fields: ${fields})`);
        return send(202, JSON.stringify({ ok: true, received: new Date().toISOString() }), 'application/json; charset=utf-8');
      } catch (error) {
        return send(error.status ?? 400, error.message);
      }
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed', undefined, { Allow: 'GET, HEAD' });
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400, 'Bad Request');
    }
    if (pathname.includes('\0')) return send(400, 'Bad Request');
    const mount = entries.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) return send(404, 'Not Found');
    const [prefix, dir] = mount;
    let file = within(dir, `/${pathname.slice(prefix.length)}`);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) return send(404, 'Not Found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

function portFromArgs(argv, env) {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice(7) ?? env.PORT ?? '8080';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve-demo: invalid port "${raw}"`);
  return port;
}

async function main() {
  const port = portFromArgs(process.argv.slice(2), process.env);
  const files = copyBundle();
  const server = createServer(createDemoHandler());
  server.listen(port, '127.0.0.1', () => {
    const { port: actual } = server.address();
    console.log(`serve-demo: copied ${files.length} bundle files to examples/municipality/leernetwerk/`);
    console.log(`serve-demo: Gemeente Voorbeeldstad demo at http://127.0.0.1:${actual}/ (or http://localhost:${actual}/)`);
    console.log(`serve-demo: Content-Security-Policy: ${DEMO_CSP}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
