/**
 * A tiny static file server on 127.0.0.1 for the browser tests: fixture pages, their
 * esbuild bundles, and a few self-hosted editor assets from node_modules. No dependencies,
 * no network beyond loopback.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  close(): Promise<void>;
}

/**
 * `mounts` maps a URL prefix ('/' or '/vendor/tinymce/') to a directory. The longest
 * matching prefix wins; paths are confined to their directory.
 */
export interface StaticServerOptions {
  /** Serve over HTTPS with this (test-only) key and certificate instead of plain HTTP. */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export async function startStaticServer(mounts: Record<string, string>, options: StaticServerOptions = {}): Promise<StaticServer> {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => ({ prefix, dir: resolve(dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const handler: RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    const mount = table.find((m) => pathname.startsWith(m.prefix));
    if (!mount) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(mount.dir, pathname.slice(mount.prefix.length)));
    if (file !== mount.dir && !file.startsWith(mount.dir + sep)) {
      res.writeHead(403).end('outside the served folder');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        // Fixture bundles change between runs; never let the browser keep a stale one.
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  const server: Server | HttpsServer = options.tls ? createHttpsServer(options.tls, handler) : createServer(handler);

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
