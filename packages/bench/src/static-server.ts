// A file and page server on 127.0.0.1 (random port) for the benchmark pages: fixed pages by path,
// folders mounted under prefixes, and paths it holds open without answering (an API that never
// replies, so a page downloads its code but never renders figures).
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  /** Folders served under a URL prefix ending in `/`, e.g. `{ '/widgets/v1/': embedDir() }`. */
  readonly mounts?: Readonly<Record<string, string>>;
  /** Requests whose path matches are held open until the server closes. */
  readonly hold?: RegExp;
}

export interface StaticServer {
  readonly origin: string;
  /** Serves `html` at `path` (replacing any page there). */
  page(path: string, html: string): void;
  close(): Promise<void>;
}

function fileIn(root: string, relativePath: string): string | null {
  const file = normalize(join(root, decodeURIComponent(relativePath)));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** @example const server = await startStaticServer({ mounts: { '/widgets/v1/': embedDir() } }); */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const mounts = Object.entries(options.mounts ?? {});
  const held = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    if (options.hold?.test(path)) {
      held.add(res);
      return;
    }
    for (const [prefix, root] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = fileIn(root, path.slice(prefix.length));
      if (!file) break;
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    page: (path, html) => void pages.set(path, html),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
