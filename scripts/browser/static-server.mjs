// A small static server on 127.0.0.1, because the content script is declared for http(s) pages and that is where
// readers meet it. Port 0 lets the OS pick a free port, so parallel checkouts never collide.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves the files under a folder, or pages held in memory (a Map from path to HTML); see static-server.d.mts. */
export async function startStaticServer(source) {
  const send = (response, type, body) => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (typeof source !== 'string') {
      const html = source.get(path);
      if (html === undefined) response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      else send(response, CONTENT_TYPES['.html'], html);
      return;
    }
    const file = normalize(join(source, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(source.endsWith(sep) ? source : source + sep)) return void response.writeHead(403).end();
    try {
      send(response, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\//, ''), `${origin}/`).href,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
