import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Routes = Record<string, string | (() => string)>;

/** Response headers by path, added to or replacing the defaults (e.g. a stricter Content-Security-Policy). */
export type RouteHeaders = Record<string, Record<string, string>>;

/**
 * Serves fixed pages (HTML, and the odd script) on 127.0.0.1. Saved real pages reference resources on the web; a
 * strict Content-Security-Policy keeps them from reaching out, so they render offline.
 */
export async function servePages(
  routes: Routes,
  headers: RouteHeaders = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': `${path.endsWith('.js') ? 'text/javascript' : 'text/html'}; charset=utf-8`,
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self' 'unsafe-inline'; frame-src http://127.0.0.1:*",
      ...headers[path],
    });
    response.end(typeof route === 'function' ? route() : route);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function readPage(path: string): string {
  return readFileSync(path, 'utf8');
}
