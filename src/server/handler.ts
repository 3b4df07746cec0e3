/**
 * The HTTP request handler: resolution → file store → headers. Response bodies
 * are always our own files or fixed strings, never derived from the request.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { cacheControlFor, contentTypeFor } from './content-types.ts';
import { negotiateEncoding } from './encoding.ts';
import { createFileStore } from './file-store.ts';
import { siteHeaders } from './headers-file.ts';
import { resolveRequest } from './resolve.ts';
import { indexSite } from './site-index.ts';

/** RFC 9110 weak comparison: `W/"x"` matches `"x"`, and `*` matches anything. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(text);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Length', body.length);
  res.writeHead(status);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function createRequestHandler({ dir }: { dir: string }): RequestListener {
  const lookup = indexSite(dir);
  const headers = siteHeaders(dir);
  const store = createFileStore(dir, lookup);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(req, res, 405, 'Method Not Allowed');
    }
    const resolution = resolveRequest(req.url ?? '/', lookup);
    if (resolution.status === 308) {
      res.setHeader('Location', resolution.location);
      return sendText(req, res, 308, '');
    }
    // A build without 404 pages still has to answer something sensible.
    if (resolution.status === 404 && lookup(resolution.file) !== 'file') {
      return sendText(req, res, 404, 'Not Found');
    }

    const { file, status } = resolution;
    const representation = await store.read(
      file,
      negotiateEncoding(req.headers['accept-encoding']),
    );
    res.setHeader('Content-Type', contentTypeFor(file));
    // A 404 must be revalidated too: the URL may exist after the next deploy.
    res.setHeader('Cache-Control', status === 200 ? cacheControlFor(file) : 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    if (status === 200) {
      res.setHeader('ETag', representation.etag);
      if (etagMatches(req.headers['if-none-match'], representation.etag)) {
        res.writeHead(304);
        res.end();
        return;
      }
    }
    if (representation.encoding !== 'identity') {
      res.setHeader('Content-Encoding', representation.encoding);
    }
    res.setHeader('Content-Length', representation.body.length);
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : representation.body);
  }

  return (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    handle(req, res).catch((error: unknown) => {
      // Keep serving other requests; the details go to the log, not to the client.
      console.error('Reader server: failed to answer a request:', error);
      if (res.headersSent) res.destroy();
      else sendText(req, res, 500, 'Internal Server Error');
    });
  };
}
